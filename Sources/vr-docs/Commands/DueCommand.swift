import CommandLineSupport
import ArgumentParser
import Documents
import Foundation
import PlanBuilder

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List reviews, plan starts and ends, adjustment reviews and follow-ups coming up.",
        discussion: """
            Reads every case file given (folders are searched, subfolders too) and lists, soonest first, what \
            falls due from today to the end of --within: the plan's review points not yet recorded in reviews, \
            the first and last day of each plan, adjustments to be looked at again, and follow-ups after \
            discharge. A planned review whose date has passed without a recorded review stays on the list as \
            overdue until it is recorded. A case file that cannot be read is reported and the others are still \
            listed; exit 1 if any could not be read.
            """)

    @Argument(help: ArgumentHelp("Case files, or folders of them.", valueName: "file-or-dir"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("How far ahead to look: days (7 or 7d) or weeks (2w).", valueName: "period"),
            transform: DuePeriod.parse)
    var within: Int = 7

    @Option(name: .long, help: ArgumentHelp("Count from this date instead of today (YYYY-MM-DD).", valueName: "date"),
            transform: IssueDate.parse)
    var today: LocalDate?

    @Flag(name: .long, help: "Print the list as JSON (format_version 1) for other programs.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = try CaseLoading(options: common)
        let files: [String]
        do {
            files = try BatchFiles.list(inputs)
        } catch {
            throw CommandFailure.misuse("\(error)")
        }
        let from = today ?? Self.localToday()
        var items: [(item: DueItem, file: String)] = []
        var failed = 0
        for file in files {
            guard let caseFile = loading.read(file) else { failed += 1; continue }
            let (ok, schedule) = loading.schedule(caseFile, path: file)
            if !ok { failed += 1 }
            for item in DueList.items(for: caseFile, schedule: schedule, today: from, within: within) {
                items.append((named(item, catalogue: loading.engine.catalogue), file))
            }
        }
        let order = DueList.sorted(items.map(\.item))
        var remaining = items
        let listed: [(item: DueItem, file: String)] = order.map { item in
            let index = remaining.firstIndex { $0.item == item }!
            return remaining.remove(at: index)
        }
        let until = from.adding(days: within)
        if json {
            Terminal.output(Terminal.jsonSafe(try DueReport(from: from, until: until, listed: listed).encoded()))
        } else {
            Terminal.output(DueTerminalList(from: from, until: until, listed: listed).render(), terminator: "")
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// An adjustment named by its catalogue code is listed by its catalogue title.
    private func named(_ item: DueItem, catalogue: Catalogue) -> DueItem {
        guard case .adjustmentReview(let code) = item.kind, let entry = catalogue.adjustment(code) else { return item }
        var named = item
        named.kind = .adjustmentReview(entry.title)
        return named
    }

    /// Today's date where the case manager is: the machine's own time zone.
    static func localToday() -> LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// `--within 7`, `7d` or `2w`, up to a year.
enum DuePeriod {
    static func parse(_ text: String) throws -> Int {
        let lower = text.lowercased()
        let (digits, unit) = lower.hasSuffix("d") || lower.hasSuffix("w") ? (String(lower.dropLast()), lower.last!) : (lower, Character("d"))
        guard let count = Int(digits), count >= 0 else {
            throw ValidationError("--within \(text) is not a period; write days as 7 or 7d, or weeks as 2w.")
        }
        let days = unit == "w" ? count * 7 : count
        guard days <= 366 else { throw ValidationError("--within \(text) is more than a year; give at most 366 days (52w).") }
        return days
    }
}
