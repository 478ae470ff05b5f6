import PlanBuilder

/// The schedule as a table a case manager can read in a terminal: one row a week, one
/// column a weekday, so the shape of the return is visible at a glance.
struct ScheduleTerminalTable {
    let schedule: GradedSchedule
    let caseFile: CaseFile

    func render() -> String {
        var out = ""
        let first = schedule.weeks.first.map { "\($0.start.weekday.rawValue.capitalized) \($0.start.iso)" } ?? "?"
        let last = schedule.weeks.last.map { "\($0.end.weekday.rawValue.capitalized) \($0.end.iso)" } ?? "?"
        out += "\(caseFile.caseInfo.reference) \(caseFile.client.name)\n"
        out += "Strategy \(schedule.strategy.rawValue), \(schedule.weeks.count) weeks from \(first) to \(last); "
        out += "contract \(HoursText.hours(minutes: schedule.contractMinutes)) h a week; target \(HoursText.percent(schedule.targetPercent)) %; "
        out += "holidays: \(schedule.holidayRegion.rawValue)\n\n"

        let contract = caseFile.employment?.contract
        // Columns run from the weekday the plan starts on, as the documents' grids do.
        let startIndex = schedule.weeks.first?.start.weekday.index ?? 0
        let weekdays = Weekday.allCases.filter { day in
            contract?.workingDays.contains(day) ?? true || schedule.weeks.contains { $0.days.contains { $0.date.weekday == day } }
        }.sorted { ($0.index - startIndex + 7) % 7 < ($1.index - startIndex + 7) % 7 }
        let showPay = schedule.weeks.contains { $0.payPercent != nil }
        var header = ["Week", "Dates"] + weekdays.map { $0.rawValue.capitalized } + ["Hours", "%"]
        if showPay { header.append("Pay %") }
        header.append("Notes")
        var rows: [[String]] = []
        for week in schedule.weeks {
            var row = ["\(week.number)", "\(week.start.iso.dropFirst(5))..\(week.end.iso.dropFirst(5))"]
            for weekday in weekdays {
                let date = week.start.adding(days: (weekday.index - week.start.weekday.index + 7) % 7)
                if let day = week.days.first(where: { $0.date == date }) {
                    row.append(day.start.map { "\($0)+" } .map { $0 + HoursText.hours(minutes: day.minutes) } ?? HoursText.hours(minutes: day.minutes))
                } else if let excluded = week.excluded.first(where: { $0.date == date }) {
                    row.append(Self.code(excluded.reason))
                } else {
                    row.append("-")
                }
            }
            row.append(HoursText.hours(minutes: week.totalMinutes))
            row.append(HoursText.percent(week.percentOfContract))
            if showPay { row.append(week.payPercent.map(HoursText.percent) ?? "") }
            row.append(notes(week))
            rows.append(row)
        }
        out += Self.layout([header] + rows)
        out += "\nKey: BH public holiday, UN unavailable, AP appointment, - not working"
        out += schedule.weeks.contains { $0.days.contains { $0.start != nil } } ? "; 10:00+5.25 starts at 10:00 for 5.25 h.\n" : ".\n"
        if !schedule.reviewPoints.isEmpty {
            out += "Reviews: " + schedule.reviewPoints.map { point in
                point.week.map { "\(point.date.iso) (week \($0))" } ?? point.date.iso
            }.joined(separator: ", ") + "\n"
        }
        for note in schedule.notes { out += "\(note.kind == .flag ? "FLAG" : "Note"): \(note.message)\n" }
        return out
    }

    private func notes(_ week: WeekPlan) -> String {
        var parts: [String] = []
        if week.review != nil { parts.append("review") }
        if week.isPause { parts.append("PAUSE") }
        if week.isShortened { parts.append("shortened (planned \(HoursText.hours(minutes: week.plannedMinutes)) h)") }
        if week.number == schedule.targetWeek { parts.append("target reached") }
        if week.nonConsecutive { parts.append("rest days") }
        let previous = week.number > 1 ? Set(schedule.weeks[week.number - 2].dutiesBack) : []
        let back = week.dutiesBack.filter { !previous.contains($0) }
        if week.number > 1 && !back.isEmpty { parts.append("back: " + back.joined(separator: "; ")) }
        var reasons: [String] = []
        for excluded in week.excluded {
            let reason: String
            switch excluded.reason {
            case .publicHoliday(let name): reason = name
            case .appointment(let what): reason = "appointment" + (what.map { " (\($0))" } ?? "")
            case .unavailable(let why): reason = why ?? "unavailable"
            }
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        parts += reasons
        parts += week.flags
        return parts.joined(separator: ", ")
    }

    static func code(_ reason: ExcludedDay.Reason) -> String {
        switch reason {
        case .publicHoliday: return "BH"
        case .unavailable: return "UN"
        case .appointment: return "AP"
        }
    }

    /// Columns padded to their widest cell; numbers right-aligned, the last column free.
    static func layout(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() where index < columns - 1 { widths[index] = max(widths[index], cell.count) } }
        var out = ""
        for (rowIndex, row) in rows.enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() {
                if index == columns - 1 { line += cell; continue }
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                line += (index == 1 ? cell + pad : pad + cell) + "  "
            }
            out += line.trimmingTrailingSpaces() + "\n"
            if rowIndex == 0 { out += String(repeating: "-", count: min(100, widths.reduce(0, +) + 2 * columns + 8)) + "\n" }
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
