import Foundation

/// The `set-zone-status` effect: a registered zone and one of the three KP statuses; the zone's participant must
/// be active or suspended, when proposed and again when adopted (``DecisionRules/statusFailure(of:participant:)``).
public enum ZoneEffectRules {
    static func check(
        _ draft: DecisionEffectDraft, zones: [String: MiningZone], participants: [String: Participant],
        into violations: inout [Violation]
    ) -> DecisionEffect? {
        var zone: MiningZone?
        if let code = draft.zone?.trimmingCharacters(in: .whitespaces).uppercased() {
            zone = zones[code]
            if zone == nil { violations.append(Violation("/effect/zone", ZoneMessage.zoneUnknown(code: code))) }
        } else {
            violations.append(Violation("/effect/zone", RequestMessage.fieldRequired(field: "effect.zone")))
        }
        var status: ZoneStatus?
        if let text = draft.zoneStatus {
            status = ZoneStatus(rawValue: text)
            if status == nil {
                violations.append(Violation("/effect/zoneStatus", ZoneMessage.zoneStatusUnknown(status: text)))
            }
        } else {
            violations.append(Violation("/effect/zoneStatus", RequestMessage.fieldRequired(field: "effect.zoneStatus")))
        }
        guard let zone, let status else { return nil }
        let effect = DecisionEffect.setZoneStatus(zone: zone.code, participant: zone.participantCode, status: status)
        if let participant = participants[zone.participantCode],
            let failure = DecisionRules.statusFailure(of: effect, participant: participant)
        {
            violations.append(Violation("/effect/zone", failure))
            return nil
        }
        return effect
    }
}
