import ArgumentParser
import Documents
import Foundation
import ReportKit

/// Prints a document's content (headings, paragraphs, tables) as JSON, before layout.
/// The benchmark feeds it to other PDF engines so that they set exactly the same text
/// and tables as vr-docs.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Print a document's content as JSON (for the benchmark).")

    @Argument(help: ArgumentHelp("A case file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Which document.", valueName: "name"))
    var document: DocumentKind = .rtwPlan

    @OptionGroup var options: BenchOptions

    func run() throws {
        let engine = try options.engine()
        let caseFile = try engine.reader.read(path: file)
        let built = try engine.build(document, caseFile: caseFile, schedule: try engine.schedule(for: caseFile))
        let json: [String: Any] = ["title": built.metadata.title ?? "", "header": built.header?.left ?? "",
                                   "footer": built.footer.left + "  " + (built.footer.center ?? ""),
                                   "blocks": built.blocks.flatMap(Self.json)]
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    static func plain(_ text: RichText) -> String { text.runs.map(\.text).joined() }

    /// Blocks as plain dictionaries; kinds the comparison engines cannot draw (charts,
    /// spacers) are left out of every engine alike.
    static func json(_ block: Block) -> [[String: Any]] {
        switch block {
        case .heading(let level, let text): return [["type": "heading", "level": level, "text": plain(text)]]
        case .paragraph(let text, _): return [["type": "paragraph", "text": plain(text)]]
        case .keyValues(let pairs): return [["type": "table", "header": [], "rows": pairs.map { [plain($0.label), plain($0.value)] }]]
        case .bulletList(let items): return [["type": "bullets", "items": items.map(plain)]]
        case .table(let table):
            return [["type": "table", "header": table.columns.map { plain($0.title) },
                     "rows": table.rows.map { $0.cells.map(plain) }]]
        case .callout(let title, let body, let bullets, let closing):
            return [["type": "callout", "title": title.map(plain) ?? "", "items": (body + bullets + closing).map(plain)]]
        case .signatures(let fields, _): return [["type": "signatures", "items": fields.map { $0.role.plainText }]]
        case .keepTogether(let blocks): return blocks.flatMap(json)
        case .columns(let columns, _): return columns.joined().flatMap(json)
        default: return []
        }
    }
}
