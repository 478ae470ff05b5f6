import Dispatch
import Synchronization

/// The one way vr-docs spreads work over threads: batch rendering, validation, the
/// caseload scan and `synth` all go through it, so the number of threads is bounded
/// the same way everywhere (never more than `--jobs`, never more than there is work
/// for) and no command writes its own worker loop.
///
/// State shared between the threads lives in a `Mutex` from the Synchronization
/// library; nothing in vr-docs needs `@unchecked Sendable`.
public struct WorkerPool: Sendable {
    /// How many threads run at once.
    public let threads: Int

    /// At most `jobs` threads, and no more than `items` when the amount of work is known.
    public init(jobs: Int, items: Int? = nil) {
        threads = max(1, min(jobs, items ?? jobs))
    }

    /// Hands out each index in `0..<count` once, to whichever thread is free next.
    /// `makeWorker` runs once on each thread to make what that thread keeps for itself
    /// (a renderer with its own font map, a running tally); `body` then gets it for every
    /// index the thread takes. Returns when every index has been handled.
    public func forEach<Worker>(_ count: Int, makeWorker: @Sendable () -> Worker, _ body: @Sendable (inout Worker, Int) -> Void) {
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(threads, max(count, 1))) { _ in
            var worker = makeWorker()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(&worker, index)
            }
        }
    }

    /// `forEach` for work that keeps nothing per thread.
    public func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        forEach(count, makeWorker: { () }, { _, index in body(index) })
    }

    /// Runs `body` once on each thread and waits for all of them, for work that pulls
    /// its items from a shared source until it runs dry (a folder walk of unknown size).
    public func onEachThread(_ body: @Sendable () -> Void) {
        DispatchQueue.concurrentPerform(iterations: threads) { _ in body() }
    }
}
