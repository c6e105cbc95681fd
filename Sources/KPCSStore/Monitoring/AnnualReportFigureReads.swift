import Foundation
import KPCSCore
import SQLKit

/// The figures kpcs computes for a participant's annual report: two grouped queries over the certificates of the
/// year (by day of issue), one for those it issued and one for those addressed to it.
extension MonitoringStore {
    /// The figures of a participant's report on a year, for a principal ``AnnualReportAccess`` lets read them; an
    /// unknown participant is a 404.
    public func annualReportFigures(
        participant code: String, year: Int, for principal: Principal
    ) async throws
        -> AnnualReportFigures
    {
        try AnnualReportAccess.authorizeFigures(principal, participant: code)
        return try await database.read { db in
            guard try await RegistryStore.participant(code, in: db) != nil else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            return AnnualReportFigures(
                participant: code, year: year,
                issued: try await Self.tallies(column: "exporting_participant", code: code, year: year, in: db),
                received: try await Self.tallies(column: "importing_participant", code: code, year: year, in: db))
        }
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
