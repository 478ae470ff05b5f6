/// The time zones a client's calendar is written in: the UK's and Ireland's, both
/// Greenwich time in winter and an hour ahead from the last Sunday of March to the last
/// Sunday of October. Each is written out as a VTIMEZONE (RFC 5545 asks for one beside
/// every TZID used), from the rules rather than a time-zone database, so the file is the
/// same on every machine.
enum CalendarTimeZone: String {
    case london = "Europe/London"
    case dublin = "Europe/Dublin"

    var identifier: String { rawValue }

    private var summerName: String { self == .london ? "BST" : "IST" }

    func write(into calendar: inout ICalendarText) {
        calendar.begin("VTIMEZONE")
        calendar.property("TZID", identifier)
        calendar.begin("DAYLIGHT")
        calendar.property("TZOFFSETFROM", "+0000")
        calendar.property("TZOFFSETTO", "+0100")
        calendar.property("TZNAME", summerName)
        calendar.property("DTSTART", "19960331T010000")
        calendar.property("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        calendar.end("DAYLIGHT")
        calendar.begin("STANDARD")
        calendar.property("TZOFFSETFROM", "+0100")
        calendar.property("TZOFFSETTO", "+0000")
        calendar.property("TZNAME", "GMT")
        calendar.property("DTSTART", "19961027T020000")
        calendar.property("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        calendar.end("STANDARD")
        calendar.end("VTIMEZONE")
    }
}
