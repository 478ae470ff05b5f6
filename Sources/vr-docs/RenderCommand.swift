import ArgumentParser
import Documents
import Foundation
import PlanBuilder

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render documents (PDF) from case files.",
        discussion: """
            Writes <reference>-<document>.pdf into the output folder, e.g. VR-2026-0147-rtw-plan.pdf.
            A file whose case file is invalid, or whose plan cannot be met, is not written; the other
            files are still rendered. Files are written whole or not at all.
            """)

    @Argument(help: ArgumentHelp("Case files (.yaml, .yml or .json).", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Which document: \(DocumentChoice.allValueStrings.joined(separator: ", ")).", valueName: "name"))
    var document: DocumentChoice = .kind(.rtwPlan)

    @Option(name: .long, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var out: String = "."

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = try CaseLoading(options: common)
        for file in files { try loading.requireExists(file) }
        var failed = 0
        for file in files {
            if !Renderer(loading: loading, outputFolder: out).render(file, choice: document) { failed += 1 }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// `--document rtw-plan` or `--document all`.
enum DocumentChoice: ExpressibleByArgument, Equatable {
    case kind(DocumentKind)
    case all

    init?(argument: String) {
        if argument == "all" { self = .all; return }
        guard let kind = DocumentKind(rawValue: argument) else { return nil }
        self = .kind(kind)
    }

    static var allValueStrings: [String] { DocumentKind.allCases.map(\.rawValue) + ["all"] }
    var defaultValueDescription: String {
        switch self {
        case .all: return "all"
        case .kind(let kind): return kind.rawValue
        }
    }
}

/// Renders one case file's documents, printing what was written or why not.
struct Renderer {
    let loading: CaseLoading
    let outputFolder: String

    /// True when every requested document was written.
    func render(_ file: String, choice: DocumentChoice) -> Bool {
        guard let caseFile = loading.read(file) else { return false }
        let (ok, schedule) = loading.schedule(caseFile, path: file)
        guard ok else {
            Terminal.note("\(file): nothing written; change the plan and render again.")
            return false
        }
        let kinds: [DocumentKind]
        switch choice {
        case .all:
            kinds = loading.engine.supportedDocuments(for: caseFile)
        case .kind(let kind):
            guard loading.engine.supportedDocuments(for: caseFile).contains(kind) else {
                let needs = kind == .review ? "a reviews section" : "a plan section"
                Terminal.error("\(file): a \(kind.rawValue) needs \(needs); this case file has none.")
                return false
            }
            kinds = [kind]
        }
        var allWritten = true
        for kind in kinds {
            let path = (outputFolder as NSString).appendingPathComponent(DocumentEngine.fileName(reference: caseFile.caseInfo.reference, kind: kind))
            do {
                let bytes = try loading.engine.render(kind, caseFile: caseFile, schedule: schedule)
                try AtomicFile.write(bytes, to: path)
                print("wrote \(path)")
            } catch {
                Terminal.error("\(file): \(error)")
                allWritten = false
            }
        }
        return allWritten
    }
}
