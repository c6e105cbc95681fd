import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Recording a decision taken before kpcs from the KP's own record. One transaction writes the decision, its
/// electorate (the participants active now and those the record gives a stance), its stances and the outcome the
/// consensus rule computes, with one public `decision.archived` leaf; no effect is applied.
extension GovernanceStore {
    public func recordArchived(
        _ draft: ArchivedDecisionDraft, by principal: Principal
    ) async throws
        -> DecisionSummary
    {
        try principal.require(.administrator)
        let now = self.now
        let recordedAt = Timestamp.string(now)
        let id = try await transaction { db -> Int64 in
            let valid = try DecisionRules.validate(
                draft, participants: try await Self.participantsByCode(in: db), now: now)
            let row = try await db.raw(
                """
                INSERT INTO decisions (title_en, title_fr, text_en, text_fr, proposer, proposed_by, proposed_at, venue,\
                 opened_at, opened_by, closes_at, quorum, closed_at, archived)
                VALUES (\(bind: valid.texts.titleEn), \(bind: valid.texts.titleFr), \(bind: valid.texts.textEn),\
                 \(bind: valid.texts.textFr), \(bind: valid.proposer), \(bind: principal.accountId),\
                 \(bind: valid.openedAt), \(bind: valid.venue.rawValue), \(bind: valid.openedAt),\
                 \(bind: principal.accountId), \(bind: valid.closesAt), \(bind: valid.quorum), \(bind: recordedAt), 1)
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            let voters = Set(valid.stances.map(\.participant))
            try await db.raw(
                """
                INSERT INTO decision_electorate (decision_id, participant_code)
                SELECT \(bind: id), code FROM participants WHERE (status = 'active' AND code = participant_code\
                 AND kind <> 'entity')\
                 OR code IN (\(binds: voters.isEmpty ? [""] : Array(voters)))
                """
            ).run()
            for stance in valid.stances {
                try await db.raw(
                    """
                    INSERT INTO decision_stances (decision_id, participant_code, position, recorded_at, recorded_by)
                    VALUES (\(bind: id), \(bind: stance.participant), \(bind: stance.position.rawValue),\
                     \(bind: valid.openedAt), \(bind: principal.accountId))
                    """
                ).run()
            }
            guard let decision = try await Self.decision(id, in: db) else {
                throw StoreCorruption.badValue("decision", "not written")
            }
            let tally = ConsensusRule.tally(decision)
            let number = try await db.number(of: tally.outcome, closesAt: valid.closesAt, venue: valid.venue)
            try await db.writeOutcome(of: id, tally.outcome, number: number)
            var details: [String: JSONValue] = [
                "decision": .integer(id), "participant": .string(valid.proposer),
                "text_sha256": .string(DecisionTextHash.of(decision)), "venue": .string(valid.venue.rawValue),
                "closes_at": .string(valid.closesAt), "outcome": .string(tally.outcome.rawValue),
                "supports": .integer(Int64(tally.supports)),
                "objected_by": .array(tally.objectedBy.map(JSONValue.string)),
            ]
            if let number { details["number"] = .string(number) }
            _ = try await db.appendToLog(.governance("decision.archived", at: recordedAt, details: details))
            return id
        }
        return try await decisionAfterWrite(id, for: principal, at: now)
    }
}
