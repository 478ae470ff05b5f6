import CCairo
import XCTest
@testable import ReportKit

/// The sink cairo writes into keeps every piece, in order, whatever its length (the short
/// pieces take a path of their own) and however often the memory grows.
final class CairoByteSinkTests: XCTestCase {
    func testPiecesOfEveryLengthComeOutAsWritten() {
        var generator = ReplayableGenerator(seed: 20261205)
        let sink = CairoByteSink()
        var expected: [UInt8] = []
        for round in 0..<6_000 {
            let length = round < 200 ? round % 40 : Int.random(in: 0...(round % 500 == 0 ? 70_000 : 24), using: &generator)
            let piece = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let status = piece.withUnsafeBufferPointer { CairoByteSink.write(sink.closure, $0.baseAddress, UInt32(length)) }
            XCTAssertEqual(status, CAIRO_STATUS_SUCCESS)
            expected += piece
        }
        XCTAssertGreaterThan(expected.count, 64 * 1024 * 2, "the memory grew")
        XCTAssertEqual(sink.bytes, expected)
    }
}
