import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Closing decisions past their deadline: the outcome ``ConsensusRule`` computes is written once, with the
/// decision's number and effect, in one transaction. Reads never wait for it (they compute the same outcome); the
/// closing is what makes the effect take hold. It runs from the periodic job and at the start of every issue, so a
/// suspension adopted at a deadline stops the next issue whether or not the job ran.
extension GovernanceStore {
    /// Closes every decision past its deadline; returns the ids closed by this call.
    @discardableResult
    public func closeDue() async throws -> [Int64] {
        let nowText = Timestamp.string(now)
        let due = try await database.read { db in
            try await db.raw(
                """
                SELECT id FROM decisions WHERE outcome IS NULL AND closes_at <= \(bind: nowText) ORDER BY closes_at, id
                """
            ).all().map { try $0.int("id") }
        }
        guard !due.isEmpty else { return [] }
        return try await transaction { db in try await db.closeDueDecisions() }
    }
}

extension BusinessTransaction {
    /// Closes, inside this transaction, every decision whose deadline has passed and whose outcome is not written.
    @discardableResult
    func closeDueDecisions() async throws -> [Int64] {
        let nowText = Timestamp.string(context.configuration.now())
        let due = try await raw(
            "SELECT id FROM decisions WHERE outcome IS NULL AND closes_at <= \(bind: nowText) ORDER BY closes_at, id"
        ).all().map { try $0.int("id") }
        var closed: [Int64] = []
        for id in due where try await closeDecision(id, at: nowText) { closed.append(id) }
        return closed
    }

    /// Writes one decision's outcome. The first statement claims the row (`closed_at` set only where it was not),
    /// so two processes closing at once close it once: the second waits for the first and finds it claimed.
    private func closeDecision(_ id: Int64, at nowText: String) async throws -> Bool {
        let fault = context.configuration.closingFault
        guard
            try await raw(
                """
                UPDATE decisions SET closed_at = \(bind: nowText) WHERE id = \(bind: id) AND closed_at IS NULL\
                 RETURNING id
                """
            ).first() != nil,
            let decision = try await GovernanceStore.decision(id, in: self), let procedure = decision.procedure
        else { return false }
        try fault?(.claimed)
        let tally = ConsensusRule.tally(decision)
        let outcome = tally.outcome
        let number = try await number(of: outcome, closesAt: procedure.closesAt, venue: procedure.venue)
        var effectResult: EffectResult?
        if let effect = decision.effect, let number {
            effectResult = try await apply(effect, of: id, number: number, at: nowText)
            try fault?(.effectApplied)
        }
        try await writeOutcome(of: id, outcome, number: number, effectResult: effectResult)
        try fault?(.outcomeWritten)
        var details: [String: JSONValue] = [
            "decision": .integer(id), "outcome": .string(outcome.rawValue), "supports": .integer(Int64(tally.supports)),
            "objected_by": .array(tally.objectedBy.map(JSONValue.string)),
        ]
        if let number { details["number"] = .string(number) }
        if let effectResult { details["effect_result"] = .string(effectResult.rawValue) }
        _ = try await appendToLog(.governance("decision.closed", at: nowText, details: details))
        try await notify(
            outcome == .adopted ? .decisionAdopted : .decisionNotAdopted, decision: id,
            recipients: .electorateAndObservers)
        return true
    }

    /// The number an outcome takes: an adopted decision the next of its venue in the year of the last instant its
    /// procedure took stances (a meeting ending on 31 December, whose deadline is midnight after, numbers in its
    /// own year), any other none. Shared by the closing and the archive.
    func number(of outcome: DecisionOutcome, closesAt: String, venue: DecisionVenue) async throws -> String? {
        guard outcome == .adopted else { return nil }
        let last = Timestamp.date(closesAt).map { Timestamp.string($0.addingTimeInterval(-0.001)) } ?? closesAt
        return try await allocateNumber(year: Int(last.prefix(4)) ?? ChairRule.years.lowerBound, venue: venue)
    }

    /// Writes a decision's outcome, its number and what its effect did: the one write that settles a decision.
    func writeOutcome(
        of id: Int64, _ outcome: DecisionOutcome, number: String?, effectResult: EffectResult? = nil
    ) async throws {
        try await raw(
            """
            UPDATE decisions SET outcome = \(bind: outcome.rawValue), number = \(bind: number),\
             effect_result = \(bind: effectResult?.rawValue) WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The next number of the year and venue; the counter row's lock orders concurrent closings.
    func allocateNumber(year: Int, venue: DecisionVenue) async throws -> String {
        guard
            let sequence = try await raw(
                """
                INSERT INTO decision_numbers (year, venue, last) VALUES (\(bind: year), \(bind: venue.rawValue), 1)
                ON CONFLICT (year, venue) DO UPDATE SET last = decision_numbers.last + 1 RETURNING last
                """
            ).first()?.int("last")
        else { throw StoreCorruption.badValue("decision_numbers", "none returned") }
        return ConsensusRule.number(year: year, venue: venue, sequence: Int(sequence))
    }
}
