import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading the next few hundred case files before the caseload's
/// readers reach them. A service's year of case files is usually not in memory: each
/// reader would otherwise wait for the disk once a file, one file at a time per thread,
/// and 100,000 small files took more than twice as long from disk as from memory. With
/// the reads asked for ahead (`posix_fadvise(WILLNEED)`, which returns at once), the disk
/// has many to work on together and the readers mostly find their file already read.
///
/// It walks the same folders as the readers, in the same order, on a thread of its own,
/// and never more than `window` files ahead of them. Once it has met a run of files that
/// were already in memory it stops, so a warm caseload pays next to nothing for it. It
/// changes what is read when, never what is read: the readers open and read every file
/// themselves.
final class CaseFileReadAhead: Sendable {
    /// How far ahead of the readers to ask for files.
    static let window = 256
    /// After this many files in a row already in memory, reading ahead stops.
    static let warmRunToStop = 512

    private let finished = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading ahead of `readers`, on its own walk of `roots`.
    init?(roots: [String], readers: CaseFileSource) {
        guard let walk = try? CaseFileSource(roots: roots) else { return nil }
        let thread = Thread { [self] in
            Self.readAhead(walk, of: readers, isFinished: { self.finished.load(ordering: .relaxed) }, ask: Self.askForContents(of:))
            self.done.signal()
        }
        thread.name = "vr-docs read-ahead"
        thread.start()
    }

    /// Stops reading ahead and waits for the thread to end.
    func stop() {
        finished.store(true, ordering: .relaxed)
        done.wait()
    }

    /// Walks `walk` a little in front of `readers`, calling `ask` for each regular file
    /// (true when it had to ask the disk for it), until the walk ends, `isFinished` says
    /// so, or `warmRunToStop` files in a row were in memory already.
    static func readAhead(_ walk: CaseFileSource, of readers: CaseFileSource, window: Int = window,
                          isFinished: () -> Bool, ask: (String) -> Bool) {
        var warmRun = 0
        while !isFinished(), warmRun < warmRunToStop, let entry = walk.nextEntry() {
            // Files the readers already have are passed over; a FIFO or a device is never
            // opened here (opening some devices does something).
            guard entry.isRegularFile, entry.sequence >= readers.handedOutCount else { continue }
            while entry.sequence - readers.handedOutCount > window, !isFinished() {
                usleep(500)
            }
            guard !isFinished() else { return }
            warmRun = ask(entry.path) ? 0 : warmRun + 1
        }
    }

    /// Asks for the file's contents to be read in; false when they were in memory already.
    static func askForContents(of path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        if isFirstPageInMemory(descriptor) { return false }
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
        return true
    }

    /// Whether the file's first page is in memory (`mincore` over a mapping of it, which
    /// reads nothing).
    private static func isFirstPageInMemory(_ descriptor: Int32) -> Bool {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let page = mmap(nil, pageSize, PROT_READ, MAP_SHARED, descriptor, 0), page != MAP_FAILED else { return false }
        defer { munmap(page, pageSize) }
        var resident: UInt8 = 0
        return mincore(page, pageSize, &resident) == 0 && resident & 1 == 1
    }
}
