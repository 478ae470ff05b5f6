import ArgumentParser
import PlanBuilder

struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "List the workplace adjustments in the catalogue.",
        discussion: "Case files name adjustments by these codes (adjustments[].code).")

    @Option(name: .long, help: ArgumentHelp("Only entries mentioning this word.", valueName: "word"))
    var search: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalogue = try CaseLoading(options: common).engine.catalogue
        let entries = search.map { catalogue.search($0) } ?? catalogue.adjustments
        guard !entries.isEmpty else {
            print("No adjustments mention \"\(search ?? "")\".")
            return
        }
        var currentCategory = ""
        for entry in entries.sorted(by: { ($0.category, $0.code) < ($1.category, $1.code) }) {
            if entry.category != currentCategory {
                currentCategory = entry.category
                print("\n\(currentCategory.uppercased())")
            }
            let funding = entry.accessToWork ? "  [Access to Work may fund]" : ""
            print("  \(entry.code.padding(toLength: 24, withPad: " ", startingAt: 0)) \(entry.title)\(funding)")
            print("  \(String(repeating: " ", count: 24)) \(entry.why)")
        }
        print("\n\(entries.count) adjustment\(entries.count == 1 ? "" : "s").")
    }
}
