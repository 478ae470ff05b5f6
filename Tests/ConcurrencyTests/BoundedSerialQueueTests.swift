import Concurrency
import Dispatch
import Synchronization
import XCTest

final class BoundedSerialQueueTests: XCTestCase {
    /// Work handed in from several threads runs one piece at a time, each thread's in the
    /// order it handed them in, and all of it before `waitUntilEmpty` returns.
    func testWorkRunsOneAtATimeInTheOrderHandedIn() {
        let queue = BoundedSerialQueue(label: "test", capacity: 4)
        let state = Mutex((running: 0, most: 0, done: [Int: [Int]]()))
        WorkerPool(jobs: 3).forEach(3) { thread in
            for piece in 0..<50 {
                queue.hand {
                    state.withLock { $0.running += 1; $0.most = max($0.most, $0.running) }
                    usleep(100)
                    state.withLock { $0.running -= 1; $0.done[thread, default: []].append(piece) }
                }
            }
        }
        queue.waitUntilEmpty()
        let final = state.withLock { $0 }
        XCTAssertEqual(final.most, 1)
        XCTAssertEqual(final.done.count, 3)
        for pieces in final.done.values { XCTAssertEqual(pieces, Array(0..<50)) }
    }

    /// A thread handing in more than `capacity` pieces waits for room: it cannot get more
    /// than `capacity` ahead of the work that has run.
    func testNoMoreThanCapacityWaitAtOnce() {
        let queue = BoundedSerialQueue(label: "test", capacity: 3)
        let counts = Mutex((handedIn: 0, finished: 0, mostAhead: 0))
        for _ in 0..<30 {
            queue.hand {
                usleep(1_000)
                counts.withLock { $0.finished += 1 }
            }
            counts.withLock { $0.handedIn += 1; $0.mostAhead = max($0.mostAhead, $0.handedIn - $0.finished) }
        }
        queue.waitUntilEmpty()
        XCTAssertLessThanOrEqual(counts.withLock { $0.mostAhead }, 3 + 1, "three waiting, one being handed in")
        XCTAssertEqual(counts.withLock { $0.finished }, 30)
    }
}
