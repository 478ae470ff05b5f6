import Documents
import Foundation

/// Asks the worker for a case file's documents and writes them into the output folder,
/// printing what was written or why not. The deciding is the worker's (`CaseOutcome`);
/// this only prints and writes, whole files or nothing (`AtomicFile`).
struct DocumentWriter {
    let worker: DocumentWorker
    let outputFolder: String
    var format: FormatOption = .pdf

    /// True when every requested document was written.
    func write(_ source: CaseSource, choice: DocumentChoice) -> Bool {
        let outcome = worker.produce(source, documents: choice, format: format.format)
        OutcomeMessages.print(outcome)
        guard case .rendered(let rendered) = outcome else { return false }
        var allWritten = true
        for document in rendered.documents {
            let path = (outputFolder as NSString).appendingPathComponent(document.fileName)
            do {
                switch format {
                case .pdf, .ics:
                    try AtomicFile.write(document.bytes, to: path)
                    Terminal.output("wrote \(path)")
                case .png:
                    let stem = String(path.dropLast(4))
                    for (index, page) in document.pages.enumerated() { try AtomicFile.write(page, to: "\(stem)-\(index + 1).png") }
                    Terminal.output("wrote \(stem)-1.png ... -\(document.pages.count).png")
                }
            } catch {
                Terminal.error("\(source.name): \(error)")
                allWritten = false
            }
        }
        return allWritten
    }
}

/// Prints an outcome's messages to standard error: errors and warnings as the worker
/// worded them, and for a plan that cannot be met, that nothing was written.
enum OutcomeMessages {
    static func print(_ outcome: CaseOutcome) {
        for message in outcome.messages {
            switch message.severity {
            case .error: Terminal.error(message.description)
            case .warning: Terminal.warning(message.description)
            }
        }
        if case .infeasible(_, _) = outcome {
            Terminal.note("\(outcome.messages.first?.file ?? ""): nothing written; change the plan and render again.")
        }
    }
}
