/// One line of a certificate: a HS code with its weight, value and parcels, all exact integers.
public struct CertificateLine: Sendable, Equatable, Codable {
    public var hsCode: HSCode
    /// Carats in hundredths: 1234.56 ct is 123456.
    public var caratsX100: Int64
    /// US dollars in cents.
    public var valueUsdCents: Int64
    public var parcels: Int64

    public init(hsCode: HSCode, caratsX100: Int64, valueUsdCents: Int64, parcels: Int64) {
        self.hsCode = hsCode
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
        self.parcels = parcels
    }
}

/// Exact sums over a certificate's lines.
public struct CertificateTotals: Sendable, Equatable, Codable {
    public var caratsX100: Int64
    public var valueUsdCents: Int64
    public var parcels: Int64

    public init(caratsX100: Int64, valueUsdCents: Int64, parcels: Int64) {
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
        self.parcels = parcels
    }

    /// Sums the lines; returns nil on overflow rather than trapping.
    public init?(lines: [CertificateLine]) {
        var carats: Int64 = 0
        var value: Int64 = 0
        var parcels: Int64 = 0
        for line in lines {
            let c = carats.addingReportingOverflow(line.caratsX100)
            let v = value.addingReportingOverflow(line.valueUsdCents)
            let p = parcels.addingReportingOverflow(line.parcels)
            if c.overflow || v.overflow || p.overflow { return nil }
            (carats, value, parcels) = (c.partialValue, v.partialValue, p.partialValue)
        }
        self.init(caratsX100: carats, valueUsdCents: value, parcels: parcels)
    }
}
