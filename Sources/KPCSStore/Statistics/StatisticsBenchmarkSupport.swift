import Foundation
import KPCSCore
import SQLKit

/// What the statistics benchmark needs beyond the public API: a fast way to multiply a generated year, and the
/// plain one-query baseline the summary is compared with.
extension StatisticsStore {
    /// Copies every certificate of the database `times - 1` more times (numbers suffixed `-R2`, `-R3`…), with its
    /// lines and confirmation, in SQL. Only for benchmarks: copies share seals and are not in the log.
    @_spi(Benchmarks)
    public func replicateCertificatesForBenchmark(times: Int) async throws {
        guard times > 1 else { return }
        try await transaction { db in
            for copy in 2...times {
                let suffix = "-R\(copy)"
                let offset = Int64(copy) * 10_000_000
                try await db.raw(
                    """
                    INSERT INTO certificates (number, exporting_participant, importing_participant,\
                     issuing_authority_id, exporter_id,
                    importer_id, origin_kind, origin_countries, issued_at, issued_on, expires_on, state, replaces,\
                     void_reason, year,
                    sequence, total_carats_x100, total_value_usd_cents, total_parcels, issued_by, seal, seal_kid)
                    SELECT number || \(bind: suffix), exporting_participant, importing_participant,\
                     issuing_authority_id, exporter_id,
                    importer_id, origin_kind, origin_countries, issued_at, issued_on, expires_on, state, NULL,\
                     void_reason, year,
                    sequence + \(bind: offset), total_carats_x100, total_value_usd_cents, total_parcels, issued_by,\
                     seal, seal_kid
                    FROM certificates WHERE number NOT LIKE '%-R%'
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO certificate_lines (certificate_number, hs_code, carats_x100, value_usd_cents, parcels)
                    SELECT certificate_number || \(bind: suffix), hs_code, carats_x100, value_usd_cents, parcels
                    FROM certificate_lines WHERE certificate_number NOT LIKE '%-R%'
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO confirmations (certificate_number, outcome, received_on, reason, recorded_at,\
                     authority_id, recorded_by)
                    SELECT certificate_number || \(bind: suffix), outcome, received_on, reason, recorded_at,\
                     authority_id, recorded_by
                    FROM confirmations WHERE certificate_number NOT LIKE '%-R%'
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO confirmation_lines (certificate_number, hs_code, carats_x100, parcels)
                    SELECT certificate_number || \(bind: suffix), hs_code, carats_x100, parcels
                    FROM confirmation_lines WHERE certificate_number NOT LIKE '%-R%'
                    """
                ).run()
            }
            let years = try await db.raw("SELECT DISTINCT year FROM certificates").all().map { Int(try $0.int("year")) }
            try await db.touchStatistics(years: Set(years))
        }
        if database.engine == .postgres {
            try await transaction { db in try await db.raw("ANALYZE").run() }
        }
    }

    /// The baseline: the summary's sums (exports and imports per participant: carats, USD, certificates, and
    /// production) written as one plain SQL query. Returns the number of participant rows.
    @_spi(Benchmarks)
    public func plainSummaryQueryForBenchmark(_ period: StatisticsPeriod) async throws -> Int {
        let from = period.start.description
        let to = period.end.description
        let halves: [any Encodable & Sendable] = period.halves.map { Int64($0) }
        return try await database.read { db in
            try await db.raw(
                """
                SELECT participant, SUM(ec) AS ec, SUM(ev) AS ev, SUM(en) AS en, SUM(ic) AS ic, SUM(iv) AS iv,
                COUNT(DISTINCT inum) AS inn, SUM(pc) AS pc, SUM(pv) AS pv FROM (
                  SELECT exporting_participant AS participant, total_carats_x100 AS ec, total_value_usd_cents AS ev, 1\
                 AS en,
                  0 AS ic, 0 AS iv, NULL AS inum, 0 AS pc, 0 AS pv
                  FROM certificates WHERE state <> 'voided' AND issued_on >= \(bind: from) AND issued_on < \(bind: to)
                  UNION ALL
                  SELECT c.importing_participant, 0, 0, 0, r.carats_x100, l.value_usd_cents, c.number, 0, 0
                  FROM confirmations f JOIN certificates c ON c.number = f.certificate_number
                  JOIN confirmation_lines r ON r.certificate_number = f.certificate_number
                  JOIN certificate_lines l ON l.certificate_number = r.certificate_number AND l.hs_code = r.hs_code
                  WHERE f.outcome IN ('confirmed', 'discrepancy') AND f.received_on >= \(bind: from) AND f.received_on\
                 < \(bind: to)
                  UNION ALL
                  SELECT participant_code, 0, 0, 0, 0, 0, NULL, total_carats_x100, total_value_usd_cents FROM\
                 production_reports
                  WHERE year = \(bind: period.year) AND half IN (\(binds: halves)) AND superseded_at IS NULL
                ) t GROUP BY participant
                """
            ).all().count
        }
    }
}
