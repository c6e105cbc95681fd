import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The body effects of an adopted decision, applied inside the closing's transaction from the day of adoption,
/// each with its public leaf: a body set up or dissolved (its terms ending that day), a chair or vice-chair
/// appointed (a `body.seat` naming the decision), terms of reference adopted (their SHA-256). An effect whose
/// condition no longer holds lapses and changes nothing: a code taken meanwhile, a body gone, a chair that is no
/// longer active.
extension BusinessTransaction {
    func applyBodyEffect(
        _ effect: DecisionEffect, of id: Int64, number: String, at nowText: String
    ) async throws -> EffectResult {
        let day = String(nowText.prefix(10))
        guard let today = CalendarDate(iso: day) else { throw StoreCorruption.badValue("closed_at", nowText) }
        let bodies = try await GovernanceStore.workingBodies(named: effect.body, in: self)
        let decision: [String: JSONValue] = ["decision": .integer(id), "number": .string(number)]
        if case .establishBody(let charter) = effect {
            guard bodies[charter.code] == nil else { return .lapsed }
            try await raw(
                """
                INSERT INTO working_bodies (code, kind, name_en, name_fr, established_on, established_by) VALUES\
                 (\(bind: charter.code), \(bind: charter.kind.rawValue), \(bind: charter.nameEn),\
                 \(bind: charter.nameFr), \(bind: day), \(bind: id))
                """
            ).run()
            _ = try await appendToLog(
                .governance(
                    "body.established", at: nowText,
                    details: decision.merging(
                        ["body": .string(charter.code), "kind": .string(charter.kind.rawValue)]) { $1 }))
            return .applied
        }
        guard let code = effect.body, let body = bodies[code], body.exists(on: today) else { return .lapsed }
        switch effect {
        case .dissolveBody:
            for seat in body.seats where seat.endsOn.map({ $0 > today }) ?? true {
                try await endSeat(seat, on: body, endsOn: max(today, seat.startsOn), at: nowText)
            }
            try await raw(
                """
                UPDATE working_bodies SET dissolved_on = \(bind: day), dissolved_by = \(bind: id) WHERE\
                 id = \(bind: body.id)
                """
            ).run()
            _ = try await appendToLog(
                .governance("body.dissolved", at: nowText, details: decision.merging(["body": .string(code)]) { $1 }))
        case .appointBodyChair(_, let holder, let role):
            if case .participant(let chosen) = holder {
                guard let participant = try await RegistryStore.participant(chosen, in: self),
                    DecisionRules.statusFailure(of: effect, participant: participant) == nil
                else { return .lapsed }
            }
            guard
                let seat = try? WorkingBodyRules.seat(
                    holder: holder, role: role, startsOn: today, endsOn: nil, on: body)
            else { return .lapsed }
            try await writeSeat(seat, on: body, decision: (id, number), by: nil, at: nowText)
        case .adoptTermsOfReference(_, let en, let fr):
            try await raw(
                """
                UPDATE working_bodies SET terms_en = \(bind: en), terms_fr = \(bind: fr), terms_adopted_on =\
                 \(bind: day), terms_by = \(bind: id) WHERE id = \(bind: body.id)
                """
            ).run()
            let digest = BilingualTextHash.of(textEn: en, textFr: fr)
            _ = try await appendToLog(
                .governance(
                    "body.terms", at: nowText,
                    details: decision.merging(["body": .string(code), "text_sha256": .string(digest)]) { $1 }))
        default:
            return .lapsed
        }
        return .applied
    }
}
