/// The largest quantities kpcs accepts, far above any real shipment and chosen so that no sum kpcs computes over
/// them can leave 64 bits. The whole world mines about 120 million carats a year worth about USD 15 billion; one
/// certificate may carry at most 50 million carats, USD 5 billion and 100,000 parcels, on each line and in total, and a
/// participant may number at most 999,999 certificates a year (the number's six digits). So one participant's
/// exports in a year stay below 999,999 × 5 × 10¹¹ cents ≈ 5 × 10¹⁷, under 2⁶³ ≈ 9.2 × 10¹⁸.
public enum QuantityBounds {
    /// 50,000,000.00 carats, per line and per certificate.
    public static let maximumCaratsX100: Int64 = 5_000_000_000
    /// USD 5,000,000,000.00, per line and per certificate.
    public static let maximumValueUsdCents: Int64 = 500_000_000_000
    /// 100,000 parcels, per line and per certificate.
    public static let maximumParcels: Int64 = 100_000
    /// One line per HS code.
    public static let maximumLines = HSCode.allCases.count
    /// The last sequence number a participant may give in one year.
    public static let maximumSequence: Int64 = 999_999

    /// Production reported for one half-year by one participant: 500,000,000.00 carats and USD 50,000,000,000.00 in
    /// all, four times the world's yearly output, so the world's sum over every participant stays far below 2⁶³.
    public static let maximumProductionCaratsX100: Int64 = 50_000_000_000
    public static let maximumProductionValueUsdCents: Int64 = 5_000_000_000_000

    /// Reads one quantity of a request: required, a whole number from `minimum` to `maximum`; otherwise a violation
    /// naming the field, and nil.
    public static func check(
        _ value: Int64?, minimum: Int64, maximum: Int64, pointer: String, name: String,
        into violations: inout [Violation]
    ) -> Int64? {
        guard let value else {
            violations.append(Violation(pointer, RequestMessage.fieldRequired(field: name)))
            return nil
        }
        guard value >= minimum else {
            violations.append(
                Violation(
                    pointer,
                    minimum > 0
                        ? CertificateMessage.quantityNotPositive(field: name)
                        : CertificateMessage.quantityNegative(field: name)))
            return nil
        }
        guard value <= maximum else {
            violations.append(
                Violation(pointer, CertificateMessage.quantityTooLarge(field: name, maximum: String(maximum))))
            return nil
        }
        return value
    }

    /// Checks a certificate's totals against the same bounds as its lines.
    public static func checkTotals(_ totals: CertificateTotals, into violations: inout [Violation]) -> Bool {
        let checks: [(Int64, Int64, String)] = [
            (totals.caratsX100, maximumCaratsX100, "lines[].caratsX100"),
            (totals.valueUsdCents, maximumValueUsdCents, "lines[].valueUsdCents"),
            (totals.parcels, maximumParcels, "lines[].parcels"),
        ]
        var valid = true
        for (total, maximum, name) in checks where total > maximum {
            violations.append(
                Violation("/lines", CertificateMessage.totalTooLarge(field: name, maximum: String(maximum))))
            valid = false
        }
        return valid
    }
}
