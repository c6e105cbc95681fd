import Foundation
import KPCSCore
import SQLKit

/// A decision as a list shows it: its facts and the state computed at the instant of reading.
public struct DecisionSummary: Sendable, Equatable {
    public var decision: Decision
    public var state: DecisionState
    public var tally: DecisionTally
}

/// Reading decisions. Decisions, their stances and outcomes are public; the reasons of objections and the
/// observers' comments are for delegates, observers and administrators (``GovernanceAccess``).
extension GovernanceStore {
    /// One decision as the principal may see it, with its state at this instant (computed: a written procedure
    /// past its deadline reads adopted or not whether or not the closing ran).
    public func decision(_ id: Int64, for principal: Principal?) async throws -> DecisionSummary {
        let now = self.now
        return try await database.read { db in
            guard let decision = try await Self.decision(id, in: db) else {
                throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: String(id)))
            }
            return Self.summary(GovernanceAccess.visible(decision, to: principal), at: now)
        }
    }

    /// A page of decisions, newest first.
    public func decisions(page: PageRequest, for principal: Principal?) async throws -> PageResult<DecisionSummary> {
        let now = self.now
        return try await database.read { db in
            let total = try await db.raw("SELECT COUNT(*) AS n FROM decisions").first()?.int("n") ?? 0
            let ids = try await db.raw(
                "SELECT id FROM decisions ORDER BY id DESC LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)"
            ).all().map { try $0.int("id") }
            return PageResult(
                items: try await Self.summaries(ids, for: principal, at: now, in: db), page: page, total: total)
        }
    }

    /// The decisions taken at a meeting, in the order they were put to it (at most 200, as a meeting's agenda
    /// holds far fewer).
    public func decisions(atMeeting meeting: Int64, for principal: Principal?) async throws -> [DecisionSummary] {
        let now = self.now
        return try await database.read { db in
            let ids = try await db.raw(
                "SELECT id FROM decisions WHERE meeting_id = \(bind: meeting) ORDER BY opened_at, id LIMIT 200"
            ).all().map { try $0.int("id") }
            return try await Self.summaries(ids, for: principal, at: now, in: db)
        }
    }

    /// The decisions of these ids as the principal may see them, in that order.
    static func summaries(
        _ ids: [Int64], for principal: Principal?, at now: Date, in db: any SQLDatabase
    ) async throws -> [DecisionSummary] {
        var items: [DecisionSummary] = []
        for id in ids {
            guard let decision = try await decision(id, in: db) else { continue }
            items.append(summary(GovernanceAccess.visible(decision, to: principal), at: now))
        }
        return items
    }

    static func summary(_ decision: Decision, at now: Date) -> DecisionSummary {
        DecisionSummary(
            decision: decision, state: ConsensusRule.state(of: decision, at: now),
            tally: ConsensusRule.tally(decision))
    }

    /// A decision with its electorate, stances and comments, as stored.
    static func decision(_ id: Int64, in db: any SQLDatabase) async throws -> Decision? {
        guard
            let row = try await db.raw(
                """
                SELECT d.*, p.username AS proposed_by_name, o.username AS opened_by_name FROM decisions d
                JOIN accounts p ON p.id = d.proposed_by LEFT JOIN accounts o ON o.id = d.opened_by
                WHERE d.id = \(bind: id)
                """
            ).first()
        else { return nil }
        var decision = Decision(
            id: id, titleEn: try row.string("title_en"), titleFr: try row.string("title_fr"),
            textEn: try row.string("text_en"), textFr: try row.string("text_fr"), proposer: try row.string("proposer"),
            proposedBy: try row.string("proposed_by_name"), proposedAt: try row.string("proposed_at"),
            effect: try row.optionalString("effect").map(DecisionEffectJSON.decode))
        decision.archived = try row.bool("archived")
        if let venue = try row.optionalString("venue") {
            guard let parsed = DecisionVenue(rawValue: venue) else { throw StoreCorruption.badValue("venue", venue) }
            decision.procedure = DecisionProcedure(
                venue: parsed, openedAt: try row.string("opened_at"),
                openedBy: try row.optionalString("opened_by_name") ?? "", closesAt: try row.string("closes_at"),
                quorum: Int(try row.int("quorum")), meetingId: try row.optionalInt("meeting_id"))
        }
        if let outcome = try row.optionalString("outcome") {
            guard let parsed = DecisionOutcome(rawValue: outcome) else {
                throw StoreCorruption.badValue("outcome", outcome)
            }
            decision.closing = DecisionClosing(
                outcome: parsed, number: try row.optionalString("number"), closedAt: try row.string("closed_at"),
                effect: try row.optionalString("effect_result").flatMap(EffectResult.init(rawValue:)))
        }
        decision.electorate = try await db.raw(
            "SELECT participant_code FROM decision_electorate WHERE decision_id = \(bind: id) ORDER BY participant_code"
        ).all().map { try $0.string("participant_code") }
        decision.stances = try await db.raw(
            """
            SELECT s.*, a.username FROM decision_stances s JOIN accounts a ON a.id = s.recorded_by
            WHERE s.decision_id = \(bind: id) ORDER BY s.id
            """
        ).all().map { row in
            let position = try row.string("position")
            guard let parsed = StancePosition(rawValue: position) else {
                throw StoreCorruption.badValue("position", position)
            }
            return Stance(
                participant: try row.string("participant_code"), position: parsed,
                reason: try row.optionalString("reason"), recordedAt: try row.string("recorded_at"),
                recordedBy: try row.string("username"))
        }
        decision.comments = try await db.raw(
            """
            SELECT c.*, o.code, a.username FROM decision_comments c JOIN observer_organisations o ON o.id =\
             c.organisation_id JOIN accounts a ON a.id = c.recorded_by
            WHERE c.decision_id = \(bind: id) ORDER BY c.id
            """
        ).all().map { row in
            ObserverComment(
                organisation: try row.string("code"),
                position: try row.optionalString("position").flatMap(StancePosition.init(rawValue:)),
                text: try row.string("text"), recordedAt: try row.string("recorded_at"),
                recordedBy: try row.string("username"))
        }
        return decision
    }
}
