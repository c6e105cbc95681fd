import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// A certificate to issue, by an officer, as of an instant (now, or a past one when loading history).
public struct IssueRequest: Sendable {
    public var draft: CertificateDraft
    public var principal: Principal
    public var at: Date

    public init(draft: CertificateDraft, principal: Principal, at: Date) {
        self.draft = draft
        self.principal = principal
        self.at = at
    }
}

/// Issuing, the one path: one certificate through the API or a thousand through the demo year take the same rules,
/// the same numbering, sealing and seal-size rule, and write the same rows, events and log leaves in one
/// transaction; only the SQL is batched.
extension CertificateStore {
    /// Runs every issue rule and stores nothing: the dry run behind `POST /certificates/validate`.
    public func validate(_ draft: CertificateDraft, by principal: Principal) async throws -> ValidIssue {
        let request = IssueRequest(draft: draft, principal: principal, at: now)
        let authority = try IssueRules.authorize(principal, draft: draft)
        let validity = configuration.validity
        return try await database.read { db in
            let context = try await Self.issueContexts([(request, authority)], validity: validity, in: db)[0]
            return try IssueRules.validate(draft, authority: authority, context: context)
        }
    }

    /// Issues a certificate: validates, takes the next number of the participant's yearly series, seals it, writes
    /// the certificate, its lines and its `issued` event with its log leaf in one transaction.
    public func issue(_ draft: CertificateDraft, by principal: Principal) async throws -> CertificateRecord {
        try await issue([IssueRequest(draft: draft, principal: principal, at: now)])[0]
    }

    /// Issues every certificate or none, in the order given.
    public func issue(_ requests: [IssueRequest]) async throws -> [CertificateRecord] {
        guard !requests.isEmpty else { return [] }
        // Who may issue is decided before any transaction opens.
        let authorized = try requests.map { ($0, try IssueRules.authorize($0.principal, draft: $0.draft)) }
        let validity = configuration.validity
        let fault = configuration.faultInjector
        // A decision past its deadline takes effect before anything is issued: its closing commits on its own
        // (so a refused issue does not undo it), and the check inside the issue's transaction closes the window
        // of a deadline passing in between.
        try await GovernanceStore(context: context).closeDue()
        return try await transaction { db in
            try await db.closeDueDecisions()
            let contexts = try await Self.issueContexts(authorized, validity: validity, in: db)
            let issues = try zip(authorized, contexts).map { pair, context in
                try IssueRules.validate(pair.0.draft, authority: pair.1, context: context)
            }
            let sequences = try await Self.allocateNumbers(issues, in: db)
            try fault?(.numberAllocated)
            let officers = try await Self.issuingOfficers(Set(authorized.map { $0.0.principal.accountId }), in: db)
            var keys: [Int64: SigningKeyPair] = [:]
            var rows: [IssuedRow] = []
            for (index, issue) in issues.enumerated() {
                let (request, authority) = authorized[index]
                let issuedAt = Timestamp.string(request.at)
                let number = CertificateNumber.make(
                    participant: issue.exportingParticipant, year: issue.issuedOn.year, sequence: sequences[index])
                var record = CertificateRecord(
                    issued: issue, number: number, issuedAt: issuedAt, authority: authority, context: contexts[index])
                record.issuedBy = officers[request.principal.accountId]
                let key: SigningKeyPair
                if let opened = keys[authority.id] {
                    key = opened
                } else {
                    key = try await db.currentSigningKey(authorityId: authority.id, at: issuedAt)
                    keys[authority.id] = key
                }
                record.seal = try Self.seal(record, at: request.at, with: key)
                rows.append(
                    IssuedRow(
                        record: record, year: issue.issuedOn.year, sequence: sequences[index],
                        issuedBy: request.principal.accountId, sealKid: key.kid))
            }
            try fault?(.sealed)
            try await Self.insertCertificateRows(rows, in: db)
            try fault?(.certificateInserted)
            try await Self.insertLineRows(rows.map(\.record), in: db)
            try fault?(.linesInserted)
            try await db.recordEvents(
                zip(rows, authorized).map { row, pair in
                    EventRow(
                        certificate: LoggedCertificate(row.record), type: .issued, at: row.record.certificate.issuedAt,
                        actor: pair.0.principal.username, authorityId: pair.1.id,
                        detail: row.record.certificate.replaces.map { "replaces \($0)" })
                })
            try fault?(.eventInserted)
            return rows.map(\.record)
        }
    }

    /// The seal of a certificate, refused when it would not fit the QR code (``Seal/maximumLength``).
    static func seal(_ record: CertificateRecord, at instant: Date, with key: SigningKeyPair) throws -> String {
        let seal = try Seal.make(
            SealClaims(record, sealedAt: Int64(instant.timeIntervalSince1970.rounded(.down))), keyId: key.kid,
            key: key.privateKey)
        guard seal.utf8.count <= Seal.maximumLength else {
            throw KPCSError.invalid(
                CertificateMessage.sealTooLarge(bytes: String(seal.utf8.count), maximum: String(Seal.maximumLength)))
        }
        return seal
    }

    /// Takes the next numbers of each participant's yearly series: one counter update per participant and year
    /// reserves the whole range, and the transaction's rollback gives it back, so no number is ever skipped.
    static func allocateNumbers(_ issues: [ValidIssue], in db: any SQLDatabase) async throws -> [Int64] {
        func series(_ issue: ValidIssue) -> String { "\(issue.exportingParticipant)|\(issue.issuedOn.year)" }
        var next: [String: Int64] = [:]
        let groups = Dictionary(grouping: issues, by: series)
        for key in groups.keys.sorted() {
            guard let first = groups[key]?.first else { continue }
            let count = Int64(groups[key]?.count ?? 0)
            let participant = first.exportingParticipant
            let year = first.issuedOn.year
            guard
                let last = try await db.raw(
                    """
                    INSERT INTO certificate_counters (participant_code, year, last_sequence)
                    VALUES (\(bind: participant), \(bind: Int64(year)), \(bind: count))
                    ON CONFLICT (participant_code, year)
                    DO UPDATE SET last_sequence = certificate_counters.last_sequence + \(bind: count)
                    RETURNING last_sequence
                    """
                ).first()?.int("last_sequence")
            else { throw StoreCorruption.badValue("last_sequence", "none returned") }
            try checkSequence(last, participant: participant, year: year)
            next[key] = last - count + 1
        }
        return issues.map { issue in
            let key = series(issue)
            let sequence = next[key] ?? 1
            next[key] = sequence + 1
            return sequence
        }
    }

    /// What the issue rules need of each request, in a few queries whatever the count: the participants, the
    /// companies, the certificates replaced, and the zones.
    static func issueContexts(
        _ requests: [(IssueRequest, Authority)], validity: ValidityPolicy, in db: any SQLDatabase
    ) async throws -> [IssueContext] {
        let codes = Set(
            requests.flatMap { [$0.1.participantCode] + ($0.0.draft.importingParticipant.map { [$0] } ?? []) })
        let participants = try await db.raw("SELECT * FROM participants WHERE code IN (\(binds: codes.sorted()))").all()
            .map(RegistryStore.participant(from:))
        let participantByCode = Dictionary(uniqueKeysWithValues: participants.map { ($0.code, $0) })
        let ids = Set(requests.flatMap { [$0.0.draft.exporterId, $0.0.draft.importerId].compactMap { $0 } })
        let companies =
            ids.isEmpty
            ? []
            : try await db.raw("SELECT * FROM companies WHERE id IN (\(binds: ids.sorted()))")
                .all().map(RegistryStore.company(from:))
        let companyById = Dictionary(uniqueKeysWithValues: companies.map { ($0.id, $0) })
        let replacedNumbers = Set(requests.compactMap { $0.0.draft.replaces.map(CertificateNumber.normalized) })
        let replaced =
            replacedNumbers.isEmpty
            ? []
            : try await records(
                where: "c.number IN (\(binds: replacedNumbers.sorted()))", in: db)
        let replacedByNumber = Dictionary(
            uniqueKeysWithValues: replaced.map { ($0.certificate.number, $0.certificate) })
        let exporters = Set(requests.map { $0.1.participantCode })
        let zoneFacts = try await MonitoringStore.issueZones(
            exporters: exporters,
            suspended: Set(exporters.filter { participantByCode[$0]?.status == .suspended }),
            originZones: Set(requests.compactMap { $0.0.draft.originZone?.uppercased() }), in: db)
        return try requests.map { request, authority in
            let draft = request.draft
            guard let exporting = participantByCode[authority.participantCode] else {
                throw StoreCorruption.badValue("participant_code", authority.participantCode)
            }
            return IssueContext(
                exportingParticipant: exporting,
                importingParticipant: draft.importingParticipant.flatMap { participantByCode[$0] },
                exporter: draft.exporterId.flatMap { companyById[$0] },
                importer: draft.importerId.flatMap { companyById[$0] },
                replaced: draft.replaces.flatMap { replacedByNumber[CertificateNumber.normalized($0)] },
                today: CalendarDate(utcDayOf: request.at),
                validity: validity,
                zones: ZoneIssueContext(
                    zone: draft.originZone.flatMap { zoneFacts.zones[$0.uppercased()] },
                    exporterHasZones: zoneFacts.withZones.contains(exporting.code),
                    suspension: zoneFacts.suspensions[exporting.code]))
        }
    }
}
