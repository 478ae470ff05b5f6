import PlanBuilder

/// The client's plan as a calendar file (`.ics`) for their phone or computer: one event
/// for each day they work, with the start and finish when the plan gives a start time
/// (otherwise an all-day note of how long they work), and one for each review. Built
/// from the client's view of the case only, in their language (Welsh first, then
/// English, for a bilingual client), and the same bytes for the same case file: the
/// time stamp is the document's fixed creation date, never the clock.
struct PlanCalendarFile {
    let view: ClientView
    /// One wording per language, in the order the client reads them.
    let wordings: [Wording]

    func bytes() throws(DocumentError) -> [UInt8] {
        guard let schedule = view.schedule else { return [] }
        let zone: CalendarTimeZone = view.nation == .ireland ? .dublin : .london
        let stem = ReferenceFileName.stem(view.identity.reference)
        var calendar = ICalendarText()
        calendar.begin("VCALENDAR")
        calendar.property("VERSION", "2.0")
        calendar.property("PRODID", "-//vr-docs//Return-to-work calendar//EN")
        calendar.property("CALSCALE", "GREGORIAN")
        calendar.property("METHOD", "PUBLISH")
        calendar.text("X-WR-CALNAME", try words("calendar_name", ["name": view.identity.preferredName], joinedBy: " / "))
        calendar.property("X-WR-TIMEZONE", zone.identifier)
        zone.write(into: &calendar)
        let stamp = Self.dateText(view.identity.creationDate) + "T000000Z"
        for week in schedule.weeks {
            for day in week.days {
                try writeWorkDay(day, week: week, zone: zone, uid: "\(stem)-\(Self.dateText(day.date))-work@vr-docs", stamp: stamp, into: &calendar)
            }
        }
        for review in schedule.reviewPoints {
            try writeReview(review, uid: "\(stem)-\(Self.dateText(review.date))-review@vr-docs", stamp: stamp, into: &calendar)
        }
        calendar.end("VCALENDAR")
        return calendar.bytes
    }

    private func writeWorkDay(_ day: WorkDay, week: WeekPlan, zone: CalendarTimeZone, uid: String, stamp: String,
                              into calendar: inout ICalendarText) throws(DocumentError) {
        calendar.begin("VEVENT")
        calendar.property("UID", uid)
        calendar.property("DTSTAMP", stamp)
        if let start = day.start, let finish = day.finish {
            let startMinute = start.hour * 60 + start.minute
            let end = startMinute + day.minutes
            // A night shift that ends after midnight ends on the next day's date.
            let endDate = day.date.adding(days: end / 1440)
            calendar.property("DTSTART;TZID=\(zone.identifier)", Self.dateText(day.date) + "T" + Self.timeText(startMinute))
            calendar.property("DTEND;TZID=\(zone.identifier)", Self.dateText(endDate) + "T" + Self.timeText(end % 1440))
            calendar.text("SUMMARY", try words("work_timed", ["from": "\(start)", "until": "\(finish)"], joinedBy: " / "))
        } else {
            calendar.property("DTSTART;VALUE=DATE", Self.dateText(day.date))
            calendar.property("DTEND;VALUE=DATE", Self.dateText(day.date.adding(days: 1)))
            // A note of the day's length, not a block of time: the client's other plans still fit.
            calendar.property("TRANSP", "TRANSPARENT")
            calendar.text("SUMMARY", try words("work_all_day", [:], durations: ["hours": day.minutes], joinedBy: " / "))
        }
        calendar.text("DESCRIPTION", try words("work_description", ["week": "\(week.number)"],
                                                         durations: ["hours": day.minutes, "week_hours": week.totalMinutes], joinedBy: "\n\n"))
        if let place = view.workplace.employer?.name { calendar.text("LOCATION", place) }
        calendar.end("VEVENT")
    }

    private func writeReview(_ review: ReviewPoint, uid: String, stamp: String, into calendar: inout ICalendarText) throws(DocumentError) {
        calendar.begin("VEVENT")
        calendar.property("UID", uid)
        calendar.property("DTSTAMP", stamp)
        calendar.property("DTSTART;VALUE=DATE", Self.dateText(review.date))
        calendar.property("DTEND;VALUE=DATE", Self.dateText(review.date.adding(days: 1)))
        calendar.property("TRANSP", "TRANSPARENT")
        calendar.text("SUMMARY", try words("review_summary", [:], joinedBy: " / "))
        let manager = view.identity.caseManager
        var description = try words(manager?.name == nil ? "review_description" : "review_description_named",
                                    ["manager": manager?.name ?? ""], joinedBy: "\n\n")
        if let phone = manager?.phone { description += "\n\n" + phone }
        calendar.text("DESCRIPTION", description)
        calendar.end("VEVENT")
    }

    /// The same words in each of the client's languages; `durations` (minutes) are
    /// written in each language's own way ("4 h", "4 awr").
    private func words(_ key: String, _ values: [String: String], durations: [String: Int] = [:],
                       joinedBy separator: String) throws(DocumentError) -> String {
        var parts: [String] = []
        for wording in wordings {
            var filled = values
            for (name, minutes) in durations { filled[name] = wording.duration(minutes: minutes) }
            parts.append(try wording.text(key, filled))
        }
        // No-break spaces keep "4 h" together on a page; a calendar line is not laid out.
        return String(parts.joined(separator: separator).map { $0 == "\u{00A0}" ? " " : $0 })
    }

    /// `20260302`: a DATE value.
    static func dateText(_ date: LocalDate) -> String {
        String(date.iso.filter { $0 != "-" })
    }

    /// `093000` from minutes since midnight.
    static func timeText(_ minutes: Int) -> String {
        TimeOfDay(hour: minutes / 60, minute: minutes % 60).description.filter { $0 != ":" } + "00"
    }
}
