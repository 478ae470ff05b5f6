import Foundation

/// Finds the `templates/` folder (wording, catalogues, themes) for an installed or a
/// development binary, so that `vr-docs` works when copied, installed under a prefix or
/// called through a symbolic link on PATH from any folder.
///
/// Order: `--templates`, then `VR_DOCS_TEMPLATES`, then beside the binary's real path
/// (symbolic links resolved): `<prefix>/share/vr-docs/templates` for `make install`, then
/// `templates/` in the binary's folder or a folder above it (a build inside a checkout).
/// The current folder is never searched: a binary must not pick up whatever templates
/// happen to be where it was started.
public enum TemplateDirectory {
    public static let environmentVariable = "VR_DOCS_TEMPLATES"

    public static func locate(explicit: String? = nil) throws(DocumentError) -> String {
        // A folder named by the user only has to look like templates: a file missing from
        // it is then reported by name when it is needed, not as a folder not found.
        if let explicit {
            guard hasWording(explicit) else { throw .templatesNotFound(searched: [explicit]) }
            return explicit
        }
        if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
            guard hasWording(fromEnvironment) else { throw .templatesNotFound(searched: [fromEnvironment]) }
            return fromEnvironment
        }
        var searched: [String] = []
        let binaryFolder = executableURL().deletingLastPathComponent().standardizedFileURL
        let installed = binaryFolder.deletingLastPathComponent().appendingPathComponent("share/vr-docs/templates").path
        searched.append(installed)
        if isTemplates(installed) { return installed }
        var folder = binaryFolder
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("templates").path
            searched.append(candidate)
            if isTemplates(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw .templatesNotFound(searched: searched)
    }

    /// The running binary's real path: `/proc/self/exe` on Linux, which the kernel keeps
    /// right whatever `argv[0]` says (a bare name found on PATH, a symbolic link).
    static func executableURL() -> URL {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: real)
        }
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "."
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }

    private static func hasWording(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/wording", isDirectory: &isFolder) && isFolder.boolValue
    }

    static func isTemplates(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/wording/en-GB/common.yaml", isDirectory: &isFolder)
    }
}
