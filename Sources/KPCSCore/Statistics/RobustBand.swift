/// A robust band for unit values (US cents per carat) of one origin, HS code and period: the median and the median
/// absolute deviation (MAD, scaled by 1.4826 so that it estimates a standard deviation for normal data). A value
/// outside `median ± k · MAD` is a lead for the statistics working group, never a verdict. Statistics are computed
/// in floating point from exact integers; nothing computed here is stored or summed.
public struct RobustBand: Sendable, Equatable {
    /// The factor that makes the MAD a consistent estimator of σ for normal data: 1 / Φ⁻¹(3/4).
    public static let normalScale = 1.482_602_218_505_602

    public let count: Int
    public let median: Double
    /// The scaled MAD.
    public let mad: Double
    /// How many scaled MADs from the median a value may be before it is flagged.
    public let k: Double

    public var lower: Double { median - k * mad }
    public var upper: Double { median + k * mad }

    /// The band of `values`, or nil when there are fewer than `minimumSample` of them (too few to say anything).
    public init?(_ values: [Int64], k: Double = 3.5, minimumSample: Int = 10) {
        self.init(real: values.map(Double.init), k: k, minimumSample: minimumSample)
    }

    /// The band of real values (for example logarithms of unit values, where prices spread multiplicatively).
    public init?(real values: [Double], k: Double = 3.5, minimumSample: Int = 10) {
        guard values.count >= max(minimumSample, 1) else { return nil }
        let sorted = values.sorted()
        let median = Self.median(ofSorted: sorted)
        let deviations = sorted.map { abs($0 - median) }.sorted()
        self.count = values.count
        self.median = median
        self.mad = Self.median(ofSorted: deviations) * Self.normalScale
        self.k = k
    }

    /// Where a value falls: below the band, inside it, or above it. With a MAD of zero (most values equal), only a
    /// value different from the median is outside.
    public func position(of value: Int64) -> Position { position(ofReal: Double(value)) }

    /// Where a real value falls.
    public func position(ofReal x: Double) -> Position {
        if x < lower { return .below }
        if x > upper { return .above }
        return .inside
    }

    public enum Position: String, Sendable { case below, inside, above }

    /// The median of sorted values: the middle one, or the mean of the two middle ones.
    public static func median(ofSorted values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}
