import Foundation

/// Benford's first-digit test over a set of positive amounts: the count of each leading digit 1…9 against
/// Benford's law P(d) = log₁₀(1 + 1/d), Pearson's χ² statistic with 8 degrees of freedom, and its p-value. A small
/// p-value says the amounts do not look like naturally occurring ones: a lead, never a verdict.
public struct BenfordTest: Sendable, Equatable {
    /// Observed counts of the leading digits 1…9 (index 0 is digit 1).
    public let observed: [Int]
    public let count: Int
    /// Pearson's χ² = Σ (observed − expected)² / expected.
    public let chiSquare: Double
    /// P(χ²₈ ≥ statistic).
    public let pValue: Double
    /// Nigrini's mean absolute deviation of the digit proportions from Benford's.
    public let meanAbsoluteDeviation: Double

    /// Benford's expected proportion for each first digit 1…9.
    public static let expected: [Double] = (1...9).map { log10(1 + 1 / Double($0)) }

    /// The test over `amounts` (zero and negative amounts are left out); nil when fewer than `minimumSample` remain.
    public init?(_ amounts: [Int64], minimumSample: Int = 50) {
        var observed = [Int](repeating: 0, count: 9)
        for amount in amounts where amount > 0 {
            var value = amount
            while value >= 10 { value /= 10 }
            observed[Int(value) - 1] += 1
        }
        let count = observed.reduce(0, +)
        guard count >= max(minimumSample, 1) else { return nil }
        var chiSquare = 0.0
        var deviation = 0.0
        for digit in 0..<9 {
            let expected = Self.expected[digit] * Double(count)
            chiSquare += (Double(observed[digit]) - expected) * (Double(observed[digit]) - expected) / expected
            deviation += abs(Double(observed[digit]) / Double(count) - Self.expected[digit])
        }
        self.observed = observed
        self.count = count
        self.chiSquare = chiSquare
        self.pValue = Self.chiSquareSurvival8(chiSquare)
        self.meanAbsoluteDeviation = deviation / 9
    }

    /// P(χ²₈ ≥ x). With 8 degrees of freedom the regularized upper gamma function Q(4, x/2) has a closed form:
    /// e^(−x/2) · (1 + y + y²/2 + y³/6) with y = x/2.
    public static func chiSquareSurvival8(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        let y = x / 2
        return exp(-y) * (1 + y + y * y / 2 + y * y * y / 6)
    }
}
