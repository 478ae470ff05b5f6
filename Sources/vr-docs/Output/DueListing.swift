import Foundation
import PlanBuilder

/// `vr-docs due` for a person: one line per item, soonest first, overdue ones marked,
/// with the file to open.
struct DueTerminalList {
    let from: LocalDate
    let until: LocalDate
    let listed: [(item: DueItem, file: String)]

    func render() -> String {
        let period = "\(Self.day(from)) to \(Self.day(until))"
        guard !listed.isEmpty else { return "Nothing due from \(period).\n" }
        let overdue = listed.filter(\.item.overdue).count
        var text = "Due from \(period): \(listed.count) item\(listed.count == 1 ? "" : "s")"
        text += overdue > 0 ? ", \(overdue) overdue.\n\n" : ".\n\n"
        let rows = listed.map { entry in
            [entry.item.overdue ? "OVERDUE" : "", Self.day(entry.item.date), entry.item.reference,
             entry.item.clientName ?? "", entry.item.description, entry.file]
        }
        var widths = Array(repeating: 0, count: 5)
        for row in rows { for column in 0..<5 { widths[column] = max(widths[column], row[column].count) } }
        for row in rows {
            var line = ""
            for column in 0..<5 { line += row[column].padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0) }
            text += line + row[5] + "\n"
        }
        return text
    }

    /// "Fri 13 Mar 2026".
    static func day(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.weekday.rawValue.prefix(1).uppercased() + date.weekday.rawValue.dropFirst()) \(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

/// `vr-docs due --json`: the same list for other programs (a reminder e-mail, a
/// dashboard).
struct DueReport: Encodable {
    struct Entry: Encodable {
        var date: String
        var overdue: Bool
        var reference: String
        var client: String?
        var what: String
        var code: String
        var file: String
    }

    var formatVersion = 1
    var from: String
    var until: String
    var items: [Entry]

    init(from: LocalDate, until: LocalDate, listed: [(item: DueItem, file: String)]) {
        self.from = from.iso
        self.until = until.iso
        items = listed.map { entry in
            Entry(date: entry.item.date.iso, overdue: entry.item.overdue, reference: entry.item.reference,
                  client: entry.item.clientName, what: entry.item.description, code: entry.item.code, file: entry.file)
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
