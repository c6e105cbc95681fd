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

    @Test func typedDecimalsAreReadExactlyOrRefused() {
        let english: [(String, Int64?)] = [
            ("1234.56", 123_456), ("1,234.56", 123_456), ("1234", 123_400), ("0.5", 50), (" 12.30 ", 1_230),
            ("1,234,567.89", 123_456_789),
            ("12.345", nil), ("1234,56", nil), ("12,34.5", nil), ("-3", nil), ("abc", nil), ("", nil), ("1.", nil),
            (".5", nil),
            ("92233720368547758.08", nil), ("92233720368547758.07", Int64.max), ("١٢", nil),
        ]
        for (text, expected) in english { #expect(Quantity.hundredths(text, .en) == expected, "en \(text)") }
        let french: [(String, Int64?)] = [
            ("1234,56", 123_456), ("1 234,56", 123_456), ("1\u{202F}234,56", 123_456), ("1234.56", 123_456), ("7", 700),
            ("1,234,56", nil), ("12,345", nil),
        ]
        for (text, expected) in french { #expect(Quantity.hundredths(text, .fr) == expected, "fr \(text)") }
        for value: Int64 in [0, 5, 100, 123_456, 9_999_999_999] {
            for language in Language.allCases {
                #expect(Quantity.hundredths(Quantity.editable(value, language), language) == value)
            }
        }
    }
}
