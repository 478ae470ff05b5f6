import Foundation
import Documents
import PlanBuilder

/// Which templates an issued version was made with: the release and a SHA-256 over every
/// template file's path and bytes, so a version re-rendered later can be checked to use
/// the same wording, catalogue and holiday data.
public enum TemplatesFingerprint {
    public static func compute(directory: String) -> String {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(String(url.standardizedFileURL.path.dropFirst(root.path.count)))
            }
        }
        var bytes: [UInt8] = []
        for path in paths.sorted() {
            bytes += Array(path.utf8) + [0]
            bytes += SHA256.digest((try? [UInt8](Data(contentsOf: root.appendingPathComponent(path)))) ?? [])
        }
        return "vr-docs \(ReleaseVersion.string), templates " + SHA256.hex(bytes).prefix(16)
    }
}
