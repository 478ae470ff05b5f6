import Foundation
import Yams

/// Reads the proclaimed and moved holidays kept as data in the templates directory.
///
/// The file is a YAML list of entries:
///
///     - date: 2022-06-02
///       name: Spring bank holiday
///       regions: [england-and-wales, scotland, northern-ireland]
///       replaces: 2022-05-30   # optional: the rule-based holiday this one moves
///
/// Parsing is strict (unknown keys, bad dates and unknown regions are errors) because a
/// silently ignored typo would put someone back to work on a bank holiday.
public enum ProclaimedHolidays {
    /// Location of the data file relative to the templates directory.
    public static let relativePath = "holidays/proclaimed.yaml"

    public static func load(templatesDirectory: String) throws -> [ProclaimedHoliday] {
        let file = templatesDirectory + "/" + relativePath
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ProclaimedHolidayError(file: file, problem: "cannot read the file (\(error.localizedDescription))")
        }
        return try parse(yaml: text, file: file)
    }

    /// Parses the file's text; `file` is only used to name the file in errors.
    public static func parse(yaml: String, file: String) throws -> [ProclaimedHoliday] {
        let root: Node?
        do {
            // Basic resolver: every field is read as text (dates by `LocalDate(iso:)`), so
            // YAML 1.1's regular-expression typing of each scalar would be wasted work.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            throw ProclaimedHolidayError(file: file, problem: "not valid YAML: \(error)")
        }
        guard let root else { return [] }
        guard let entries = root.sequence else {
            throw ProclaimedHolidayError(file: file, line: root.mark?.line,
                                         problem: "expected a list of holidays at the top level")
        }
        var holidays: [ProclaimedHoliday] = []
        for entry in entries {
            let holiday = try parseEntry(entry, file: file)
            let clash = holidays.first { $0.date == holiday.date && !Set($0.regions).isDisjoint(with: holiday.regions) }
            if let clash {
                throw ProclaimedHolidayError(file: file, line: entry.mark?.line,
                                             problem: "\(holiday.date.iso) is listed twice (also as \"\(clash.name)\")")
            }
            holidays.append(holiday)
        }
        return holidays
    }

    private static let knownKeys: Set<String> = ["date", "name", "regions", "replaces"]

    private static func parseEntry(_ node: Node, file: String) throws -> ProclaimedHoliday {
        func fail(_ problem: String, at place: Node? = nil) -> ProclaimedHolidayError {
            ProclaimedHolidayError(file: file, line: (place ?? node).mark?.line, problem: problem)
        }
        guard let mapping = node.mapping else {
            throw fail("each holiday must be a mapping with date, name and regions")
        }
        for key in mapping.keys {
            guard let name = key.scalar?.string, knownKeys.contains(name) else {
                throw fail("unknown key \"\(key.scalar?.string ?? "?")\"; expected one of: date, name, regions, replaces", at: key)
            }
        }
        guard let dateNode = mapping.value(forKey: "date") else { throw fail("missing \"date\"") }
        let date = try parseDate(dateNode, key: "date", fail: fail)
        guard let name = mapping.value(forKey: "name")?.scalar?.string, !name.allSatisfy(\.isWhitespace) else {
            throw fail("missing or empty \"name\"")
        }
        guard let regionNodes = mapping.value(forKey: "regions")?.sequence, !regionNodes.isEmpty else {
            throw fail("\"regions\" must be a non-empty list, e.g. [england-and-wales, scotland]")
        }
        let regions = try regionNodes.map { regionNode -> HolidayRegion in
            let text = regionNode.scalar?.string ?? ""
            guard let region = HolidayRegion(rawValue: text), region != .none else {
                throw fail("unknown region \"\(text)\"; expected england-and-wales, scotland, northern-ireland or ireland", at: regionNode)
            }
            return region
        }
        let replaces = try mapping.value(forKey: "replaces").map { try parseDate($0, key: "replaces", fail: fail) }
        if replaces == date { throw fail("\"replaces\" is the same date as \"date\"") }
        return ProclaimedHoliday(date: date, name: name, regions: regions, replaces: replaces)
    }

    private static func parseDate(_ node: Node, key: String,
                                  fail: (String, Node?) -> ProclaimedHolidayError) throws -> LocalDate {
        let text = node.scalar?.string ?? ""
        guard let date = LocalDate(iso: text) else {
            throw fail("\"\(key)\" must be a real date written YYYY-MM-DD, not \"\(text)\"", node)
        }
        return date
    }
}
