import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The effects of an adopted decision, applied inside the closing's transaction: a participant's status (with its
/// history row naming the decision, and a public leaf), a row of the chair table, a body's (``applyBodyEffect``)
/// or a zone's status (``applyZoneEffect``). An effect whose condition no longer holds at the deadline lapses and
/// changes nothing.
extension BusinessTransaction {
    func apply(
        _ effect: DecisionEffect, of id: Int64, number: String, at nowText: String
    ) async throws
        -> EffectResult
    {
        switch effect {
        case .admit(let code), .suspend(let code, _), .readmit(let code), .withdraw(let code):
            guard let change = effect.statusChange,
                let participant = try await RegistryStore.participant(code, in: self),
                DecisionRules.statusFailure(of: effect, participant: participant) == nil
            else { return .lapsed }
            try await raw("UPDATE participants SET status = \(bind: change.to.rawValue) WHERE code = \(bind: code)")
                .run()
            try await raw(
                """
                INSERT INTO participant_status_changes
                (participant_code, previous_status, status, reason, effective_on, recorded_at, recorded_by, decision_id)
                VALUES (\(bind: code), \(bind: participant.status.rawValue), \(bind: change.to.rawValue),\
                 \(bind: number), \(bind: String(nowText.prefix(10))), \(bind: nowText), \(bind: number), \(bind: id))
                """
            ).run()
            _ = try await appendToLog(
                .governance(
                    "participant.status", at: nowText,
                    details: [
                        "participant": .string(code), "from_status": .string(participant.status.rawValue),
                        "status": .string(change.to.rawValue), "decision": .integer(id), "number": .string(number),
                    ]))
            return .applied
        case .electViceChair(let year, let code):
            guard let participant = try await RegistryStore.participant(code, in: self),
                DecisionRules.statusFailure(of: effect, participant: participant) == nil
            else { return .lapsed }
            return try await setChairRow(year: year, viceChair: .some(code), of: id, number: number, at: nowText)
        case .setChair(let year, let code):
            if let code {
                guard let participant = try await RegistryStore.participant(code, in: self),
                    DecisionRules.statusFailure(of: effect, participant: participant) == nil
                else { return .lapsed }
            }
            return try await setChairRow(year: year, chair: .some(code), of: id, number: number, at: nowText)
        case .establishBody, .dissolveBody, .appointBodyChair, .adoptTermsOfReference:
            return try await applyBodyEffect(effect, of: id, number: number, at: nowText)
        case .setZoneStatus(let zone, _, let status):
            return try await applyZoneEffect(
                zone: zone, status: status, effect: effect, of: id, number: number, at: nowText)
        }
    }

    /// Writes the year's row, keeping what the effect does not change (a new row keeps the Chair the table gave
    /// the year before the decision).
    private func setChairRow(
        year: Int, chair: String?? = nil, viceChair: String?? = nil, of id: Int64, number: String, at nowText: String
    ) async throws -> EffectResult {
        let before = try await GovernanceStore.chairTable(in: self)
        let row = before.first { $0.year == year }
        let newChair = chair ?? (row?.chair ?? ChairRule.chair(of: year, in: before))
        let newViceChair = viceChair ?? row?.viceChair
        try await raw(
            """
            INSERT INTO chairmanships (year, chair, vice_chair, decision_id, recorded_at)
            VALUES (\(bind: year), \(bind: newChair), \(bind: newViceChair), \(bind: id), \(bind: nowText))
            ON CONFLICT (year) DO UPDATE SET chair = \(bind: newChair), vice_chair = \(bind: newViceChair),\
             decision_id = \(bind: id), recorded_at = \(bind: nowText)
            """
        ).run()
        var details: [String: JSONValue] = [
            "year": .integer(Int64(year)), "decision": .integer(id), "number": .string(number),
        ]
        details["chair"] = newChair.map(JSONValue.string) ?? .null
        details["vice_chair"] = newViceChair.map(JSONValue.string) ?? .null
        _ = try await appendToLog(.governance("chair.set", at: nowText, details: details))
        return .applied
    }
}
