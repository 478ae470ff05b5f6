/// The changes worth trying for conflicts the setup finds before the calendar is
/// consulted. The builder tries each on a copy of the plan and offers only those that
/// remove the conflict.
enum SetupFixes {
    static func found(_ conflict: PlanConflict, setup: ScheduleSetup) -> FoundConflict {
        FoundConflict(conflict, fixes: fixes(for: conflict.code, setup: setup))
    }

    private static func fixes(for code: String, setup: ScheduleSetup) -> [CandidateFix] {
        let plan = setup.plan
        switch code {
        case "above-capacity":
            var fixes: [CandidateFix] = []
            if let hours = setup.assessedCapacity?.hoursPerDay {
                fixes.append(CandidateFix(description: "start within the assessed capacity with plan.start_hours_per_day: \(HoursText.decimal(hours)) (and no start_percent).") {
                    $0.startHoursPerDay = hours
                    $0.startPercent = nil
                })
            }
            fixes.append(CandidateFix(description: "if the client and clinician agree to go beyond the assessed capacity, set plan.exceed_capacity: true; week 1 is then flagged in the plan.") {
                $0.exceedCapacity = true
            })
            return fixes
        case "start-above-target":
            return [CandidateFix(description: "start at the target with plan.start_percent: \(HoursText.percent(plan.targetPercent)) (and no start_hours_per_day), or raise plan.target_percent.") {
                $0.startPercent = $0.targetPercent
                $0.startHoursPerDay = nil
            }]
        case "start-below-min-day":
            let startHours = Double(setup.ramp.startUnits * setup.unit) / 60
            return [CandidateFix(description: "lower plan.min_day_hours to \(HoursText.decimal(startHours)).") {
                $0.minDayHours = startHours
            }]
        case "step-below-unit":
            return [5, 1].map { minutes in
                CandidateFix(description: "round to \(minutes) minute\(minutes == 1 ? "" : "s") with plan.rounding_minutes: \(minutes).") {
                    $0.roundingMinutes = minutes
                }
            }
        case "working-days":
            return [CandidateFix(description: "remove plan.working_days, so every contract day may be worked.") {
                $0.pattern.workingDays = nil
            }]
        default:
            return []
        }
    }
}
