import Foundation
import Synchronization

/// The temporary files this process is writing, so that an interrupted run (Ctrl-C,
/// `kill`) can remove them before it exits, and the rule that lets a later run recognise
/// and remove those of a run that was killed without the chance to.
///
/// A temporary file is named `.<final name>.<process id>.<random>.tmp`, in the folder of
/// the final file (a rename is only atomic within one disk).
public enum TemporaryFiles {
    private struct Registry {
        var paths: Set<String> = []
        var stopping = false
        /// Folders already swept for stale temporary files by this process.
        var swept: Set<String> = []
    }

    private static let registry = Mutex(Registry())

    /// Removes stale temporary files from `folder` the first time this process writes there.
    static func sweepOnce(_ folder: String) {
        let first = registry.withLock { $0.swept.insert(folder).inserted }
        if first { removeStale(in: folder) }
    }

    static func name(for finalName: String) -> String {
        ".\(finalName).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Creates a new temporary file readable and writable by its owner only (0600, which
    /// no umask widens), failing if the name is taken; returns its descriptor or -1.
    static func create(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    }

    /// Records a temporary file about to be created; false once the run is stopping, so
    /// that no new one appears after `removeAll`.
    static func register(_ path: String) -> Bool {
        registry.withLock { registry in
            guard !registry.stopping else { return false }
            registry.paths.insert(path)
            return true
        }
    }

    static func unregister(_ path: String) {
        _ = registry.withLock { $0.paths.remove(path) }
    }

    /// Removes every temporary file still being written and refuses new ones; called when
    /// the process is interrupted, just before it exits.
    public static func removeAll() {
        let pending = registry.withLock { registry in
            registry.stopping = true
            defer { registry.paths.removeAll() }
            return registry.paths
        }
        for path in pending { unlink(path) }
    }

    /// Removes temporary files that a run killed outright left in `folder`: those named
    /// by the rule above whose process no longer exists. Files of a run still going (in
    /// another terminal) are left alone. Returns how many were removed.
    @discardableResult
    public static func removeStale(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]), UInt32(parts[parts.count - 1]) != nil,
                  pid != getpid(), !isRunning(pid) else { continue }
            if unlink((folder as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
