/// Carats, US dollars and certificates: one cell group of the summary, exact integers.
public struct TradeTotals: Sendable, Equatable, Codable {
    public var caratsX100: Int64
    public var valueUsdCents: Int64
    public var certificates: Int64

    public init(caratsX100: Int64 = 0, valueUsdCents: Int64 = 0, certificates: Int64 = 0) {
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
        self.certificates = certificates
    }

    public var usdPerCaratCents: Int64? {
        UnitValue.centsPerCarat(valueUsdCents: valueUsdCents, caratsX100: caratsX100)
    }

    /// The exact sum; a clear error, never a trap, when it leaves 64 bits (which ``QuantityBounds`` keeps out of
    /// reach of any real year).
    public func adding(_ other: TradeTotals) throws -> TradeTotals {
        TradeTotals(
            caratsX100: try ExactSum.add(caratsX100, other.caratsX100),
            valueUsdCents: try ExactSum.add(valueUsdCents, other.valueUsdCents),
            certificates: try ExactSum.add(certificates, other.certificates))
    }
}

/// Checked addition for the statistics' sums.
public enum ExactSum {
    public static func add(_ lhs: Int64, _ rhs: Int64) throws -> Int64 {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard !overflow else {
            throw KPCSError(kind: .unavailable, message: LocalizedMessage(StatisticsMessage.statisticsTooLarge))
        }
        return sum
    }
}

/// Production as reported: carats and US dollars of the current report of each half-year in the period.
public struct ProductionTotals: Sendable, Equatable, Codable {
    public var caratsX100: Int64
    public var valueUsdCents: Int64
    /// The half-years with a report (`2025-H1`…); a half missing here was not reported.
    public var halvesReported: [String]

    public init(caratsX100: Int64 = 0, valueUsdCents: Int64 = 0, halvesReported: [String] = []) {
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
        self.halvesReported = halvesReported
    }

    public var usdPerCaratCents: Int64? {
        UnitValue.centsPerCarat(valueUsdCents: valueUsdCents, caratsX100: caratsX100)
    }
}

/// One participant's line of the annual global summary. For the EU, `memberStates` splits its trade by the
/// member state of the authority that issued or confirmed.
public struct SummaryRow: Sendable, Equatable {
    public var participant: String
    public var production: ProductionTotals?
    public var exports: TradeTotals
    public var imports: TradeTotals
    public var memberStates: [MemberStateRow]

    public init(
        participant: String, production: ProductionTotals? = nil, exports: TradeTotals = TradeTotals(),
        imports: TradeTotals = TradeTotals(), memberStates: [MemberStateRow] = []
    ) {
        self.participant = participant
        self.production = production
        self.exports = exports
        self.imports = imports
        self.memberStates = memberStates
    }
}

/// The trade of one EU member state, below the EU's line.
public struct MemberStateRow: Sendable, Equatable {
    public var memberState: String
    public var exports: TradeTotals
    public var imports: TradeTotals

    public init(memberState: String, exports: TradeTotals = TradeTotals(), imports: TradeTotals = TradeTotals()) {
        self.memberState = memberState
        self.exports = exports
        self.imports = imports
    }
}

/// The KP annual global summary for a period: each participant's production, exports and imports, and the world
/// total of each (the sum of the participants' figures, so re-exports count each time they cross a border, as in
/// the KP's own tables).
public struct StatisticsSummary: Sendable, Equatable {
    public let period: StatisticsPeriod
    public let rows: [SummaryRow]
    /// The sums of the participants' figures, exact (the summary cannot be made when one leaves 64 bits).
    public let worldProduction: ProductionTotals
    public let worldExports: TradeTotals
    public let worldImports: TradeTotals

    public init(period: StatisticsPeriod, rows: [SummaryRow]) throws {
        self.period = period
        self.rows = rows.sorted { $0.participant < $1.participant }
        var production = ProductionTotals()
        for row in rows.compactMap(\.production) {
            production.caratsX100 = try ExactSum.add(production.caratsX100, row.caratsX100)
            production.valueUsdCents = try ExactSum.add(production.valueUsdCents, row.valueUsdCents)
        }
        worldProduction = production
        worldExports = try rows.map(\.exports).reduce(TradeTotals()) { try $0.adding($1) }
        worldImports = try rows.map(\.imports).reduce(TradeTotals()) { try $0.adding($1) }
    }

    /// Builds the rows from the three sources, keyed by participant code.
    public static func assemble(
        period: StatisticsPeriod, production: [String: ProductionTotals], exports: [String: TradeTotals],
        imports: [String: TradeTotals], memberStateExports: [String: TradeTotals] = [:],
        memberStateImports: [String: TradeTotals] = [:]
    ) throws -> StatisticsSummary {
        let codes = Set(production.keys).union(exports.keys).union(imports.keys)
        let rows = codes.map { code in
            var row = SummaryRow(
                participant: code, production: production[code], exports: exports[code] ?? TradeTotals(),
                imports: imports[code] ?? TradeTotals())
            if code == "EU" {
                let states = Set(memberStateExports.keys).union(memberStateImports.keys).sorted()
                row.memberStates = states.map {
                    MemberStateRow(
                        memberState: $0, exports: memberStateExports[$0] ?? TradeTotals(),
                        imports: memberStateImports[$0] ?? TradeTotals())
                }
            }
            return row
        }
        return try StatisticsSummary(period: period, rows: rows)
    }
}
