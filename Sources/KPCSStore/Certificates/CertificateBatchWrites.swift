import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The importing authority's answer to a certificate, or the issuing authority's void, as of an instant.
public struct BatchAnswer: Sendable {
    public enum Kind: Sendable {
        case confirm(ConfirmationDraft)
        case void(reason: String)
    }

    public var record: CertificateRecord
    public var kind: Kind
    public var principal: Principal
    public var at: Date

    public init(record: CertificateRecord, kind: Kind, principal: Principal, at: Date) {
        self.record = record
        self.kind = kind
        self.principal = principal
        self.at = at
    }
}

/// Answers many certificates per transaction, for loading a year of history (`kpcs demo generate`): every answer
/// passes the same rules and writes the same rows, events and log leaves as one given through the API.
extension CertificateStore {
    /// Confirms, refuses or voids many issued certificates in one transaction, each through its rules.
    public func answerBatch(_ items: [BatchAnswer]) async throws {
        guard !items.isEmpty else { return }
        try await transaction { db in
            var confirmations: [(Confirmation, BatchAnswer)] = []
            var voids: [(String, BatchAnswer)] = []
            for item in items {
                let certificate = item.record.certificate
                switch item.kind {
                case .confirm(let draft):
                    let authority = try ConfirmationRules.authorize(item.principal, certificate: certificate)
                    let confirmation = try ConfirmationRules.decide(
                        draft, certificate: certificate, authority: authority, today: CalendarDate(utcDayOf: item.at),
                        recordedAt: Timestamp.string(item.at))
                    confirmations.append((confirmation, item))
                case .void(let reason):
                    try VoidRules.authorize(item.principal, certificate: certificate)
                    voids.append((try ReasonRule.require(reason), item))
                }
            }
            // The state changes, guarded in SQL as for one certificate: each must find its certificate issued.
            let moves = Dictionary(
                grouping: confirmations.map { ($0.1.record.certificate.number, $0.0.outcome.rawValue, nil as String?) }
                    + voids.map { ($0.1.record.certificate.number, CertificateState.voided.rawValue, $0.0 as String?) }
            ) { "\($0.1)|\($0.2 ?? "")" }
            for group in moves.values {
                for chunk in group.chunked(by: 500) {
                    let numbers: [any Encodable & Sendable] = chunk.map(\.0)
                    let moved = try await db.raw(
                        """
                        UPDATE certificates SET state = \(bind: chunk[chunk.startIndex].1), void_reason =\
                         \(bind: chunk[chunk.startIndex].2)
                        WHERE state = 'issued' AND number IN (\(binds: numbers)) RETURNING number
                        """
                    ).all()
                    guard moved.count == chunk.count else {
                        throw KPCSError.conflict(
                            CertificateMessage.certificateNotIssued(number: chunk[chunk.startIndex].0, state: "?"))
                    }
                }
            }
            for chunk in confirmations.chunked(by: 200) {
                let values: [SQLQueryString] = chunk.map { confirmation, item in
                    """
                    (\(bind: item.record.certificate.number), \(bind: confirmation.outcome.rawValue),\
                     \(bind: confirmation.receivedOn?.description),
                    \(bind: confirmation.reason), \(bind: confirmation.recordedAt), \(bind: confirmation.authorityId),\
                     \(bind: item.principal.accountId))
                    """
                }
                try await db.raw(
                    """
                    INSERT INTO confirmations (certificate_number, outcome, received_on, reason, recorded_at,\
                     authority_id, recorded_by)
                    VALUES \(values.joined(separator: ", "))
                    """
                ).run()
            }
            try await db.touchStatistics(years: Set(confirmations.compactMap { $0.0.receivedOn?.year }))
            let lines = confirmations.flatMap { confirmation, item in
                confirmation.lines.map { (item.record.certificate.number, $0) }
            }
            for chunk in lines.chunked(by: 500) {
                let values: [SQLQueryString] = chunk.map { number, line in
                    "(\(bind: number), \(bind: line.hsCode.rawValue), \(bind: line.caratsX100), \(bind: line.parcels))"
                }
                try await db.raw(
                    """
                    INSERT INTO confirmation_lines (certificate_number, hs_code, carats_x100, parcels) VALUES\
                     \(values.joined(separator: ", "))
                    """
                ).run()
            }
            let events =
                confirmations.map { confirmation, item in
                    EventRow(
                        certificate: LoggedCertificate(item.record),
                        type: CertificateEventType(rawValue: confirmation.outcome.rawValue) ?? .confirmed,
                        at: confirmation.recordedAt, actor: item.principal.username,
                        authorityId: confirmation.authorityId,
                        detail: confirmation.outcome == .refused
                            ? confirmation.reason : Self.describe(confirmation.differences))
                }
                + voids.map { reason, item in
                    EventRow(
                        certificate: LoggedCertificate(item.record), type: .voided, at: Timestamp.string(item.at),
                        actor: item.principal.username,
                        authorityId: item.principal.authority?.id, detail: reason)
                }
            try await db.recordEvents(events)
        }
    }
}
