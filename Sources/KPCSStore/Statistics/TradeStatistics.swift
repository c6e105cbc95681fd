import Foundation
import KPCSCore
import SQLKit

/// A certificate behind a mirror gap: what was certified and what (if anything) the importer confirmed.
public struct MirrorCertificate: Sendable, Equatable {
    public var number: String
    public var state: CertificateState
    public var issuedOn: CalendarDate
    public var certifiedCaratsX100: Int64
    public var valueUsdCents: Int64
    public var receivedCaratsX100: Int64?
}

/// Trade statistics computed from the certificates: every figure is an exact integer sum in SQL.
extension StatisticsStore {
    /// Trade rows for a query: exports at issue (certified, voided certificates left out), imports at confirmation
    /// (received carats; the certified value of the lines received), split as asked.
    /// Served from the cache while the period's year is unchanged.
    public func tradeFlows(_ query: TradeFlowQuery) async throws -> [TradeFlowRow] {
        let key =
            "trade|\(query.direction.rawValue)|\(query.period)|\(query.granularity.rawValue)|"
            + query.dimensions.map(\.rawValue).sorted().joined(separator: ",") + "|\(query.participant ?? "")"
        return try await cachedStatistics(key, year: query.period.year) { db in try await Self.tradeFlows(query, in: db)
        }
    }

    /// The annual (or half-year) global summary: production, exports and imports of every participant. Served from
    /// the cache while the period's year is unchanged: an anonymous visitor asking again costs one indexed read.
    public func summary(_ period: StatisticsPeriod) async throws -> StatisticsSummary {
        try await cachedStatistics("summary|\(period)", year: period.year) { db in
            try await Self.statisticsSummary(period, in: db)
        }
    }

    /// The summary counted afresh from the certificates, without the cache (the benchmark's recount).
    @_spi(Benchmarks) public func summaryRecount(_ period: StatisticsPeriod) async throws -> StatisticsSummary {
        try await database.read { db in try await Self.statisticsSummary(period, in: db) }
    }

    static func statisticsSummary(_ period: StatisticsPeriod, in db: any SQLDatabase) async throws -> StatisticsSummary
    {
        let production = try await Self.currentProduction(period, in: db)
        let exports = try await Self.tradeFlows(
            TradeFlowQuery(direction: .exports, period: period, dimensions: [.memberState]), in: db)
        let imports = try await Self.tradeFlows(
            TradeFlowQuery(direction: .imports, period: period, dimensions: [.memberState]), in: db)
        func sums(_ rows: [TradeFlowRow], by key: (TradeFlowRow) -> String) throws -> [String: TradeTotals] {
            try rows.reduce(into: [:]) { totals, row in
                totals[key(row)] = try totals[key(row), default: TradeTotals()].adding(
                    TradeTotals(
                        caratsX100: row.caratsX100, valueUsdCents: row.valueUsdCents, certificates: row.certificates))
            }
        }
        func byParticipant(_ rows: [TradeFlowRow]) throws -> [String: TradeTotals] { try sums(rows) { $0.participant } }
        func byMemberState(_ rows: [TradeFlowRow]) throws -> [String: TradeTotals] {
            try sums(rows.filter { $0.participant == "EU" }) { $0.memberState ?? "—" }
        }
        return try StatisticsSummary.assemble(
            period: period, production: production, exports: try byParticipant(exports),
            imports: try byParticipant(imports),
            memberStateExports: try byMemberState(exports), memberStateImports: try byMemberState(imports))
    }

    /// The mirror check of every pair for a period: certificates counted by their issue day. Served from the cache
    /// while the period's year is unchanged.
    public func mirrorCheck(_ period: StatisticsPeriod) async throws -> [MirrorPair] {
        try await cachedStatistics("mirror|\(period)", year: period.year) { db in
            let rows = try await db.raw(
                """
                SELECT c.exporting_participant AS exporter, c.importing_participant AS importer, c.state, COUNT(*) AS\
                 certificates,
                CAST(SUM(c.total_carats_x100) AS BIGINT) AS carats, CAST(SUM(c.total_value_usd_cents) AS BIGINT) AS\
                 value,
                CAST(SUM(COALESCE((SELECT SUM(r.carats_x100) FROM confirmation_lines r WHERE r.certificate_number =\
                 c.number), 0)) AS BIGINT)
                AS received
                FROM certificates c
                WHERE c.issued_on >= \(bind: period.start.description) AND c.issued_on < \(bind: period.end.description)
                AND c.state <> 'voided'
                GROUP BY 1, 2, 3
                """
            ).all()
            let cells = try rows.map { row in
                let state = try row.string("state")
                guard let parsed = CertificateState(rawValue: state) else {
                    throw StoreCorruption.badValue("state", state)
                }
                return MirrorCell(
                    exporter: try row.string("exporter"), importer: try row.string("importer"), state: parsed,
                    certified: TradeTotals(
                        caratsX100: try row.int("carats"), valueUsdCents: try row.int("value"),
                        certificates: try row.int("certificates")),
                    receivedCaratsX100: try row.int("received"))
            }
            return try MirrorCheck.pairs(cells)
        }
    }

    /// The certificates behind a pair's gap (every state but confirmed and voided), for those who may see them:
    /// authorities of either participant, the Chair and the statistics working group.
    public func mirrorCertificates(
        exporter: String, importer: String, period: StatisticsPeriod, page: PageRequest, for principal: Principal?
    ) async throws -> PageResult<MirrorCertificate> {
        let viewer = try StatisticsAccess.requireSomeDetail(principal)
        guard StatisticsAccess.maySeeDetail(viewer, concerning: [exporter, importer]) else {
            throw KPCSError.forbidden(StatisticsMessage.statisticsDetailForbidden(username: viewer.username))
        }
        return try await database.read { db in
            let filter: SQLQueryString = """
                c.exporting_participant = \(bind: exporter) AND c.importing_participant = \(bind: importer)
                AND c.issued_on >= \(bind: period.start.description) AND c.issued_on < \(bind: period.end.description)
                AND c.state NOT IN ('confirmed', 'voided')
                """
            let total =
                try await db.raw("SELECT COUNT(*) AS n FROM certificates c WHERE \(filter)").first()?.int("n") ?? 0
            let rows = try await db.raw(
                """
                SELECT c.number, c.state, c.issued_on, c.total_carats_x100, c.total_value_usd_cents,
                CAST((SELECT SUM(r.carats_x100) FROM confirmation_lines r WHERE r.certificate_number = c.number) AS\
                 BIGINT) AS received
                FROM certificates c WHERE \(filter)
                ORDER BY c.issued_on, c.number LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            let items = try rows.map { row in
                let state = try row.string("state")
                guard let parsed = CertificateState(rawValue: state) else {
                    throw StoreCorruption.badValue("state", state)
                }
                return MirrorCertificate(
                    number: try row.string("number"), state: parsed, issuedOn: try row.date("issued_on"),
                    certifiedCaratsX100: try row.int("total_carats_x100"),
                    valueUsdCents: try row.int("total_value_usd_cents"),
                    receivedCaratsX100: try row.optionalInt("received"))
            }
            return PageResult(items: items, page: page, total: total)
        }
    }

    /// A single origin's country code, or `mixed`.
    static let originExpression: SQLQueryString =
        "CASE WHEN c.origin_kind = 'single' THEN c.origin_countries ELSE 'mixed' END"

    static func periodExpression(_ granularity: PeriodGranularity, column: String) -> SQLQueryString {
        let year = "substr(\(column), 1, 4)"
        let month = "substr(\(column), 6, 2)"
        let text: String
        switch granularity {
        case .year: text = year
        case .half: text = "\(year) || CASE WHEN \(month) <= '06' THEN '-H1' ELSE '-H2' END"
        case .quarter:
            text =
                """
                \(year) || CASE WHEN \(month) <= '03' THEN '-Q1' WHEN \(month) <= '06' THEN '-Q2' WHEN \(month) <=\
                 '09' THEN '-Q3' ELSE '-Q4' END
                """
        }
        return "\(unsafeRaw: text)"
    }

    static func tradeFlows(_ query: TradeFlowQuery, in db: any SQLDatabase) async throws -> [TradeFlowRow] {
        let exports = query.direction == .exports
        let dimensions = TradeDimension.allCases.filter(query.dimensions.contains)
        var columns: [SQLQueryString] = [
            exports ? "c.exporting_participant" : "c.importing_participant",
            periodExpression(query.granularity, column: exports ? "c.issued_on" : "f.received_on"),
        ]
        for dimension in dimensions {
            switch dimension {
            case .partner: columns.append(exports ? "c.importing_participant" : "c.exporting_participant")
            case .hsCode: columns.append("l.hs_code")
            case .origin: columns.append(originExpression)
            case .memberState: columns.append("a.member_state")
            }
        }
        let byLine = !exports || query.dimensions.contains(.hsCode)
        let sums: SQLQueryString
        var from: SQLQueryString
        var filter: SQLQueryString
        if exports {
            sums =
                byLine
                ? """
                CAST(SUM(l.carats_x100) AS BIGINT) AS carats, CAST(SUM(l.value_usd_cents) AS BIGINT) AS value,\
                 COUNT(DISTINCT c.number) AS certificates
                """
                : """
                CAST(SUM(c.total_carats_x100) AS BIGINT) AS carats, CAST(SUM(c.total_value_usd_cents) AS BIGINT)\
                 AS value, COUNT(*) AS certificates
                """
            from =
                byLine ? "certificates c JOIN certificate_lines l ON l.certificate_number = c.number" : "certificates c"
            if query.dimensions.contains(.memberState) {
                from = "\(from) LEFT JOIN authorities a ON a.id = c.issuing_authority_id"
            }
            filter = """
                c.state <> 'voided' AND c.issued_on >= \(bind: query.period.start.description)
                AND c.issued_on < \(bind: query.period.end.description)
                """
            if let participant = query.participant {
                filter = "\(filter) AND c.exporting_participant = \(bind: participant)"
            }
        } else {
            sums =
                """
                CAST(SUM(r.carats_x100) AS BIGINT) AS carats, CAST(SUM(l.value_usd_cents) AS BIGINT) AS value,\
                 COUNT(DISTINCT c.number) AS certificates
                """
            from = """
                confirmations f JOIN certificates c ON c.number = f.certificate_number
                JOIN confirmation_lines r ON r.certificate_number = f.certificate_number
                JOIN certificate_lines l ON l.certificate_number = r.certificate_number AND l.hs_code = r.hs_code
                """
            if query.dimensions.contains(.memberState) {
                from = "\(from) LEFT JOIN authorities a ON a.id = f.authority_id"
            }
            filter = """
                f.outcome IN ('confirmed', 'discrepancy') AND f.received_on >= \(bind: query.period.start.description)
                AND f.received_on < \(bind: query.period.end.description)
                """
            if let participant = query.participant {
                filter = "\(filter) AND c.importing_participant = \(bind: participant)"
            }
        }
        let groupBy = (1...columns.count).map(String.init).joined(separator: ", ")
        let select = columns.enumerated().map { "\($0.element) AS \(unsafeRaw: "g\($0.offset)")" as SQLQueryString }
            .joined(separator: ", ")
        let rows = try await db.raw(
            """
            SELECT \(select), \(sums) FROM \(from) WHERE \(filter) GROUP BY \(unsafeRaw: groupBy) ORDER BY\
             \(unsafeRaw: groupBy)
            """
        ).all()
        return try rows.map { row in
            var flow = TradeFlowRow(
                direction: query.direction, participant: try row.string("g0"), period: try row.string("g1"),
                caratsX100: try row.int("carats"), valueUsdCents: try row.int("value"),
                certificates: try row.int("certificates"))
            for (offset, dimension) in dimensions.enumerated() {
                let text = try row.optionalString("g\(offset + 2)")
                switch dimension {
                case .partner: flow.partner = text
                case .hsCode: flow.hsCode = text
                case .origin: flow.origin = text
                case .memberState: flow.memberState = text
                }
            }
            return flow
        }
    }
}
