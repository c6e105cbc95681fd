import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The registry: participants and their status history, authorities, licensed companies.
extension RegistryStore {
    /// Loads the bundled participant registry; rows already present are left as they are.
    func loadRegistry() async throws {
        guard let url = Bundle.module.url(forResource: "participants", withExtension: "csv") else {
            throw StoreCorruption.badValue("resource", "participants.csv missing from the bundle")
        }
        let participants = try ParticipantCSV.parse(String(contentsOf: url, encoding: .utf8))
        try await transaction { db in
            let count = try await db.raw("SELECT COUNT(*) AS n FROM participants").first()?.int("n") ?? 0
            guard count < participants.count else { return }
            for p in participants {
                try await db.raw(
                    """
                    INSERT INTO participants (code, name_en, name_fr, kind, participant_code, status, joined, region)
                    VALUES (\(bind: p.code), \(bind: p.nameEn), \(bind: p.nameFr), \(bind: p.kind.rawValue),
                    \(bind: p.participantCode), \(bind: p.status.rawValue), \(bind: p.joined.map(Int64.init)),\
                     \(bind: p.region))
                    ON CONFLICT (code) DO NOTHING
                    """
                ).run()
            }
        }
    }

    // MARK: participants

    /// Every registry row, optionally only those with a status, in code order.
    public func participants(status: ParticipantStatus? = nil) async throws -> [Participant] {
        try await database.read { db in
            let rows: [any SQLRow]
            if let status {
                rows = try await db.raw(
                    "SELECT * FROM participants WHERE status = \(bind: status.rawValue) ORDER BY code"
                ).all()
            } else {
                rows = try await db.raw("SELECT * FROM participants ORDER BY code").all()
            }
            return try rows.map(Self.participant(from:))
        }
    }

    public func participant(_ code: String) async throws -> Participant? {
        try await database.read { db in try await Self.participant(code, in: db) }
    }

    static func participant(_ code: String, in db: any SQLDatabase) async throws -> Participant? {
        try await db.raw("SELECT * FROM participants WHERE code = \(bind: code)").first().map(participant(from:))
    }

    static func participant(from row: any SQLRow) throws -> Participant {
        let kind = try row.string("kind")
        let status = try row.string("status")
        guard let kind = ParticipantKind(rawValue: kind) else { throw StoreCorruption.badValue("kind", kind) }
        guard let status = ParticipantStatus(rawValue: status) else { throw StoreCorruption.badValue("status", status) }
        return Participant(
            code: try row.string("code"), nameEn: try row.string("name_en"), nameFr: try row.string("name_fr"),
            kind: kind, participantCode: try row.string("participant_code"), status: status,
            joined: try row.optionalInt("joined").map(Int.init), region: try row.string("region"))
    }

    /// A participant's status changes, oldest first, each with the decision behind it (none for a correction).
    public func statusHistory(of code: String) async throws -> [ParticipantStatusChange] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT c.*, d.number AS decision_number FROM participant_status_changes c
                LEFT JOIN decisions d ON d.id = c.decision_id WHERE c.participant_code = \(bind: code) ORDER BY c.id
                """
            )
            .all().map { row in
                ParticipantStatusChange(
                    participantCode: try row.string("participant_code"),
                    previousStatus: ParticipantStatus(rawValue: try row.string("previous_status")) ?? .active,
                    status: ParticipantStatus(rawValue: try row.string("status")) ?? .active,
                    reason: try row.string("reason"), effectiveOn: try row.date("effective_on"),
                    recordedAt: try row.string("recorded_at"), recordedBy: try row.string("recorded_by"),
                    decisionId: try row.optionalInt("decision_id"),
                    decisionNumber: try row.optionalString("decision_number"))
            }
        }
    }

    /// Changes a participant's status directly, keeping the change as history, with a public `participant.status`
    /// leaf that names no decision (a correction). Administrators only; decisions are the normal way.
    public func changeParticipantStatus(
        _ code: String, to status: ParticipantStatus, reason: String?, effectiveOn: String?, by principal: Principal
    ) async throws -> Participant {
        try principal.require(.administrator)
        let today = self.today
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            guard let participant = try await Self.participant(code, in: db) else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            let checked = try RegistryRules.checkStatusChange(
                participant: participant, to: status, reason: reason, effectiveOn: effectiveOn, today: today)
            try await db.raw("UPDATE participants SET status = \(bind: status.rawValue) WHERE code = \(bind: code)")
                .run()
            try await db.raw(
                """
                INSERT INTO participant_status_changes
                (participant_code, previous_status, status, reason, effective_on, recorded_at, recorded_by)
                VALUES (\(bind: code), \(bind: participant.status.rawValue), \(bind: status.rawValue),
                \(bind: checked.reason), \(bind: checked.effectiveOn.description), \(bind: recordedAt),\
                 \(bind: principal.username))
                """
            ).run()
            _ = try await db.appendToLog(
                .governance(
                    "participant.status", at: recordedAt,
                    details: [
                        "participant": .string(code), "from_status": .string(participant.status.rawValue),
                        "status": .string(status.rawValue),
                    ]))
            var changed = participant
            changed.status = status
            return changed
        }
    }

    // MARK: authorities

    /// Creates an authority for a participant. Administrators only.
    public func createAuthority(_ draft: AuthorityDraft, by principal: Principal) async throws -> Authority {
        try principal.require(.administrator)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            let participant = try await draft.participantCode.asyncMap { try await Self.participant($0, in: db) } ?? nil
            let members = try await db.raw(
                """
                SELECT * FROM participants WHERE participant_code = \(bind: draft.participantCode ?? "") AND code <>\
                 participant_code
                """
            ).all().map(Self.participant(from:))
            let valid = try RegistryRules.checkAuthority(draft, participant: participant, memberStates: members)
            let row = try await db.raw(
                """
                INSERT INTO authorities (participant_code, member_state, name, can_export, can_import, created_at)
                VALUES (\(bind: valid.participantCode ?? ""), \(bind: valid.memberState), \(bind: valid.name ?? ""),
                \(bind: (valid.canExport ?? false).sqlFlag), \(bind: (valid.canImport ?? false).sqlFlag),\
                 \(bind: createdAt))
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            return Authority(
                id: id, participantCode: valid.participantCode ?? "", memberState: valid.memberState,
                name: valid.name ?? "", canExport: valid.canExport ?? false, canImport: valid.canImport ?? false)
        }
    }

    public func authorities(participant: String? = nil) async throws -> [Authority] {
        try await database.read { db in
            let rows: [any SQLRow]
            if let participant {
                rows = try await db.raw(
                    "SELECT * FROM authorities WHERE participant_code = \(bind: participant) ORDER BY id"
                ).all()
            } else {
                rows = try await db.raw("SELECT * FROM authorities ORDER BY id").all()
            }
            return try rows.map { try Self.authority(from: $0) }
        }
    }

    static func authority(from row: any SQLRow, prefix: String = "") throws -> Authority {
        Authority(
            id: try row.int(prefix + "id"), participantCode: try row.string(prefix + "participant_code"),
            memberState: try row.optionalString(prefix + "member_state"), name: try row.string(prefix + "name"),
            canExport: try row.bool(prefix + "can_export"), canImport: try row.bool(prefix + "can_import"))
    }

    // MARK: companies

    /// Registers a licensed company: by an officer for its own participant, or by the administrator.
    public func registerCompany(_ draft: CompanyDraft, by principal: Principal) async throws -> Company {
        let participantCode = try RegistryRules.companyParticipant(principal, draft: draft)
        let valid = try RegistryRules.checkCompany(draft)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            guard let participant = try await Self.participant(participantCode, in: db), !participant.isMemberState
            else {
                throw KPCSError.invalid(
                    RegistryMessage.participantUnknown(code: participantCode), pointer: "/participantCode")
            }
            let name = valid.name ?? ""
            let licence = valid.licenceNumber ?? ""
            let taken = try await db.raw(
                """
                SELECT id FROM companies WHERE participant_code = \(bind: participantCode) AND licence_number =\
                 \(bind: licence)
                """
            ).first()
            if taken != nil {
                throw KPCSError.conflict(RegistryMessage.licenceTaken(participant: participantCode, licence: licence))
            }
            let row = try await db.raw(
                """
                INSERT INTO companies (participant_code, name, licence_number, can_export, can_import, registered_by,\
                 created_at, address)
                VALUES (\(bind: participantCode), \(bind: name), \(bind: licence),\
                 \(bind: (valid.canExport ?? false).sqlFlag),
                \(bind: (valid.canImport ?? false).sqlFlag), \(bind: principal.authority?.id), \(bind: createdAt),\
                 \(bind: valid.address))
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            return Company(
                id: id, participantCode: participantCode, name: name, licenceNumber: licence,
                canExport: valid.canExport ?? false, canImport: valid.canImport ?? false,
                registeredBy: principal.authority?.id, suspended: false, suspensionReason: nil, address: valid.address)
        }
    }

    /// Companies, optionally of one participant, in id order, one page at a time.
    public func companies(participant: String?, page: PageRequest) async throws -> PageResult<Company> {
        try await database.read { db in
            let filter: SQLQueryString = participant.map { "WHERE participant_code = \(bind: $0)" } ?? ""
            let total = try await db.raw("SELECT COUNT(*) AS n FROM companies \(filter)").first()?.int("n") ?? 0
            let rows = try await db.raw(
                """
                SELECT * FROM companies \(filter) ORDER BY id LIMIT \(literal: page.perPage) OFFSET\
                 \(literal: page.offset)
                """
            ).all()
            return PageResult(items: try rows.map(Self.company(from:)), page: page, total: total)
        }
    }

    public func company(_ id: Int64) async throws -> Company? {
        try await database.read { db in try await Self.company(id, in: db) }
    }

    static func company(_ id: Int64, in db: any SQLDatabase) async throws -> Company? {
        try await db.raw("SELECT * FROM companies WHERE id = \(bind: id)").first().map(company(from:))
    }

    static func company(from row: any SQLRow) throws -> Company {
        Company(
            id: try row.int("id"), participantCode: try row.string("participant_code"), name: try row.string("name"),
            licenceNumber: try row.string("licence_number"), canExport: try row.bool("can_export"),
            canImport: try row.bool("can_import"), registeredBy: try row.optionalInt("registered_by"),
            suspended: try row.bool("suspended"), suspensionReason: try row.optionalString("suspension_reason"),
            address: try row.optionalString("address"))
    }

    /// Suspends a company (with a reason) or lifts its suspension.
    public func setCompanySuspended(
        _ id: Int64, suspended: Bool, reason: String?, by principal: Principal
    ) async throws -> Company {
        try principal.require(.administrator, .officer)
        let reason = suspended ? try ReasonRule.require(reason) : nil
        return try await transaction { db in
            guard var company = try await Self.company(id, in: db) else {
                throw KPCSError.notFound(RegistryMessage.companyUnknown(id: String(id)))
            }
            try RegistryRules.authorizeCompanyChange(principal, company: company)
            if company.suspended == suspended {
                throw KPCSError.conflict(
                    suspended
                        ? RegistryMessage.companyAlreadySuspended(company: company.name)
                        : RegistryMessage.companyNotSuspended(company: company.name))
            }
            try await db.raw(
                """
                UPDATE companies SET suspended = \(bind: suspended.sqlFlag), suspension_reason = \(bind: reason) WHERE\
                 id = \(bind: id)
                """
            ).run()
            company.suspended = suspended
            company.suspensionReason = reason
            return company
        }
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        switch self {
        case .some(let value): return try await transform(value)
        case .none: return nil
        }
    }
}
