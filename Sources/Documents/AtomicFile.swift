import Foundation

/// Writes a file so that it is either complete or absent: the bytes go to a temporary
/// file in the same folder, which is then renamed over the destination.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(DocumentError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .writing(path: path, problem: "cannot create the folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw .writing(path: path, problem: "cannot write in \(folder.path)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .writing(path: path, problem: reason)
        }
    }
}
