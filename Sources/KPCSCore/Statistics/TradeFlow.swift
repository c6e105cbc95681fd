/// Which side of trade a figure counts: exports at issue by the exporting participant (what was certified),
/// imports at confirmation by the importing participant (what was received).
public enum TradeDirection: String, Sendable, Codable, CaseIterable {
    case exports, imports
}

/// The dimensions trade rows may be split by, beside the participant and the period.
public enum TradeDimension: String, Sendable, Codable, CaseIterable, Hashable {
    /// The other participant of each certificate.
    case partner
    case hsCode
    /// A single country of origin, or `mixed`.
    case origin
    /// For the EU: the member state of the authority that issued (exports) or confirmed (imports).
    case memberState
}

/// What trade figures to compute.
public struct TradeFlowQuery: Sendable, Equatable {
    public var direction: TradeDirection
    public var period: StatisticsPeriod
    public var granularity: PeriodGranularity
    public var dimensions: Set<TradeDimension>
    /// Only this participant's rows; nil for every participant.
    public var participant: String?

    public init(
        direction: TradeDirection, period: StatisticsPeriod, granularity: PeriodGranularity = .year,
        dimensions: Set<TradeDimension> = [], participant: String? = nil
    ) {
        self.direction = direction
        self.period = period
        self.granularity = granularity
        self.dimensions = dimensions
        self.participant = participant
    }

    /// Reads the `by` parameter: a comma-separated list of dimensions.
    public static func dimensions(from text: String?) throws -> Set<TradeDimension> {
        guard let text, !text.isEmpty else { return [] }
        var dimensions: Set<TradeDimension> = []
        for name in text.split(separator: ",") {
            guard let dimension = TradeDimension(rawValue: String(name)) else {
                throw KPCSError.invalid(
                    RequestMessage.fieldValueInvalid(
                        field: "by", value: String(name),
                        allowed: TradeDimension.allCases.map(\.rawValue).joined(separator: ", ")),
                    pointer: "/by")
            }
            dimensions.insert(dimension)
        }
        return dimensions
    }
}

/// One row of trade figures: exact integer sums over the certificates (or confirmations) in its group.
public struct TradeFlowRow: Sendable, Equatable, Codable {
    public var direction: TradeDirection
    public var participant: String
    /// The sub-period label (`2025`, `2025-H1`, `2025-Q3`).
    public var period: String
    public var partner: String?
    public var hsCode: String?
    public var origin: String?
    public var memberState: String?
    public var caratsX100: Int64
    public var valueUsdCents: Int64
    /// Distinct certificates behind the row.
    public var certificates: Int64

    public init(
        direction: TradeDirection, participant: String, period: String, partner: String? = nil, hsCode: String? = nil,
        origin: String? = nil, memberState: String? = nil, caratsX100: Int64, valueUsdCents: Int64, certificates: Int64
    ) {
        self.direction = direction
        self.participant = participant
        self.period = period
        self.partner = partner
        self.hsCode = hsCode
        self.origin = origin
        self.memberState = memberState
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
        self.certificates = certificates
    }
}

/// Exact unit values: US cents per carat from integer cents and hundredths of a carat, rounded half up.
public enum UnitValue {
    /// `valueUsdCents / (caratsX100 / 100)`, in cents per carat; nil when there are no carats.
    public static func centsPerCarat(valueUsdCents: Int64, caratsX100: Int64) -> Int64? {
        guard caratsX100 > 0, valueUsdCents >= 0 else { return nil }
        let (scaled, overflow) = valueUsdCents.multipliedReportingOverflow(by: 100)
        guard !overflow else { return valueUsdCents / caratsX100 * 100 }
        return (scaled + caratsX100 / 2) / caratsX100
    }
}
