import Foundation
import KPCSCore
import Testing

/// The robust band and Benford's test against SciPy (scripts/statistics-reference.py wrote the reference file) and
/// against values worked by hand.
@Suite struct StatisticsTests {
    static func reference() throws -> [String: Any] {
        let url = try #require(
            Bundle.module.url(forResource: "statistics-reference", withExtension: "json", subdirectory: "Resources"))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func robustBandsMatchSciPy() throws {
        let bands = try #require(try Self.reference()["bands"] as? [[String: Any]])
        #expect(bands.count == 4)
        for entry in bands {
            let values = (entry["values"] as? [NSNumber] ?? []).map(\.int64Value)
            let band = try #require(RobustBand(values, minimumSample: 1))
            #expect(Self.close(band.median, entry["median"] as? Double ?? .nan), "\(entry["name"] ?? "") median")
            #expect(Self.close(band.mad, entry["mad"] as? Double ?? .nan), "\(entry["name"] ?? "") MAD")
        }
    }

    @Test func aBandWorkedByHand() throws {
        // 10 values: median (9 + 10) / 2 = 9.5; deviations 4.5, 2.5, 2.5, 1.5, 0.5, 0.5, 0.5, 1.5, 2.5, 390.5 →
        // sorted 0.5, 0.5, 0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 4.5, 390.5 → median 2; scaled MAD 2 × 1.4826 = 2.9652;
        // band 9.5 ± 3.5 × 2.9652 = [−0.878, 19.878].
        let band = try #require(RobustBand([5, 7, 7, 8, 9, 10, 10, 11, 12, 400]))
        #expect(band.median == 9.5 && Self.close(band.mad, 2 * RobustBand.normalScale))
        #expect(band.position(of: 400) == .above && band.position(of: 19) == .inside && band.position(of: 20) == .above)
        #expect(RobustBand([1, 2, 3], minimumSample: 10) == nil, "too few values say nothing")
        let flat = try #require(RobustBand([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 101]))
        #expect(flat.mad == 0 && flat.position(of: 100) == .inside && flat.position(of: 101) == .above)
    }

    @Test func benfordMatchesSciPy() throws {
        let cases = try #require(try Self.reference()["benford"] as? [[String: Any]])
        #expect(cases.count == 3)
        for entry in cases {
            let amounts = (entry["amounts"] as? [NSNumber] ?? []).map(\.int64Value)
            let test = try #require(BenfordTest(amounts))
            #expect(test.observed == (entry["observed"] as? [Int] ?? []), "\(entry["name"] ?? "") counts")
            #expect(Self.close(test.chiSquare, entry["chiSquare"] as? Double ?? .nan), "\(entry["name"] ?? "") χ²")
            #expect(Self.close(test.pValue, entry["pValue"] as? Double ?? .nan, 1e-7), "\(entry["name"] ?? "") p")
        }
    }

    @Test func benfordWorkedByHand() throws {
        // The survival function of χ² with 8 degrees of freedom at 15.507 (its 95th percentile) is 0.05.
        #expect(abs(BenfordTest.chiSquareSurvival8(15.507313) - 0.05) < 1e-6)
        #expect(BenfordTest.chiSquareSurvival8(0) == 1)
        #expect(Self.close(BenfordTest.expected.reduce(0, +), 1))
        #expect(Self.close(BenfordTest.expected[0], log10(2)))
        // Amounts that follow Benford exactly (counts proportional to the law, ×1000) give χ² near 0 and p near 1.
        var amounts: [Int64] = []
        for digit in 1...9 {
            amounts += Array(
                repeating: Int64(digit) * 1_000, count: Int((BenfordTest.expected[digit - 1] * 10_000).rounded()))
        }
        let test = try #require(BenfordTest(amounts))
        #expect(test.chiSquare < 0.01 && test.pValue > 0.999)
        #expect(BenfordTest([0, -5, 7], minimumSample: 50) == nil)
    }
}
