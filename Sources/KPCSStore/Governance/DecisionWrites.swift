import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Proposing a decision, putting it to the participants, recording stances and observers' comments. Each is one
/// transaction that writes its public leaf of the transparency log.
extension GovernanceStore {
    /// A delegate proposes a decision for its participant.
    public func propose(_ draft: DecisionDraft, by principal: Principal) async throws -> DecisionSummary {
        try principal.require(.delegate)
        let proposedAt = Timestamp.string(now)
        let now = self.now
        let id = try await transaction { db -> Int64 in
            let participants = try await Self.participantsByCode(in: db)
            let proposer = try DecisionRules.authorizePropose(
                principal, participant: principal.delegation.flatMap { participants[$0] })
            let valid = try DecisionRules.validate(
                draft, participants: participants,
                bodies: try await Self.workingBodies(
                    named: BodyEffectRules.bodyCode(draft.effect?.body), in: db),
                organisations: try await Self.organisationCodes(in: db),
                zones: try await MonitoringStore.zonesNamed(by: draft.effect, in: db))
            let row = try await db.raw(
                """
                INSERT INTO decisions (title_en, title_fr, text_en, text_fr, proposer, proposed_by, proposed_at, effect)
                VALUES (\(bind: valid.titleEn), \(bind: valid.titleFr), \(bind: valid.textEn), \(bind: valid.textFr),\
                 \(bind: proposer), \(bind: principal.accountId), \(bind: proposedAt),\
                 \(bind: try valid.effect.map(DecisionEffectJSON.encode)))
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            var details: [String: JSONValue] = [
                "decision": .integer(id), "participant": .string(proposer),
                "text_sha256": .string(
                    DecisionTextHash.of(
                        titleEn: valid.titleEn, titleFr: valid.titleFr, textEn: valid.textEn, textFr: valid.textFr,
                        effect: valid.effect)),
            ]
            if let effect = valid.effect {
                details["effect"] = .string(effect.kind.rawValue)
                if let subject = effect.participant { details["subject"] = .string(subject) }
                if let year = effect.year { details["year"] = .integer(Int64(year)) }
                if let body = effect.body { details["body"] = .string(body) }
                if case .setZoneStatus(let zone, _, _) = effect { details["zone"] = .string(zone) }
            }
            _ = try await db.appendToLog(.governance("decision.proposed", at: proposedAt, details: details))
            return id
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }

    /// The Chair of the current year puts a decision to the participants by written procedure: the active
    /// participants at this instant are its electorate, the quorum in force is kept with it.
    public func openWrittenProcedure(
        _ id: Int64, _ draft: WrittenProcedureDraft, by principal: Principal
    )
        async throws -> DecisionSummary
    {
        try principal.require(.delegate)
        let now = self.now
        let notice = configuration.writtenProcedureNotice
        try await transaction { db in
            try await open(id, meeting: nil, by: principal, in: db) { _ in
                (.writtenProcedure, try DecisionRules.checkDeadline(draft, now: now, minimumNotice: notice))
            }
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }

    /// The Chair of the current year puts a decision to a Plenary or an Intersessional that has not ended: the
    /// delegates answer until the end of its last day (UTC), and an adopted decision is numbered in the meeting's
    /// venue (`KP/2026/Plenary/Administrative Decision 1`).
    public func putToMeeting(
        _ id: Int64, _ draft: MeetingDecisionDraft, by principal: Principal
    ) async throws -> DecisionSummary {
        try principal.require(.delegate)
        let now = self.now
        try await transaction { db in
            try await open(id, meeting: draft.meetingId, by: principal, in: db) { db in
                guard let meetingId = draft.meetingId else {
                    throw KPCSError.invalid(RequestMessage.fieldRequired(field: "meetingId"), pointer: "/meetingId")
                }
                let meeting = try await Self.meeting(meetingId, in: db)
                guard let venue = DecisionVenue(meeting: meeting.kind) else {
                    throw KPCSError.conflict(
                        MeetingMessage.noDecisionAtBodyMeeting(id: String(meeting.id), body: meeting.body ?? ""))
                }
                return (venue, try MeetingRules.decisionDeadline(at: meeting, now: now))
            }
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }

    /// Opens a proposed decision in the venue and until the deadline `venue` gives, once the Chair of the year
    /// is known to be the caller and the decision to be still proposed; the active participants at this instant
    /// are the electorate; the leaf and the notifications are written with it.
    private func open(
        _ id: Int64, meeting: Int64?, by principal: Principal, in db: BusinessTransaction,
        venue deadline: (BusinessTransaction) async throws -> (DecisionVenue, String)
    ) async throws {
        let openedAt = Timestamp.string(now)
        let quorum = configuration.decisionQuorum
        let year = ChairRule.year(of: today)
        let chair = try await Self.chair(of: year, in: db)
        try DecisionRules.authorizeOpen(principal, chair: chair, year: year)
        guard let decision = try await Self.decision(id, in: db) else {
            throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: String(id)))
        }
        guard decision.procedure == nil else {
            throw KPCSError.conflict(GovernanceMessage.decisionAlreadyOpen(id: String(id)))
        }
        let (venue, closesAt) = try await deadline(db)
        let opened = try await db.raw(
            """
            UPDATE decisions SET venue = \(bind: venue.rawValue), opened_at = \(bind: openedAt),\
             opened_by = \(bind: principal.accountId), closes_at = \(bind: closesAt), quorum = \(bind: quorum),\
             meeting_id = \(bind: meeting)
            WHERE id = \(bind: id) AND venue IS NULL RETURNING id
            """
        ).first()
        guard opened != nil else { throw KPCSError.conflict(GovernanceMessage.decisionAlreadyOpen(id: String(id))) }
        try await db.raw(
            """
            INSERT INTO decision_electorate (decision_id, participant_code)
            SELECT \(bind: id), code FROM participants WHERE status = 'active' AND code = participant_code\
             AND kind <> 'entity'
            """
        ).run()
        let electorate =
            try await db.raw("SELECT COUNT(*) AS n FROM decision_electorate WHERE decision_id = \(bind: id)")
            .first()?.int("n") ?? 0
        var details: [String: JSONValue] = [
            "decision": .integer(id), "venue": .string(venue.rawValue), "closes_at": .string(closesAt),
            "quorum": .integer(Int64(quorum)), "electorate": .integer(electorate),
        ]
        if let meeting { details["meeting"] = .integer(meeting) }
        _ = try await db.appendToLog(.governance("decision.opened", at: openedAt, details: details))
        try await db.notify(.procedureOpened, decision: id, recipients: .electorateAndObservers)
    }

    /// A delegate records its participant's stance. The latest before the deadline counts; each is kept.
    public func recordStance(
        _ id: Int64, _ draft: StanceDraft, by principal: Principal
    ) async throws
        -> DecisionSummary
    {
        try principal.require(.delegate)
        let (position, reason) = try DecisionRules.validateStance(draft)
        let now = self.now
        let recordedAt = Timestamp.string(now)
        try await transaction { db in
            guard let decision = try await Self.decision(id, in: db) else {
                throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: String(id)))
            }
            let participant = try DecisionRules.authorizeStance(principal, draft, decision: decision, now: now)
            try await db.raw(
                """
                INSERT INTO decision_stances (decision_id, participant_code, position, reason, recorded_at, recorded_by)
                VALUES (\(bind: id), \(bind: participant), \(bind: position.rawValue), \(bind: reason),\
                 \(bind: recordedAt), \(bind: principal.accountId))
                """
            ).run()
            _ = try await db.appendToLog(
                .governance(
                    "decision.stance", at: recordedAt,
                    details: [
                        "decision": .integer(id), "participant": .string(participant),
                        "position": .string(position.rawValue),
                    ]))
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }

    /// An observer comments for its organisation while the decision is open. The comment never counts.
    public func comment(_ id: Int64, _ draft: CommentDraft, by principal: Principal) async throws -> DecisionSummary {
        let organisation = try DecisionRules.authorizeComment(principal)
        let (position, text) = try DecisionRules.validateComment(draft)
        let now = self.now
        let recordedAt = Timestamp.string(now)
        try await transaction { db in
            guard let decision = try await Self.decision(id, in: db) else {
                throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: String(id)))
            }
            guard let procedure = decision.procedure else {
                throw KPCSError.conflict(GovernanceMessage.decisionNotOpen(id: String(id)))
            }
            if ConsensusRule.isPast(procedure.closesAt, at: now) {
                throw KPCSError.conflict(
                    GovernanceMessage.stanceAfterDeadline(
                        id: String(id),
                        deadline: Timestamp.date(procedure.closesAt).map(DecisionRules.display) ?? procedure.closesAt))
            }
            guard
                let organisationId = try await db.raw(
                    "SELECT id FROM observer_organisations WHERE code = \(bind: organisation)"
                ).first()?.int("id")
            else { throw KPCSError.forbidden(GovernanceMessage.organisationUnknown(code: organisation)) }
            try await db.raw(
                """
                INSERT INTO decision_comments (decision_id, organisation_id, position, text, recorded_at, recorded_by)
                VALUES (\(bind: id), \(bind: organisationId), \(bind: position?.rawValue), \(bind: text),\
                 \(bind: recordedAt), \(bind: principal.accountId))
                """
            ).run()
            var details: [String: JSONValue] = ["decision": .integer(id), "organisation": .string(organisation)]
            if let position { details["position"] = .string(position.rawValue) }
            _ = try await db.appendToLog(.governance("decision.comment", at: recordedAt, details: details))
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }

    /// The decision as written, read back on the same clock.
    func decisionAfterWrite(_ id: Int64, for principal: Principal, at now: Date) async throws -> DecisionSummary {
        try await database.read { db in
            guard let decision = try await Self.decision(id, in: db) else {
                throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: String(id)))
            }
            return Self.summary(GovernanceAccess.visible(decision, to: principal), at: now)
        }
    }

    static func participantsByCode(in db: any SQLDatabase) async throws -> [String: Participant] {
        let rows = try await db.raw("SELECT * FROM participants").all().map(RegistryStore.participant(from:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.code, $0) })
    }
}
