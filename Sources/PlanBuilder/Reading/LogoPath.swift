import Foundation

/// Resolves `case.service.logo`, written relative to the case file, and checks that it
/// names a PNG that exists, so a wrong path is reported with its line rather than found
/// missing when a document is drawn.
enum LogoPath {
    static func resolve(_ written: String, against baseDirectory: String?, fields: MappingReader) -> String? {
        let path = ScalarText.trimmed(written)
        guard path.lowercased().hasSuffix(".png") else {
            fields.report("logo", "\(ScalarText.shown(path)) is not a PNG file",
                          fix: "Give the path of a .png image, relative to the case file.")
            return nil
        }
        guard let baseDirectory else { return path }
        let resolved = path.hasPrefix("/") ? path
            : URL(fileURLWithPath: baseDirectory, isDirectory: true).appendingPathComponent(path).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: resolved) else {
            fields.report("logo", "there is no file at \(resolved)",
                          fix: "Give the logo's path relative to the folder of the case file.")
            return nil
        }
        return resolved
    }
}
