import Concurrency
import Synchronization
import XCTest

final class WorkerPoolTests: XCTestCase {
    func testEveryIndexIsHandledExactlyOnce() {
        let seen = Mutex<[Int: Int]>([:])
        WorkerPool(jobs: 4).forEach(1_000) { index in
            seen.withLock { $0[index, default: 0] += 1 }
        }
        let counts = seen.withLock { $0 }
        XCTAssertEqual(counts.count, 1_000)
        XCTAssertEqual(Set(counts.values), [1])
        XCTAssertEqual(counts.keys.min(), 0)
        XCTAssertEqual(counts.keys.max(), 999)
    }

    func testNeverMoreThreadsThanJobsOrItems() {
        XCTAssertEqual(WorkerPool(jobs: 8, items: 3).threads, 3)
        XCTAssertEqual(WorkerPool(jobs: 2, items: 100).threads, 2)
        XCTAssertEqual(WorkerPool(jobs: 0, items: 0).threads, 1)

        let running = Mutex((now: 0, most: 0))
        WorkerPool(jobs: 3).forEach(60) { _ in
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            usleep(1_000)
            running.withLock { $0.now -= 1 }
        }
        XCTAssertLessThanOrEqual(running.withLock { $0.most }, 3)
    }

    func testEachThreadMakesItsWorkerOnceAndKeepsIt() {
        let made = Mutex(0)
        let handled = Mutex((count: 0, mostByOneWorker: 0))
        WorkerPool(jobs: 2).forEach(500, makeWorker: { made.withLock { $0 += 1 }; return 0 }) { worker, _ in
            worker += 1
            let soFar = worker
            handled.withLock { $0.count += 1; $0.mostByOneWorker = max($0.mostByOneWorker, soFar) }
        }
        XCTAssertLessThanOrEqual(made.withLock { $0 }, 2)
        XCTAssertEqual(handled.withLock { $0.count }, 500)
        // A worker kept for the thread's whole run has counted at least half the items.
        XCTAssertGreaterThanOrEqual(handled.withLock { $0.mostByOneWorker }, 250)
    }

    func testNothingToDoMakesNoCalls() {
        let calls = Mutex(0)
        WorkerPool(jobs: 4).forEach(0) { _ in calls.withLock { $0 += 1 } }
        XCTAssertEqual(calls.withLock { $0 }, 0)
    }
}
