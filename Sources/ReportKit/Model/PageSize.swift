/// Paper sizes in PDF points (1/72 inch).
public struct PageSize: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    public static let a4 = PageSize(width: 595.276, height: 841.890)
    public static let letter = PageSize(width: 612, height: 792)
}
