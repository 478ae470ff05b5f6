import CommandLineSupport
import ArgumentParser
import Documents
import Foundation

/// `vr-docs new > case.yaml`: a commented starting file that validates once the blanks
/// (FILL-IN) are filled. The text lives in `templates/new-case.yaml`, not in Swift.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Print a commented starting case file; fill in the FILL-IN values, then validate it.")

    @Option(name: .long, help: ArgumentHelp("Folder of wording, catalogues and holiday data.", valueName: "dir"))
    var templates: String?

    func run() throws {
        let folder: String
        do {
            folder = try TemplateDirectory.locate(explicit: templates)
        } catch {
            throw CommandFailure.misuse("\(error)")
        }
        guard let text = try? String(contentsOfFile: folder + "/new-case.yaml", encoding: .utf8) else {
            throw CommandFailure.invalid("\(folder)/new-case.yaml: the starting case file is missing; restore it from the vr-docs templates.")
        }
        print(text, terminator: "")
    }
}
