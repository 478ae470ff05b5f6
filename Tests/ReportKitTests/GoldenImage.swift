import Foundation
@testable import ReportKit

/// A grayscale page raster and the comparison golden tests use.
///
/// Two measures, so that anti-aliasing and hinting noise passes but a real
/// change fails: the mean difference over the whole page (everything moved a
/// little), and the worst mean difference over 12 × 12 pixel tiles (one block
/// moved, a line rewrapped, a glyph became a box).
struct GoldenImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    init(surface: ImageSurface) {
        self.init(width: surface.width, height: surface.height, pixels: surface.grayscalePixels())
    }

    init(pngFile path: String) throws {
        try self.init(surface: ImageSurface(pngFile: path))
    }

    func pngData() throws -> [UInt8] {
        try ImageSurface(grayscale: pixels, width: width, height: height).pngData()
    }

    struct Difference: CustomStringConvertible {
        /// Mean absolute difference per pixel, 0...255.
        var mean: Double
        /// The largest mean absolute difference of any tile, 0...255.
        var worstTile: Double
        var worstTileAt: (x: Int, y: Int)

        var description: String {
            String(format: "mean %.3f, worst tile %.2f at pixel (%d, %d)", mean, worstTile, worstTileAt.x, worstTileAt.y)
        }
    }

    static let tile = 12

    /// Nil when the sizes differ.
    func difference(from other: GoldenImage) -> Difference? {
        guard width == other.width, height == other.height else { return nil }
        var total = 0
        var worst = 0.0
        var worstAt = (x: 0, y: 0)
        let tile = GoldenImage.tile
        for tileY in stride(from: 0, to: height, by: tile) {
            for tileX in stride(from: 0, to: width, by: tile) {
                var sum = 0
                var count = 0
                for y in tileY..<min(tileY + tile, height) {
                    for x in tileX..<min(tileX + tile, width) {
                        let index = y * width + x
                        sum += abs(Int(pixels[index]) - Int(other.pixels[index]))
                        count += 1
                    }
                }
                total += sum
                let mean = Double(sum) / Double(count)
                if mean > worst {
                    worst = mean
                    worstAt = (tileX, tileY)
                }
            }
        }
        return Difference(mean: Double(total) / Double(width * height), worstTile: worst, worstTileAt: worstAt)
    }
}
