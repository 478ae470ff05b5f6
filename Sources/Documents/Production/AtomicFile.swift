import Foundation

/// Writes a file so that it is either complete or absent: the bytes go to a temporary
/// file in the same folder, which is then renamed over the destination.
///
/// The temporary file holds a client's document before it is complete, so it is created
/// readable by its owner only (mode 0600), registered with `TemporaryFiles` so that an
/// interrupted run removes it, and named so that the next run in the folder can recognise
/// and remove one left by a run that was killed outright. The finished file gets the
/// usual permissions (those of any new file, after the umask) just before the rename.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(DocumentError) {
        try writeUnfinished(bytes, to: path).finish()
    }

    /// Writes the bytes to the temporary file and leaves the rest (waiting for the disk,
    /// then the rename) to `UnfinishedFile.finish`, so that a batch can wait for the disk
    /// on a thread of its own while its other threads render. Until it is finished, the
    /// document does not exist under its name.
    public static func writeUnfinished(_ bytes: [UInt8], to path: String) throws(DocumentError) -> UnfinishedFile {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .writing(path: path, problem: "cannot create the folder \(folder.path)")
        }
        TemporaryFiles.sweepOnce(folder.path)
        let temporary = folder.appendingPathComponent(TemporaryFiles.name(for: url.lastPathComponent)).path
        guard TemporaryFiles.register(temporary) else {
            throw .writing(path: path, problem: "the run was interrupted")
        }
        let descriptor = TemporaryFiles.create(temporary)
        guard descriptor >= 0 else {
            let reason = problem(errno, in: folder.path)
            TemporaryFiles.unregister(temporary)
            throw .writing(path: path, problem: reason)
        }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fchmod(descriptor, finishedMode) != 0 { failure = errno }
        let unfinished = UnfinishedFile(descriptor: descriptor, temporary: temporary, path: path, folder: folder.path)
        guard failure == 0 else {
            unfinished.discard()
            throw .writing(path: path, problem: problem(failure, in: folder.path))
        }
        return unfinished
    }

    /// The mode of a newly created file under the current umask (usually 0644). Linux
    /// reports the umask in /proc/self/status; reading it there avoids setting it, which
    /// would briefly change it for every thread of a batch.
    private static let finishedMode: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(String(line.dropFirst("Umask:".count).filter { !$0.isWhitespace }), radix: 8) {
            return 0o666 & ~mask
        }
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    /// What went wrong, in words; a full disk is said as such.
    static func problem(_ code: Int32, in folder: String) -> String {
        switch code {
        case ENOSPC: return "the disk is full (no space left in \(folder)); free some space and run again"
        case EDQUOT: return "the disk quota is used up in \(folder); free some space and run again"
        case EACCES, EPERM: return "not allowed to write in \(folder); check the folder's permissions"
        case EROFS: return "\(folder) is on a read-only disk"
        case ENAMETOOLONG: return "the file name is too long for this disk"
        default: return "cannot write in \(folder) (\(String(cString: strerror(code))))"
        }
    }
}

/// A document written to its temporary file but not yet under its name (see
/// `AtomicFile.writeUnfinished`). Exactly one of `finish` and `discard` must be called.
public struct UnfinishedFile: Sendable {
    let descriptor: Int32
    let temporary: String
    /// Where the document goes once finished.
    public let path: String
    let folder: String

    /// Waits until the bytes are on the disk, then gives the file its name. The data must
    /// be on the disk before the name points at it, and close reports a full disk on file
    /// systems that only find out then (NFS, quotas).
    public func finish() throws(DocumentError) {
        defer { TemporaryFiles.unregister(temporary) }
        var failure: Int32 = 0
        if fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .writing(path: path, problem: AtomicFile.problem(failure, in: folder))
        }
        guard rename(temporary, path) == 0 else {
            let reason = AtomicFile.problem(errno, in: folder)
            unlink(temporary)
            throw .writing(path: path, problem: reason)
        }
    }

    /// Removes the temporary file: the document is not written.
    public func discard() {
        close(descriptor)
        unlink(temporary)
        TemporaryFiles.unregister(temporary)
    }
}
