import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The `set-zone-status` effect of an adopted decision, applied inside the closing's transaction from the day of
/// adoption, with its public `zone.status` leaf. It lapses when the zone is gone or its participant is neither
/// active nor suspended any more.
extension BusinessTransaction {
    func applyZoneEffect(
        zone code: String, status: ZoneStatus, effect: DecisionEffect, of id: Int64, number: String,
        at nowText: String
    ) async throws -> EffectResult {
        let day = String(nowText.prefix(10))
        guard let today = CalendarDate(iso: day) else { throw StoreCorruption.badValue("closed_at", nowText) }
        guard let zone = try await MonitoringStore.zoneRows(codes: [code], in: self)[code],
            let participant = try await RegistryStore.participant(zone.participantCode, in: self),
            DecisionRules.statusFailure(of: effect, participant: participant) == nil,
            let row = try await raw("SELECT id FROM mining_zones WHERE code = \(bind: code)").first()
        else { return .lapsed }
        try await raw(
            """
            INSERT INTO zone_status_changes (zone_id, status, effective_on, recorded_at, decision_id)
            VALUES (\(bind: try row.int("id")), \(bind: status.rawValue), \(bind: day), \(bind: nowText), \(bind: id))
            """
        ).run()
        _ = try await appendToLog(
            .governance(
                "zone.status", at: nowText,
                details: [
                    "zone": .string(code), "participant": .string(zone.participantCode),
                    "from_status": zone.status(on: today).map { .string($0.rawValue) } ?? .null,
                    "status": .string(status.rawValue), "decision": .integer(id), "number": .string(number),
                ]))
        return .applied
    }
}
