import KPCSCore
import SQLKit

/// What the verification benchmark needs beyond the public API: a scheme history with many voided certificates.
extension KeyStore {
    /// Adds `count` voided copies of a certificate (numbers suffixed `-V1`, `-V2`…) with their `voided` events, in
    /// SQL. Only for benchmarks: the copies share the original's seal and are not in the log.
    @_spi(Benchmarks)
    public func addVoidedCopiesForBenchmark(of number: String, count: Int) async throws {
        guard count > 0 else { return }
        try await transaction { db in
            try await db.raw(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(bind: Int64(count)))
                INSERT INTO certificates (number, exporting_participant, importing_participant, issuing_authority_id,
                exporter_id, importer_id, origin_kind, origin_countries, issued_at, issued_on, expires_on, state,\
                 replaces,
                void_reason, year, sequence, total_carats_x100, total_value_usd_cents, total_parcels, issued_by, seal,\
                 seal_kid)
                SELECT c.number || '-V' || n.i, c.exporting_participant, c.importing_participant,\
                 c.issuing_authority_id,
                c.exporter_id, c.importer_id, c.origin_kind, c.origin_countries, c.issued_at, c.issued_on, c.expires_on,
                'voided', NULL, 'benchmark', c.year, c.sequence + 10000000 + n.i, c.total_carats_x100,
                c.total_value_usd_cents, c.total_parcels, c.issued_by, c.seal, c.seal_kid
                FROM certificates c, n WHERE c.number = \(bind: number)
                """
            ).run()
            try await db.raw(
                """
                INSERT INTO certificate_events (certificate_number, type, at, actor, authority_id, detail)
                SELECT number, 'voided', issued_at, 'benchmark', issuing_authority_id, 'benchmark' FROM certificates
                WHERE number LIKE \(bind: number + "-V%")
                """
            ).run()
        }
    }
}
