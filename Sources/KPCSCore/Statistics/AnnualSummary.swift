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

    public var usdPerCaratCents: Int64? { UnitValue.centsPerCarat(valueUsdCents: valueUsdCents, caratsX100: caratsX100) }

    public static func + (lhs: TradeTotals, rhs: TradeTotals) -> TradeTotals {
        TradeTotals(
            caratsX100: lhs.caratsX100 + rhs.caratsX100, valueUsdCents: lhs.valueUsdCents + rhs.valueUsdCents,
            certificates: lhs.certificates + rhs.certificates)
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

    public var usdPerCaratCents: Int64? { UnitValue.centsPerCarat(valueUsdCents: valueUsdCents, caratsX100: caratsX100) }
}

/// One participant's line of the annual global summary. For the EU, `memberStates` splits its trade by the
/// member state of the authority that issued or confirmed.
public struct SummaryRow: Sendable, Equatable {
    public var participant: String
    public var production: ProductionTotals?
    public var exports: TradeTotals
    public var imports: TradeTotals
    public var memberStates: [MemberStateRow]

    public init(participant: String, production: ProductionTotals? = nil, exports: TradeTotals = TradeTotals(),
                imports: TradeTotals = TradeTotals(), memberStates: [MemberStateRow] = []) {
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
    public var period: StatisticsPeriod
    public var rows: [SummaryRow]

    public init(period: StatisticsPeriod, rows: [SummaryRow]) {
        self.period = period
        self.rows = rows.sorted { $0.participant < $1.participant }
    }

    public var worldProduction: ProductionTotals {
        rows.compactMap(\.production).reduce(into: ProductionTotals()) {
            $0.caratsX100 += $1.caratsX100
            $0.valueUsdCents += $1.valueUsdCents
        }
    }

    public var worldExports: TradeTotals { rows.map(\.exports).reduce(TradeTotals(), +) }
    public var worldImports: TradeTotals { rows.map(\.imports).reduce(TradeTotals(), +) }

    /// Builds the rows from the three sources, keyed by participant code.
    public static func assemble(
        period: StatisticsPeriod, production: [String: ProductionTotals], exports: [String: TradeTotals],
        imports: [String: TradeTotals], memberStateExports: [String: TradeTotals] = [:],
        memberStateImports: [String: TradeTotals] = [:]
    ) -> StatisticsSummary {
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
        return StatisticsSummary(period: period, rows: rows)
    }
}
