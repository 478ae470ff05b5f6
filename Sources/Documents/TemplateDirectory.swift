import Foundation

/// Finds the `templates/` folder (wording, catalogues, holiday data) so that a service
/// can change wording without recompiling: an explicit folder wins, then
/// `VR_DOCS_TEMPLATES`, then a `templates/` beside or above the executable, then one
/// above the current folder.
public enum TemplateDirectory {
    public static let environmentVariable = "VR_DOCS_TEMPLATES"

    public static func locate(explicit: String? = nil) throws(DocumentError) -> String {
        if let explicit {
            guard isTemplates(explicit) else { throw .templatesNotFound(searched: [explicit]) }
            return explicit
        }
        var searched: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
            guard isTemplates(fromEnvironment) else { throw .templatesNotFound(searched: [fromEnvironment]) }
            return fromEnvironment
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("templates").path
                searched.append(candidate)
                if isTemplates(candidate) { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw .templatesNotFound(searched: searched)
    }

    static func isTemplates(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/wording/en-GB/common.yaml", isDirectory: &isFolder)
    }
}
