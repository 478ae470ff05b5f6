import Foundation

/// Hands out the case files under some folders one at a time, walking the folders as it
/// goes, so that a caseload of any size is never listed in memory at once. Safe to call
/// from several threads.
public final class CaseFileSource: @unchecked Sendable {
    private let lock = NSLock()
    private var pendingRoots: [String]
    private var current: (root: String, walker: FileManager.DirectoryEnumerator)?

    /// Fails naming the first root that does not exist.
    public init(roots: [String]) throws(CaseloadError) {
        for root in roots where !FileManager.default.fileExists(atPath: root) {
            throw .noSuchFolder(root)
        }
        pendingRoots = roots.reversed()
    }

    /// True for the names the tool reads as case files; hidden files (such as a
    /// half-written temporary file) are skipped.
    public static func isCaseFileName(_ name: String) -> Bool {
        let base = (name as NSString).lastPathComponent
        guard !base.hasPrefix(".") else { return false }
        let lower = base.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    /// The next case file, or nil when every folder has been walked.
    public func next() -> String? {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let (root, walker) = current {
                while let relative = walker.nextObject() as? String {
                    if Self.isCaseFileName(relative) { return (root as NSString).appendingPathComponent(relative) }
                }
                current = nil
            }
            guard let root = pendingRoots.popLast() else { return nil }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
            if !isFolder.boolValue { return root }
            if let walker = FileManager.default.enumerator(atPath: root) { current = (root, walker) }
        }
    }
}

/// What stops a caseload run before it starts, worded for a service lead.
public enum CaseloadError: Error, CustomStringConvertible, Equatable {
    case noSuchFolder(String)
    case noCaseFiles([String])
    case cannotWrite(path: String, problem: String)

    public var description: String {
        switch self {
        case .noSuchFolder(let path):
            return "\(path): there is no such folder or file. Check the path."
        case .noCaseFiles(let roots):
            return "no case files (.yaml, .yml or .json) were found in \(roots.joined(separator: ", "))."
        case .cannotWrite(let path, let problem):
            return "\(path): cannot be written (\(problem))."
        }
    }
}
