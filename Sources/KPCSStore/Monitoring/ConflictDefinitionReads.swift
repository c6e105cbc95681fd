import Foundation
import KPCSCore
import SQLKit

/// The conflict definitions at work: the what-if view of a period, and the zones the deployment's definition puts
/// under review, both computed when read from the corroborated reports and the certificates' origin zones.
extension MonitoringStore {
    /// For each definition, the zones the period's corroborated reports affect and the period's certified trade
    /// (voided certificates left out) from them.
    public func conflictWhatIf(_ period: StatisticsPeriod) async throws -> [WhatIfRow] {
        try await database.read { db in
            let incidents = try await db.raw(
                """
                SELECT \(Self.incidentColumns) FROM incidents WHERE verification = 'corroborated'\
                 AND zone_code IS NOT NULL AND occurred_on >= \(bind: period.start.description)\
                 AND occurred_on < \(bind: period.end.description)
                """
            ).all().map(Self.incident(from:))
            var trade: [String: TradeTotals] = [:]
            for row in try await db.raw(
                """
                SELECT origin_zone, COUNT(*) AS n, CAST(SUM(total_carats_x100) AS BIGINT) AS carats,\
                 CAST(SUM(total_value_usd_cents) AS BIGINT) AS value FROM certificates\
                 WHERE origin_zone IS NOT NULL AND state <> 'voided' AND issued_on >= \(bind: period.start.description)\
                 AND issued_on < \(bind: period.end.description) GROUP BY origin_zone
                """
            ).all() {
                trade[try row.string("origin_zone")] = TradeTotals(
                    caratsX100: try row.int("carats"), valueUsdCents: try row.int("value"),
                    certificates: try row.int("n"))
            }
            return try ConflictWhatIf.compute(
                incidents: incidents, tradeByZone: trade, from: period.start, before: period.end)
        }
    }

    /// The participant's zones that the deployment's definition (`KPCS_CONFLICT_DEFINITION`) puts under review
    /// today: named by a corroborated report of a counted kind that occurred in the last 365 days.
    public func zonesUnderReview(participant code: String) async throws -> [String] {
        let today = self.today
        let definition = configuration.conflictDefinition
        return try await database.read { db in
            let incidents = try await db.raw(
                """
                SELECT \(Self.incidentColumns) FROM incidents WHERE verification = 'corroborated'\
                 AND participant_code = \(bind: code) AND zone_code IS NOT NULL
                """
            ).all().map(Self.incident(from:))
            return definition.affectedZones(incidents, from: today.adding(days: -365), before: today.adding(days: 1))
                .sorted()
        }
    }
}
