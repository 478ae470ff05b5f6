import Foundation

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

    /// The file's holidays; from its snapshot in `snapshots` when it was read before
    /// (`TemplateSnapshot`; nil: always read the YAML).
    public static func load(templatesDirectory: String,
                            snapshots: String? = TemplateSnapshot.defaultFolder) throws(TemplateErrors) -> [ProclaimedHoliday] {
        let path = templatesDirectory + "/" + relativePath
        return try TemplateSnapshot.value(of: path, format: snapshotFormat, folder: snapshots) { () throws(TemplateErrors) in
            let file = try TemplateFile(path: path, loss: "without it, one-off and moved bank holidays would be working days in plans")
            return try read(file)
        }
    }

    static let snapshotFormat = TemplateSnapshot.Format<[ProclaimedHoliday]>(
        name: "proclaimed-holidays", version: 1,
        encode: { holidays, out in
            out.integer(UInt64(holidays.count))
            for holiday in holidays {
                out.strings([holiday.date.iso, holiday.name, holiday.replaces?.iso ?? ""])
                out.list(holiday.regions.map(\.rawValue))
            }
        },
        decode: { input in
            guard let count = input.count() else { return nil }
            var holidays: [ProclaimedHoliday] = []
            for _ in 0..<count {
                guard let iso = input.string(), let date = LocalDate(iso: iso), let name = input.string(),
                      let replaced = input.string(), let regionNames = input.list() else { return nil }
                let regions = regionNames.compactMap(HolidayRegion.init(rawValue:))
                let replaces = LocalDate(iso: replaced)
                guard regions.count == regionNames.count, replaced.isEmpty || replaces != nil else { return nil }
                holidays.append(ProclaimedHoliday(date: date, name: name, regions: regions, replaces: replaces))
            }
            return holidays
        })

    /// Parses the file's text; `file` is only used to name the file in errors.
    public static func parse(yaml: String, file: String) throws(TemplateErrors) -> [ProclaimedHoliday] {
        try read(try TemplateFile(text: yaml, path: file))
    }

    private static func read(_ file: TemplateFile) throws(TemplateErrors) -> [ProclaimedHoliday] {
        guard let root = file.root else { return [] }
        var holidays: [ProclaimedHoliday] = []
        for entry in root.list() ?? [] {
            guard let holiday = readEntry(entry) else { continue }
            if let clash = holidays.first(where: { $0.date == holiday.date && !Set($0.regions).isDisjoint(with: holiday.regions) }) {
                entry.report("\(holiday.date.iso) is listed twice (also as \"\(clash.name)\")", fix: "Delete one of the two entries.")
            }
            holidays.append(holiday)
        }
        try file.finish()
        return holidays
    }

    private static let knownKeys = ["date", "name", "regions", "replaces"]

    /// One entry, or nil after reporting what is wrong with it.
    private static func readEntry(_ entry: TemplateNode) -> ProclaimedHoliday? {
        guard let fields = entry.mapping(allowed: knownKeys) else { return nil }
        guard let dateNode = fields["date"] else {
            entry.report("this holiday has no date", fix: "Add date: YYYY-MM-DD.")
            return nil
        }
        let date = readDate(dateNode)
        let name = fields["name"]?.text()
        if fields["name"] == nil || name?.allSatisfy(\.isWhitespace) == true {
            entry.report("this holiday has no name", fix: "Add name: as the government announced it.")
        }
        var regions: [HolidayRegion] = []
        let regionNodes = fields["regions"]?.list()
        if fields["regions"] == nil || regionNodes?.isEmpty == true {
            (fields["regions"] ?? entry).report("regions must be a list with at least one region",
                                                fix: "Write e.g. regions: [england-and-wales, scotland].")
        }
        for node in regionNodes ?? [] {
            guard let text = node.text() else { continue }
            guard let region = HolidayRegion(rawValue: text), region != .none else {
                node.report("unknown region \"\(text)\"", fix: "Use england-and-wales, scotland, northern-ireland or ireland.")
                continue
            }
            regions.append(region)
        }
        let replaces = fields["replaces"].flatMap(readDate)
        if let replaces, replaces == date { fields["replaces"]?.report("replaces is the same date as date", fix: "Give the date of the holiday this one moves.") }
        guard let date, let name, !name.allSatisfy(\.isWhitespace), !regions.isEmpty else { return nil }
        return ProclaimedHoliday(date: date, name: name, regions: regions, replaces: replaces)
    }

    private static func readDate(_ node: TemplateNode) -> LocalDate? {
        guard let text = node.text() else { return nil }
        guard let date = LocalDate(iso: text) else {
            node.report("\"\(text)\" is not a real date", fix: "Write the date as YYYY-MM-DD, e.g. 2026-06-15.")
            return nil
        }
        return date
    }
}
