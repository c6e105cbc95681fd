import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Registering a mining zone: the participant's delegate or officer, or an administrator, in one transaction with
/// its public `zone.registered` leaf (the zone, its participant and the SHA-256 of its GeoJSON geometry). A new zone
/// has no status: only a decision gives it one.
extension MonitoringStore {
    /// Registers a zone of the draft's participant; a refused caller is a 403, an unknown participant a 422.
    public func register(_ draft: ZoneDraft, by principal: Principal) async throws -> MiningZone {
        guard let code = draft.participant else {
            throw KPCSError.invalid(RequestMessage.fieldRequired(field: "participant"), pointer: "/participant")
        }
        try ZoneRules.authorizeRegistration(principal, participant: code)
        let at = Timestamp.string(now)
        return try await transaction { db in
            guard let participant = try await RegistryStore.participant(code, in: db) else {
                throw KPCSError.invalid(RegistryMessage.participantUnknown(code: code), pointer: "/participant")
            }
            let taken =
                try await draft.code.asyncMap { try await Self.zoneRows(codes: [$0], in: db).isEmpty == false }
                ?? false
            let registered =
                try await db.raw(
                    "SELECT COUNT(*) AS n FROM mining_zones WHERE participant_code = \(bind: participant.code)"
                ).first()?.int("n") ?? 0
            let valid = try ZoneRules.validate(
                draft, participant: participant, taken: taken, registered: Int(registered))
            let geometry = valid.geometry.geoJSONText
            try await db.raw(
                """
                INSERT INTO mining_zones (code, participant_code, name, geometry, registered_at, registered_by)
                VALUES (\(bind: valid.code), \(bind: valid.participantCode), \(bind: valid.name), \(bind: geometry),\
                 \(bind: at), \(bind: principal.accountId))
                """
            ).run()
            _ = try await db.appendToLog(
                .governance(
                    "zone.registered", at: at,
                    details: [
                        "zone": .string(valid.code), "participant": .string(valid.participantCode),
                        "geometry_sha256": .string(Hex.encode(Array(SHA256.hash(data: Data(geometry.utf8))))),
                    ]))
            return MiningZone(
                code: valid.code, participantCode: valid.participantCode, name: valid.name, geometry: valid.geometry,
                registeredAt: at)
        }
    }
}

/// A geometry as the database keeps it: its GeoJSON text (``ZoneGeometry/geoJSONText``), read back.
enum ZoneGeoJSON {
    static func geometry(_ text: String) throws -> ZoneGeometry {
        do { return try JSONDecoder().decode(ZoneGeometry.self, from: Data(text.utf8)) } catch {
            throw StoreCorruption.badValue("geometry", String(text.prefix(80)))
        }
    }
}
