import Foundation
import KPCSCore
import SQLKit

/// A stored production report, current or superseded.
public struct ProductionReportRecord: Sendable, Equatable {
    public var id: Int64
    public var participant: String
    public var year: Int
    public var half: Int
    public var version: Int
    public var submittedAt: String
    public var submittedBy: String
    public var reason: String?
    /// When a resubmission replaced it; nil for the current report.
    public var supersededAt: String?
    public var lines: [ProductionLine]
    public var caratsX100: Int64
    public var valueUsdCents: Int64
}

/// Production reports: one current report per participant and half-year, earlier versions kept as history.
extension StatisticsStore {
    /// Stores a half-year's production. When the half-year already has a report, the new one replaces it (the old
    /// one is kept, marked superseded) and needs a reason. One transaction; a per-half-year counter row orders
    /// concurrent submissions across processes.
    public func submitProduction(
        _ draft: ProductionDraft, by principal: Principal
    ) async throws -> ProductionReportRecord {
        let authority = try ProductionRules.authorize(principal, participant: draft.participant)
        let valid = try ProductionRules.validate(draft, authority: authority, today: today)
        let submittedAt = Timestamp.string(now)
        return try await transaction { db in
            guard
                let version = try await db.raw(
                    """
                    INSERT INTO production_periods (participant_code, year, half, last_version)
                    VALUES (\(bind: valid.participant), \(bind: valid.year), \(bind: valid.half), 1)
                    ON CONFLICT (participant_code, year, half) DO UPDATE SET last_version =\
                     production_periods.last_version + 1
                    RETURNING last_version
                    """
                ).first()?.int("last_version")
            else { throw StoreCorruption.badValue("last_version", "none returned") }
            try await db.touchStatistics(years: [valid.year])
            if version > 1 && valid.reason == nil {
                throw KPCSError.validation([
                    Violation(
                        "/reason",
                        StatisticsMessage.productionResubmissionReason(
                            period: "\(valid.participant) \(valid.year)-H\(valid.half)"))
                ])
            }
            try await db.raw(
                """
                UPDATE production_reports SET superseded_at = \(bind: submittedAt)
                WHERE participant_code = \(bind: valid.participant) AND year = \(bind: valid.year) AND half =\
                 \(bind: valid.half)
                AND superseded_at IS NULL
                """
            ).run()
            guard
                let id = try await db.raw(
                    """
                    INSERT INTO production_reports (participant_code, year, half, version, submitted_at, submitted_by,\
                     authority_id,
                    reason, total_carats_x100, total_value_usd_cents)
                    VALUES (\(bind: valid.participant), \(bind: valid.year), \(bind: valid.half), \(bind: version),\
                     \(bind: submittedAt),
                    \(bind: principal.accountId), \(bind: authority.id), \(bind: valid.reason),\
                     \(bind: valid.caratsX100),
                    \(bind: valid.valueUsdCents))
                    RETURNING id
                    """
                ).first()?.int("id")
            else { throw StoreCorruption.badValue("id", "none returned") }
            let rows: [SQLQueryString] = valid.lines.map {
                """
                (\(bind: id), \(bind: $0.hsCode?.rawValue), \(bind: $0.mining.rawValue), \(bind: $0.caratsX100),\
                 \(bind: $0.valueUsdCents))
                """
            }
            try await db.raw(
                """
                INSERT INTO production_lines (report_id, hs_code, mining, carats_x100, value_usd_cents) VALUES\
                 \(rows.joined(separator: ", "))
                """
            ).run()
            return ProductionReportRecord(
                id: id, participant: valid.participant, year: valid.year, half: valid.half, version: Int(version),
                submittedAt: submittedAt, submittedBy: principal.username, reason: valid.reason, supersededAt: nil,
                lines: valid.lines, caratsX100: valid.caratsX100, valueUsdCents: valid.valueUsdCents)
        }
    }

    /// Every version of a participant's reports for a year (or one half of it), newest first, for those who may
    /// see them: the participant's own officers, the Chair and the statistics working group.
    public func productionHistory(
        participant: String, year: Int, half: Int?, for principal: Principal?
    ) async throws
        -> [ProductionReportRecord]
    {
        let viewer = try StatisticsAccess.requireSomeDetail(principal)
        guard StatisticsAccess.maySeeDetail(viewer, concerning: [participant]) else {
            throw KPCSError.forbidden(StatisticsMessage.statisticsDetailForbidden(username: viewer.username))
        }
        return try await database.read { db in
            let halfFilter: SQLQueryString = half.map { "AND r.half = \(bind: $0)" } ?? ""
            let reports = try await db.raw(
                """
                SELECT r.*, a.username FROM production_reports r JOIN accounts a ON a.id = r.submitted_by
                WHERE r.participant_code = \(bind: participant) AND r.year = \(bind: year) \(halfFilter)
                ORDER BY r.half, r.version DESC
                """
            ).all()
            guard !reports.isEmpty else { return [] }
            let ids: [any Encodable & Sendable] = try reports.map { try $0.int("id") }
            let lines = try await db.raw(
                "SELECT * FROM production_lines WHERE report_id IN (\(binds: ids)) ORDER BY hs_code, mining"
            ).all()
            var linesByReport: [Int64: [ProductionLine]] = [:]
            for row in lines {
                let hs = try row.optionalString("hs_code")
                let mining = try row.string("mining")
                guard let kind = MiningKind(rawValue: mining) else { throw StoreCorruption.badValue("mining", mining) }
                linesByReport[try row.int("report_id"), default: []].append(
                    ProductionLine(
                        hsCode: hs.flatMap(HSCode.init(rawValue:)), mining: kind,
                        caratsX100: try row.int("carats_x100"),
                        valueUsdCents: try row.int("value_usd_cents")))
            }
            return try reports.map { row in
                let id = try row.int("id")
                return ProductionReportRecord(
                    id: id, participant: try row.string("participant_code"), year: Int(try row.int("year")),
                    half: Int(try row.int("half")), version: Int(try row.int("version")),
                    submittedAt: try row.string("submitted_at"),
                    submittedBy: try row.string("username"), reason: try row.optionalString("reason"),
                    supersededAt: try row.optionalString("superseded_at"), lines: linesByReport[id] ?? [],
                    caratsX100: try row.int("total_carats_x100"), valueUsdCents: try row.int("total_value_usd_cents"))
            }
        }
    }

    /// The current reports' totals per participant for the half-years of a period.
    static func currentProduction(
        _ period: StatisticsPeriod, in db: any SQLDatabase
    ) async throws -> [String: ProductionTotals] {
        let halves: [any Encodable & Sendable] = period.halves.map { Int64($0) }
        let rows = try await db.raw(
            """
            SELECT participant_code, half, total_carats_x100, total_value_usd_cents FROM production_reports
            WHERE year = \(bind: period.year) AND half IN (\(binds: halves)) AND superseded_at IS NULL
            ORDER BY participant_code, half
            """
        ).all()
        var totals: [String: ProductionTotals] = [:]
        for row in rows {
            let code = try row.string("participant_code")
            var entry = totals[code] ?? ProductionTotals()
            entry.caratsX100 += try row.int("total_carats_x100")
            entry.valueUsdCents += try row.int("total_value_usd_cents")
            entry.halvesReported.append("\(period.year)-H\(try row.int("half"))")
            totals[code] = entry
        }
        return totals
    }
}
