import CommandLineSupport
import ArgumentParser
import Documents
import Foundation
import PlanBuilder

/// Reading case files for a command: the engine is loaded once, each file is read and
/// checked, and problems are printed in `file:line:column: field: problem` form.
struct CaseLoading {
    let engine: DocumentEngine

    init(options: CommonOptions) throws {
        do {
            var engine = try DocumentEngine(templatesDirectory: try TemplateDirectory.locate(explicit: options.templates))
            switch options.paper {
            case .a4: engine.paper = .a4
            case .letter: engine.paper = .letter
            case nil: break
            }
            engine.issued = options.issued
            self.engine = engine
        } catch let error as DocumentError {
            // No templates where they were looked for is misuse (exit 2); templates that are
            // there but broken stop the run as invalid input (exit 1), never a silent default.
            if case .templatesNotFound = error { throw CommandFailure.misuse("\(error)") }
            throw CommandFailure.invalid("\(error)")
        } catch {
            throw CommandFailure.invalid("\(error)")
        }
    }

    /// Fails with exit 2 when a named file does not exist.
    func requireExists(_ path: String) throws {
        if path == StandardStreams.name { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandFailure.misuse("\(path): no such file.")
        }
        guard !isFolder.boolValue else { throw CommandFailure.misuse("\(path) is a folder; give a case file (.yaml or .json).") }
    }

    /// A named case file and its schedule, or exit 1 after printing why not (for the
    /// commands that take one file).
    func readPlanned(_ path: String) throws -> (CaseFile, GradedSchedule?) {
        try requireExists(path)
        guard let caseFile = read(path) else { throw ExitCode(1) }
        let (ok, schedule) = self.schedule(caseFile, path: path)
        guard ok else { throw ExitCode(1) }
        return (caseFile, schedule)
    }

    /// The case file, or nil after printing every problem in it.
    func read(_ path: String) -> CaseFile? {
        do {
            if path == StandardStreams.name {
                // Relative paths in a piped file (a logo) are taken from the current folder.
                return try engine.documentReader.read(bytes: StandardStreams.readInput(), fileName: "<stdin>",
                                                      baseDirectory: FileManager.default.currentDirectoryPath)
            }
            return try engine.documentReader.read(path: path)
        } catch {
            for issue in error.issues { Terminal.error(CaseMessage.issue(issue, file: path).description) }
            return nil
        }
    }

    /// The schedule, or nil after printing why the plan cannot be met, pointing at the
    /// line of the field to change.
    func schedule(_ caseFile: CaseFile, path: String) -> (ok: Bool, schedule: GradedSchedule?) {
        do {
            return (true, try engine.schedule(for: caseFile))
        } catch {
            for conflict in error.conflicts { Terminal.error(CaseMessage.conflict(conflict, caseFile: caseFile, file: path).description) }
            return (false, nil)
        }
    }
}
