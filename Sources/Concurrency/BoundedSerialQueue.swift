import Dispatch

/// Work handed off by the worker threads to one thread of its own, run in the order it
/// was handed in. A batch uses it to finish its documents (wait until each is on the
/// disk, then give it its name) while its workers go on rendering: the waiting took
/// about a tenth of a worker's time, and more with two workers waiting on one disk.
///
/// At most `capacity` pieces of work wait at once; a worker handing in more waits for
/// room, so a slow disk holds back rendering rather than letting work pile up in memory.
public final class BoundedSerialQueue: Sendable {
    private let queue: DispatchQueue
    private let room: DispatchSemaphore

    public init(label: String, capacity: Int = 16) {
        queue = DispatchQueue(label: label)
        room = DispatchSemaphore(value: max(1, capacity))
    }

    /// Runs `work` after everything handed in before it; waits first while `capacity`
    /// pieces of work are already waiting.
    public func hand(_ work: @escaping @Sendable () -> Void) {
        room.wait()
        queue.async { [room] in
            work()
            room.signal()
        }
    }

    /// Returns once everything handed in has run.
    public func waitUntilEmpty() {
        queue.sync {}
    }
}
