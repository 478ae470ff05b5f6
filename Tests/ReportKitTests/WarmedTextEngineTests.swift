import Foundation
import XCTest
@testable import ReportKit

/// The engine warmed on another thread while a command reads its files gives the same
/// bytes as one made on the spot, and is handed to one renderer only.
final class WarmedTextEngineTests: XCTestCase {
    func testAWarmedEngineRendersTheSameBytesAndIsTakenOnce() throws {
        let document = SampleDocuments.everyBlock()
        let cold = try PDFRenderer().render(document)
        PDFRenderer.loadFontsInBackground(theme: document.theme, language: "en-GB")
        let warmed = WarmedTextEngine.shared
        let renderer = PDFRenderer()
        XCTAssertNil(warmed.take(), "the first renderer took the warmed engine")
        XCTAssertEqual(try renderer.render(document), cold)
    }

    func testWithoutWarmingEachRendererMakesItsOwn() {
        XCTAssertNil(WarmedTextEngine.shared.take())
        _ = PDFRenderer()
    }
}
