import Foundation
import ReportKit
import Synchronization
import XCTest

/// Batch rendering uses one renderer per thread; outputs must not depend on
/// which thread rendered them.
final class ConcurrencyTests: XCTestCase {
    func testRenderersOnSeveralThreadsProduceIdenticalOutput() throws {
        let document = SampleDocuments.everyBlock(tableRows: 25)
        let expected = try PDFRenderer().render(document)
        let results = Mutex<[Int: [UInt8]]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let renderer = PDFRenderer()
            if let bytes = try? renderer.render(document) {
                results.withLock { $0[index] = bytes }
            }
        }
        let outputs = results.withLock { $0 }
        XCTAssertEqual(outputs.count, 8)
        for output in outputs.values {
            XCTAssertEqual(output, expected)
        }
    }
}
