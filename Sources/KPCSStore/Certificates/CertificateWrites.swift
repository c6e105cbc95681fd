import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The certificate's life after issue: confirm or refuse, void, expire. Each is one transaction that writes the
/// change and its event together, or nothing.
extension CertificateStore {
    /// Records the importing authority's answer: receipt (confirmed or discrepancy) or refusal. Only once.
    public func confirm(
        _ number: String, _ draft: ConfirmationDraft, by principal: Principal
    ) async throws -> CertificateRecord {
        let number = CertificateNumber.normalized(number)
        let now = self.now
        let recordedAt = Timestamp.string(now)
        let today = CalendarDate(utcDayOf: now)
        return try await transaction { db in
            let record = try await Self.existing(number, in: db)
            let authority = try ConfirmationRules.authorize(principal, certificate: record.certificate)
            let confirmation = try ConfirmationRules.decide(
                draft, certificate: record.certificate, authority: authority, today: today, recordedAt: recordedAt)
            try record.certificate.checkMove(to: confirmation.outcome)
            try await Self.move(number, to: confirmation.outcome, voidReason: nil, in: db)
            try await db.raw(
                """
                INSERT INTO confirmations (certificate_number, outcome, received_on, reason, recorded_at,\
                 authority_id, recorded_by)
                VALUES (\(bind: number), \(bind: confirmation.outcome.rawValue),\
                 \(bind: confirmation.receivedOn?.description),
                \(bind: confirmation.reason), \(bind: recordedAt), \(bind: authority.id), \(bind: principal.accountId))
                """
            ).run()
            for line in confirmation.lines {
                try await db.raw(
                    """
                    INSERT INTO confirmation_lines (certificate_number, hs_code, carats_x100, parcels)
                    VALUES (\(bind: number), \(bind: line.hsCode.rawValue), \(bind: line.caratsX100),\
                     \(bind: line.parcels))
                    """
                ).run()
            }
            // Imports count by the day of receipt, which may fall in another year than the issue.
            try await db.touchStatistics(years: Set([confirmation.receivedOn?.year].compactMap { $0 }))
            let detail =
                confirmation.outcome == .refused ? confirmation.reason : Self.describe(confirmation.differences)
            try await db.recordEvent(
                CertificateEventType(rawValue: confirmation.outcome.rawValue) ?? .confirmed,
                of: LoggedCertificate(record),
                at: recordedAt, actor: principal.username, authorityId: authority.id, detail: detail)
            return try await Self.existing(number, in: db)
        }
    }

    /// Voids an issued certificate, with a reason. Only its issuing authority may.
    public func void(_ number: String, reason: String?, by principal: Principal) async throws -> CertificateRecord {
        let number = CertificateNumber.normalized(number)
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            let record = try await Self.existing(number, in: db)
            try VoidRules.authorize(principal, certificate: record.certificate)
            let reason = try ReasonRule.require(reason)
            try await Self.move(number, to: .voided, voidReason: reason, in: db)
            try await db.recordEvent(
                .voided, of: LoggedCertificate(record), at: recordedAt, actor: principal.username,
                authorityId: principal.authority?.id, detail: reason)
            return try await Self.existing(number, in: db)
        }
    }

    /// Moves every issued certificate whose expiry day has passed to `expired`, with its event. Safe to run
    /// from several processes at once: each certificate moves once. Returns the numbers expired.
    @discardableResult
    public func expireOverdue() async throws -> [String] {
        let now = self.now
        let at = Timestamp.string(now)
        let latest = ExpiryRule.latestExpiredDay(today: CalendarDate(utcDayOf: now)).description
        let movable = CertificateState.movable(to: .expired).map(\.rawValue)
        return try await transaction { db in
            let expired = try await db.raw(
                """
                UPDATE certificates SET state = 'expired'
                WHERE state IN (\(binds: movable)) AND expires_on <= \(bind: latest)
                RETURNING number, exporting_participant, importing_participant, seal
                """
            ).all().map { row in
                LoggedCertificate(
                    number: try row.string("number"), exporting: try row.string("exporting_participant"),
                    importing: try row.string("importing_participant"), seal: try row.optionalString("seal"))
            }.sorted { $0.number < $1.number }
            // One batch append for the whole run: a midnight with thousands of expiries stays a few statements.
            try await db.recordEvents(
                expired.map {
                    EventRow(certificate: $0, type: .expired, at: at, actor: "system", authorityId: nil, detail: nil)
                })
            return expired.map(\.number)
        }
    }

    // MARK: helpers

    static func existing(_ number: String, in db: any SQLDatabase) async throws -> CertificateRecord {
        let stored = CertificateNumber.normalized(number)
        guard let record = try await records(where: "c.number = \(bind: stored)", in: db).first else {
            throw KPCSError.notFound(CertificateMessage.certificateUnknown(number: number))
        }
        return record
    }

    /// The state change Core allowed, guarded in SQL by the same state machine: of two racing writers only one
    /// still finds the certificate in a state it may leave.
    static func move(
        _ number: String, to state: CertificateState, voidReason: String?, in db: any SQLDatabase
    ) async throws {
        let movable = CertificateState.movable(to: state).map(\.rawValue)
        let moved = try await db.raw(
            """
            UPDATE certificates SET state = \(bind: state.rawValue), void_reason = \(bind: voidReason)
            WHERE number = \(bind: number) AND state IN (\(binds: movable)) RETURNING state
            """
        ).first()
        if moved == nil {
            let current = try await db.raw("SELECT state FROM certificates WHERE number = \(bind: number)").first()?
                .string("state")
            throw KPCSError.conflict(CertificateMessage.certificateNotIssued(number: number, state: current ?? "?"))
        }
    }

    static func describe(_ differences: [LineDifference]) -> String? {
        guard !differences.isEmpty else { return nil }
        return differences.map {
            """
            \($0.hsCode.rawValue): caratsX100 \($0.certifiedCaratsX100)→\($0.receivedCaratsX100), parcels\
             \($0.certifiedParcels)→\($0.receivedParcels)
            """
        }.joined(separator: "; ")
    }
}

extension BusinessTransaction {
    /// Writes a certificate's event and its transparency-log leaf, in this transaction.
    func recordEvent(
        _ type: CertificateEventType, of certificate: LoggedCertificate, at: String, actor: String, authorityId: Int64?,
        detail: String?
    ) async throws {
        try await recordEvents(
            [
                EventRow(
                    certificate: certificate, type: type, at: at, actor: actor, authorityId: authorityId, detail: detail
                )
            ])
    }
}

/// What the public log records of a certificate: its number, both participants and its seal (hashed there).
struct LoggedCertificate: Sendable {
    let number: String
    let exporting: String
    let importing: String
    let seal: String?

    init(number: String, exporting: String, importing: String, seal: String?) {
        self.number = number
        self.exporting = exporting
        self.importing = importing
        self.seal = seal
    }

    init(_ record: CertificateRecord) {
        self.init(
            number: record.certificate.number, exporting: record.certificate.exportingParticipant,
            importing: record.certificate.importingParticipant, seal: record.seal)
    }
}
