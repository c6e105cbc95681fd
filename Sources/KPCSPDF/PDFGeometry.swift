/// A position in PDF user space, in points (1/72 inch).
///
/// The origin is the bottom-left corner of the page and `y` grows upwards,
/// as in PDF itself.
public struct PDFPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in PDF user space, in points.
///
/// `x` and `y` locate the bottom-left corner (origin at the bottom-left of
/// the page, `y` growing upwards).
public struct PDFRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
