import Foundation
import KPCSCore
import SQLKit

/// The figures kpcs computes for a participant's annual report: two grouped queries over the certificates of the
/// year (by day of issue), one for those it issued and one for those addressed to it; the year's current production
/// reports; and the unit-value screen over the year's lines.
extension MonitoringStore {
    /// The figures of a participant's report on a year, for a principal ``AnnualReportAccess`` lets read them; an
    /// unknown participant is a 404.
    public func annualReportFigures(
        participant code: String, year: Int, for principal: Principal
    ) async throws
        -> AnnualReportFigures
    {
        try AnnualReportAccess.authorizeFigures(principal, participant: code)
        return try await computedFigures(participant: code, year: year)
    }

    /// The figures, for a caller that has checked who asks.
    func computedFigures(participant code: String, year: Int) async throws -> AnnualReportFigures {
        let lines = try await StatisticsStore(context: context).screenedLines(.year(year))
        let flags = UnitValueScreen.run(lines).flags.filter { $0.line.exporting == code }.count
        return try await database.read { db in
            guard try await RegistryStore.participant(code, in: db) != nil else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            return AnnualReportFigures(
                participant: code, year: year,
                issued: try await Self.tallies(column: "exporting_participant", code: code, year: year, in: db),
                received: try await Self.tallies(column: "importing_participant", code: code, year: year, in: db),
                production: try await Self.production(code: code, year: year, in: db), unitValueFlags: Int64(flags))
        }
    }

    /// The current production reports of the year, both halves; nil when none was submitted.
    private static func production(
        code: String, year: Int, in db: any SQLDatabase
    ) async throws -> AnnualReportFigures.ProductionTotals? {
        let reports =
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM production_reports WHERE participant_code = \(bind: code)\
                 AND year = \(bind: year) AND superseded_at IS NULL
                """
            ).first()?.int("n") ?? 0
        guard reports > 0 else { return nil }
        let rows = try await db.raw(
            """
            SELECT l.mining, CAST(SUM(l.carats_x100) AS BIGINT) AS carats,\
             CAST(SUM(l.value_usd_cents) AS BIGINT) AS value FROM production_reports r\
             JOIN production_lines l ON l.report_id = r.id WHERE r.participant_code = \(bind: code)\
             AND r.year = \(bind: year) AND r.superseded_at IS NULL GROUP BY l.mining
            """
        ).all()
        var totals = AnnualReportFigures.ProductionTotals(caratsX100: 0, valueUsdCents: 0, artisanalCaratsX100: 0)
        for row in rows {
            let carats = try row.int("carats")
            totals.caratsX100 = try ExactSum.add(totals.caratsX100, carats)
            totals.valueUsdCents = try ExactSum.add(totals.valueUsdCents, try row.int("value"))
            if try row.string("mining") == MiningKind.artisanal.rawValue { totals.artisanalCaratsX100 = carats }
        }
        return totals
    }

    private static func tallies(
        column: String, code: String, year: Int, in db: any SQLDatabase
    ) async throws
        -> [CertificateState: TradeTotals]
    {
        let rows = try await db.raw(
            """
            SELECT state, COUNT(*) AS n, CAST(SUM(total_carats_x100) AS BIGINT) AS carats,\
             CAST(SUM(total_value_usd_cents) AS BIGINT) AS value FROM certificates
            WHERE \(ident: column) = \(bind: code) AND issued_on >= \(bind: "\(year)-01-01")\
             AND issued_on <= \(bind: "\(year)-12-31") GROUP BY state
            """
        ).all()
        var tallies: [CertificateState: TradeTotals] = [:]
        for row in rows {
            let text = try row.string("state")
            guard let state = CertificateState(rawValue: text) else { throw StoreCorruption.badValue("state", text) }
            tallies[state] = TradeTotals(
                caratsX100: try row.int("carats"), valueUsdCents: try row.int("value"), certificates: try row.int("n"))
        }
        return tallies
    }
}
