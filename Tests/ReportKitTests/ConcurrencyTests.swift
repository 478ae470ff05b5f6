import Foundation
import XCTest
import ReportKit

/// Batch rendering uses one renderer per thread; outputs must not depend on
/// which thread rendered them.
final class ConcurrencyTests: XCTestCase {
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outputs: [Int: [UInt8]] = [:]
        func set(_ index: Int, _ bytes: [UInt8]) {
            lock.lock()
            outputs[index] = bytes
            lock.unlock()
        }
        var all: [[UInt8]] {
            lock.lock()
            defer { lock.unlock() }
            return outputs.keys.sorted().compactMap { outputs[$0] }
        }
    }

    func testRenderersOnSeveralThreadsProduceIdenticalOutput() throws {
        let document = SampleDocuments.everyBlock(tableRows: 25)
        let expected = try PDFRenderer().render(document)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let renderer = PDFRenderer()
            if let bytes = try? renderer.render(document) {
                results.set(index, bytes)
            }
        }
        XCTAssertEqual(results.all.count, 8)
        for output in results.all {
            XCTAssertEqual(output, expected)
        }
    }
}
