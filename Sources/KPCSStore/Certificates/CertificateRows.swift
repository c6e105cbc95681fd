import KPCSCore
import KPCSSeal
import SQLKit

/// A certificate about to be written, with what its row holds beyond the record.
struct IssuedRow: Sendable {
    var record: CertificateRecord
    var year: Int
    var sequence: Int64
    var issuedBy: Int64
    var sealKid: String
}

/// A certificate event about to be written with its log leaf.
struct EventRow: Sendable {
    var certificate: LoggedCertificate
    var type: CertificateEventType
    var at: String
    var actor: String
    var authorityId: Int64?
    var detail: String?
}

/// The multi-row inserts that the single issue and the batch path (demo year) share: one statement per chunk,
/// so a thousand certificates cost a handful of statements.
extension CertificateStore {
    static func insertCertificateRows(_ rows: [IssuedRow], in db: any SQLDatabase) async throws {
        for chunk in rows.chunked(by: 200) {
            let values: [SQLQueryString] = chunk.map { row in
                let c = row.record.certificate
                return """
                    (\(bind: c.number), \(bind: c.exportingParticipant), \(bind: c.importingParticipant),\
                     \(bind: c.issuingAuthorityId),
                    \(bind: c.exporterId), \(bind: c.importerId), \(bind: c.origin.kind),\
                     \(bind: c.origin.countries.joined(separator: ",")), \(bind: c.originZone),
                    \(bind: c.issuedAt), \(bind: c.issuedOn.description), \(bind: c.expiresOn.description), 'issued',\
                     \(bind: c.replaces),
                    \(bind: Int64(row.year)), \(bind: row.sequence), \(bind: c.totals.caratsX100),\
                     \(bind: c.totals.valueUsdCents),
                    \(bind: c.totals.parcels), \(bind: row.issuedBy), \(bind: row.record.seal), \(bind: row.sealKid))
                    """
            }
            try await db.raw(
                """
                INSERT INTO certificates (number, exporting_participant, importing_participant, issuing_authority_id,
                exporter_id, importer_id, origin_kind, origin_countries, origin_zone, issued_at, issued_on, expires_on,\
                 state, replaces,
                year, sequence, total_carats_x100, total_value_usd_cents, total_parcels, issued_by, seal, seal_kid)
                VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
    }

    static func insertLineRows(_ records: [CertificateRecord], in db: any SQLDatabase) async throws {
        let lines = records.flatMap { record in record.certificate.lines.map { (record.certificate.number, $0) } }
        for chunk in lines.chunked(by: 500) {
            let values: [SQLQueryString] = chunk.map { number, line in
                """
                (\(bind: number), \(bind: line.hsCode.rawValue), \(bind: line.caratsX100),\
                 \(bind: line.valueUsdCents), \(bind: line.parcels))
                """
            }
            try await db.raw(
                """
                INSERT INTO certificate_lines (certificate_number, hs_code, carats_x100, value_usd_cents, parcels)\
                 VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
    }
}

extension BusinessTransaction {
    /// Writes events and their transparency-log leaves, in the caller's transaction, in the order given, and raises
    /// the statistics version of each certificate's year of issue (its number's year).
    func recordEvents(_ events: [EventRow]) async throws {
        let db = self
        try await touchStatistics(
            years: Set(events.compactMap { CertificateNumber.parse($0.certificate.number)?.year }))
        let leaves = try await appendToLog(
            events.map {
                .certificate(
                    $0.type.rawValue, at: $0.at, number: $0.certificate.number, exporting: $0.certificate.exporting,
                    importing: $0.certificate.importing, seal: $0.certificate.seal)
            })
        for chunk in Array(zip(events, leaves)).chunked(by: 500) {
            let values: [SQLQueryString] = chunk.map { event, leaf in
                """
                (\(bind: event.certificate.number), \(bind: event.type.rawValue), \(bind: event.at),\
                 \(bind: event.actor),
                \(bind: event.authorityId), \(bind: event.detail), \(bind: leaf))
                """
            }
            try await db.raw(
                """
                INSERT INTO certificate_events (certificate_number, type, at, actor, authority_id, detail, leaf_index)
                VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension CertificateStore {
    /// Refuses a sequence past the six digits of a certificate number (``QuantityBounds/maximumSequence``); the
    /// transaction then rolls back, counter included.
    static func checkSequence(_ sequence: Int64, participant: String, year: Int) throws {
        guard sequence <= QuantityBounds.maximumSequence else {
            throw KPCSError.conflict(
                CertificateMessage.sequenceExhausted(
                    participant: participant, count: String(QuantityBounds.maximumSequence), year: String(year)))
        }
    }
}
