import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// A certificate to issue in a batch, by an officer, as of an instant (a past one when loading history).
struct BatchIssue: Sendable {
    var draft: CertificateDraft
    var principal: Principal
    var at: Date
}

/// The importing authority's answer to a certificate, or the issuing authority's void, as of an instant.
struct BatchAnswer: Sendable {
    enum Kind: Sendable {
        case confirm(ConfirmationDraft)
        case void(reason: String)
    }

    var record: CertificateRecord
    var kind: Kind
    var principal: Principal
    var at: Date
}

/// Issues and answers many certificates per transaction, for loading a year of history (`kpcs demo generate`).
/// Every certificate passes the same rules, gets the same numbers, seal, events and log leaves as one issued
/// through the API; only the SQL is batched. Replacements are not batched (they need the voided certificate).
extension CertificateStore {
    func issueBatch(_ items: [BatchIssue]) async throws -> [CertificateRecord] {
        guard !items.isEmpty else { return [] }
        let validity = configuration.validity
        return try await transaction { db in
            let participants = try await db.raw("SELECT * FROM participants").all().map(RegistryStore.participant(from:))
            let participantByCode = Dictionary(uniqueKeysWithValues: participants.map { ($0.code, $0) })
            let ids: [any Encodable & Sendable] = Array(Set(items.flatMap { [$0.draft.exporterId, $0.draft.importerId].compactMap { $0 } }))
            let companies = ids.isEmpty ? [] : try await db.raw("SELECT * FROM companies WHERE id IN (\(binds: ids))").all().map(RegistryStore.company(from:))
            let companyById = Dictionary(uniqueKeysWithValues: companies.map { ($0.id, $0) })

            var issued: [(issue: ValidIssue, authority: Authority, context: IssueContext, item: BatchIssue)] = []
            for item in items {
                let authority = try IssueRules.authorize(item.principal, draft: item.draft)
                guard let exporting = participantByCode[authority.participantCode] else {
                    throw StoreCorruption.badValue("participant_code", authority.participantCode)
                }
                let context = IssueContext(
                    exportingParticipant: exporting, importingParticipant: item.draft.importingParticipant.flatMap { participantByCode[$0] },
                    exporter: item.draft.exporterId.flatMap { companyById[$0] }, importer: item.draft.importerId.flatMap { companyById[$0] },
                    replaced: nil, today: CalendarDate(utcDayOf: item.at), validity: validity)
                issued.append((try IssueRules.validate(item.draft, authority: authority, context: context), authority, context, item))
            }

            // One counter update per participant and year reserves a whole range of numbers.
            var nextSequence: [String: Int64] = [:]
            let counts = Dictionary(grouping: issued) { "\($0.issue.exportingParticipant)|\($0.issue.issuedOn.year)" }
            for key in counts.keys.sorted() {
                guard let first = counts[key]?.first else { continue }
                let count = Int64(counts[key]?.count ?? 0)
                guard
                    let last = try await db.raw(
                        """
                        INSERT INTO certificate_counters (participant_code, year, last_sequence)
                        VALUES (\(bind: first.issue.exportingParticipant), \(bind: Int64(first.issue.issuedOn.year)), \(bind: count))
                        ON CONFLICT (participant_code, year) DO UPDATE SET last_sequence = certificate_counters.last_sequence + \(bind: count)
                        RETURNING last_sequence
                        """
                    ).first()?.int("last_sequence")
                else { throw StoreCorruption.badValue("last_sequence", "none returned") }
                try Self.checkSequence(last, participant: first.issue.exportingParticipant, year: first.issue.issuedOn.year)
                nextSequence[key] = last - count + 1
            }

            var keys: [Int64: SigningKeyPair] = [:]
            var rows: [IssuedRow] = []
            for entry in issued {
                let key = "\(entry.issue.exportingParticipant)|\(entry.issue.issuedOn.year)"
                let sequence = nextSequence[key] ?? 1
                nextSequence[key] = sequence + 1
                let issuedAt = Timestamp.string(entry.item.at)
                let number = CertificateNumber.make(participant: entry.issue.exportingParticipant, year: entry.issue.issuedOn.year, sequence: sequence)
                var record = CertificateRecord(issued: entry.issue, number: number, issuedAt: issuedAt, authority: entry.authority, context: entry.context)
                let signingKey: SigningKeyPair
                if let cached = keys[entry.authority.id] {
                    signingKey = cached
                } else {
                    signingKey = try await db.currentSigningKey(authorityId: entry.authority.id, at: issuedAt)
                    keys[entry.authority.id] = signingKey
                }
                let seal = try Seal.make(
                    SealClaims(record, sealedAt: Int64(entry.item.at.timeIntervalSince1970.rounded(.down))), keyId: signingKey.kid,
                    key: signingKey.privateKey)
                guard seal.utf8.count <= Seal.maximumLength else {
                    throw KPCSError.invalid(.sealTooLarge, arguments: [String(seal.utf8.count), String(Seal.maximumLength)])
                }
                record.seal = seal
                rows.append(
                    IssuedRow(record: record, year: entry.issue.issuedOn.year, sequence: sequence, issuedBy: entry.item.principal.accountId, sealKid: signingKey.kid))
            }
            try await Self.insertCertificateRows(rows, in: db)
            try await Self.insertLineRows(rows.map(\.record), in: db)
            try await db.recordEvents(
                zip(rows, issued).map { row, entry in
                    EventRow(
                        certificate: LoggedCertificate(row.record), type: .issued, at: row.record.certificate.issuedAt,
                        actor: entry.item.principal.username, authorityId: entry.authority.id, detail: nil)
                })
            return rows.map(\.record)
        }
    }

    /// Confirms, refuses or voids many issued certificates in one transaction, each through its rules.
    func answerBatch(_ items: [BatchAnswer]) async throws {
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
            let moves = Dictionary(grouping: confirmations.map { ($0.1.record.certificate.number, $0.0.outcome.rawValue, nil as String?) }
                + voids.map { ($0.1.record.certificate.number, CertificateState.voided.rawValue, $0.0 as String?) }) { "\($0.1)|\($0.2 ?? "")" }
            for group in moves.values {
                for chunk in group.chunked(by: 500) {
                    let numbers: [any Encodable & Sendable] = chunk.map(\.0)
                    let moved = try await db.raw(
                        """
                        UPDATE certificates SET state = \(bind: chunk[chunk.startIndex].1), void_reason = \(bind: chunk[chunk.startIndex].2)
                        WHERE state = 'issued' AND number IN (\(binds: numbers)) RETURNING number
                        """
                    ).all()
                    guard moved.count == chunk.count else {
                        throw KPCSError.conflict(.certificateNotIssued, arguments: [chunk[chunk.startIndex].0, "?"])
                    }
                }
            }
            for chunk in confirmations.chunked(by: 200) {
                let values: [SQLQueryString] = chunk.map { confirmation, item in
                    """
                    (\(bind: item.record.certificate.number), \(bind: confirmation.outcome.rawValue), \(bind: confirmation.receivedOn?.description),
                    \(bind: confirmation.reason), \(bind: confirmation.recordedAt), \(bind: confirmation.authorityId), \(bind: item.principal.accountId))
                    """
                }
                try await db.raw(
                    """
                    INSERT INTO confirmations (certificate_number, outcome, received_on, reason, recorded_at, authority_id, recorded_by)
                    VALUES \(values.joined(separator: ", "))
                    """
                ).run()
            }
            try await db.touchStatistics(years: Set(confirmations.compactMap { $0.0.receivedOn?.year }))
            let lines = confirmations.flatMap { confirmation, item in confirmation.lines.map { (item.record.certificate.number, $0) } }
            for chunk in lines.chunked(by: 500) {
                let values: [SQLQueryString] = chunk.map { number, line in
                    "(\(bind: number), \(bind: line.hsCode.rawValue), \(bind: line.caratsX100), \(bind: line.parcels))"
                }
                try await db.raw(
                    "INSERT INTO confirmation_lines (certificate_number, hs_code, carats_x100, parcels) VALUES \(values.joined(separator: ", "))"
                ).run()
            }
            let events =
                confirmations.map { confirmation, item in
                    EventRow(
                        certificate: LoggedCertificate(item.record), type: CertificateEventType(rawValue: confirmation.outcome.rawValue) ?? .confirmed,
                        at: confirmation.recordedAt, actor: item.principal.username, authorityId: confirmation.authorityId,
                        detail: confirmation.outcome == .refused ? confirmation.reason : Self.describe(confirmation.differences))
                }
                + voids.map { reason, item in
                    EventRow(
                        certificate: LoggedCertificate(item.record), type: .voided, at: Timestamp.string(item.at), actor: item.principal.username,
                        authorityId: item.principal.authority?.id, detail: reason)
                }
            try await db.recordEvents(events)
        }
    }
}
