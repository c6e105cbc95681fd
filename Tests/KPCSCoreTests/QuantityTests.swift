import KPCSCore
import Testing

@Suite struct QuantityTests {
    @Test func caratsAndDollarsInBothLanguages() {
        #expect(Quantity.carats(123_456, .en) == "1,234.56")
        #expect(Quantity.carats(123_456, .fr) == "1\u{202F}234,56")
        #expect(Quantity.carats(5, .en) == "0.05")
        #expect(Quantity.carats(-1_000_000_00, .en) == "-1,000,000.00")
        #expect(Quantity.usd(1_873_520_000, .en) == "US$18,735,200.00")
        #expect(Quantity.usd(1_873_520_001, .fr) == "18\u{202F}735\u{202F}200,01\u{00A0}$US")
        #expect(Quantity.whole(1_234_567, .en) == "1,234,567")
        #expect(Quantity.carats(Int64.min, .en).hasPrefix("-92,233,720,368,547,758."))
    }
}
