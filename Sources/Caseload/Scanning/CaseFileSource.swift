import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Hands out the case files under some folders one at a time, reading each folder's
/// entries as it goes (`readdir`), so that a folder of any size is never listed in
/// memory at once. Safe to call from several threads.
///
/// Each file comes with its place in the listing (0, 1, 2 …), which is the same on every
/// walk of unchanged folders: the scanner uses it to decide, the same way every time,
/// which of two files with one reference is counted.
///
/// A folder or file named twice, or inside another one named, is walked once; the
/// others are kept in `overlaps` so the run can say so.
public final class CaseFileSource: Sendable {
    /// Where the walk has got to; only one thread moves it on at a time.
    private struct Walk {
        var pendingRoots: [String]
        /// Open folders, deepest last: the path and its directory stream.
        var open: [(path: String, stream: OpaquePointer)] = []
        var sequence = 0
        var unopenable: [String] = []
    }

    private let walk: Mutex<Walk>
    /// How many files have been handed out so far, readable without the walk's lock
    /// (a read-ahead checks it to stay just in front of the readers).
    private let handedOut = Atomic<Int>(0)
    /// Roots left out because another root already covers them.
    public let overlaps: [RootOverlap]

    /// Fails naming the first root that does not exist.
    public init(roots: [String]) throws(CaseloadError) {
        var kept: [(given: String, real: String, isFolder: Bool)] = []
        var overlaps: [RootOverlap] = []
        let resolved = try roots.map { root throws(CaseloadError) -> (String, String, Bool) in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else { throw .noSuchFolder(root) }
            return (root, Self.realPath(root), isFolder.boolValue)
        }
        for (index, (given, real, isFolder)) in resolved.enumerated() {
            // Covered by a root already kept, or by a later folder that contains it.
            let earlier = kept.first { $0.real == real || ($0.isFolder && real.hasPrefix(Self.folderPrefix($0.real))) }
            let later = resolved[(index + 1)...].first { $0.2 && $0.1 != real && real.hasPrefix(Self.folderPrefix($0.1)) }
            if let covering = earlier.map(\.given) ?? later?.0 {
                overlaps.append(RootOverlap(given: given, coveredBy: covering, isFolder: isFolder))
            } else {
                kept.append((given, real, isFolder))
            }
        }
        walk = Mutex(Walk(pendingRoots: kept.map(\.given).reversed()))
        self.overlaps = overlaps
    }

    deinit {
        walk.withLock { walk in
            for folder in walk.open { closedir(folder.stream) }
        }
    }

    /// Folders under the roots that could not be opened (no permission), in the order met.
    public var foldersNotOpened: [String] {
        walk.withLock { $0.unopenable }
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
    public func next() -> String? { nextNumbered()?.path }

    /// The next case file and its place in the listing, or nil when every folder has
    /// been walked.
    public func nextNumbered() -> (path: String, sequence: Int)? {
        nextEntry().map { ($0.path, $0.sequence) }
    }

    /// The next case file, its place in the listing, and whether it is known to be a
    /// regular file (not a link, a FIFO or a device), or nil when every folder has been walked.
    func nextEntry() -> (path: String, sequence: Int, isRegularFile: Bool)? {
        walk.withLock { walk in
            guard let (path, isRegularFile) = Self.nextPath(&walk) else { return nil }
            walk.sequence += 1
            handedOut.store(walk.sequence, ordering: .relaxed)
            return (path, walk.sequence - 1, isRegularFile)
        }
    }

    /// How many files have been handed out so far.
    var handedOutCount: Int { handedOut.load(ordering: .relaxed) }

    private static func nextPath(_ walk: inout Walk) -> (path: String, isRegularFile: Bool)? {
        while true {
            if let folder = walk.open.last {
                guard let entry = readdir(folder.stream) else {
                    closedir(folder.stream)
                    walk.open.removeLast()
                    continue
                }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                // Hidden entries (".", "..", ".git", half-written ".tmp" files) are skipped.
                guard !name.hasPrefix(".") else { continue }
                let path = folder.path + "/" + name
                let type = entry.pointee.d_type
                switch Self.kind(of: type, path: path) {
                case .folder: enter(path, &walk)
                // Anything else with a case file's name (a FIFO, a device) is handed out too,
                // so the reader refuses it by name instead of it vanishing from the count.
                case .file, .other: if Self.isCaseFileName(name) { return (path, Int32(type) == Int32(DT_REG)) }
                }
                continue
            }
            guard let root = walk.pendingRoots.popLast() else { return nil }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
            if !isFolder.boolValue { return (root, false) }
            enter(root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root, &walk)
        }
    }

    private static func enter(_ path: String, _ walk: inout Walk) {
        if let stream = opendir(path) {
            walk.open.append((path, stream))
        } else {
            walk.unopenable.append(path)
        }
    }

    private enum EntryKind { case folder, file, other }

    /// Folders are walked into only when they are real folders: a link to a folder is
    /// not followed, so a link back up the tree cannot make the walk go round for ever.
    /// A link to a file is read like the file (and counted once with it, by reference).
    private static func kind(of type: UInt8, path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            // A broken link with a case file's name is handed out, so the reader reports
            // it as unreadable rather than it vanishing from the count.
            var info = stat()
            guard stat(path, &info) == 0 else { return .file }
            return (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        default:
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: return kind(of: UInt8(DT_LNK), path: path)
            default: return .other
            }
        }
    }

    /// The path with links, `.` and `..` resolved; the path itself when it cannot be resolved.
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func folderPrefix(_ real: String) -> String { real.hasSuffix("/") ? real : real + "/" }
}

/// A folder or file named on the command line that another one named already covers:
/// the same path twice, or a file or folder inside a folder named. It is walked once.
public struct RootOverlap: Sendable, Equatable {
    /// As named on the command line.
    public var given: String
    /// The named folder or file that already covers it.
    public var coveredBy: String
    public var isFolder: Bool
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
