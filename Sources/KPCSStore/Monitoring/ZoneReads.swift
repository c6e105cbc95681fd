import Foundation
import KPCSCore
import SQLKit

/// Reading mining zones with their status history. Zones, their geometry and their status are public.
extension MonitoringStore {
    /// A page of zones, by participant then code; only one participant's when `participant` is given.
    public func zones(participant: String?, page: PageRequest) async throws -> PageResult<MiningZone> {
        try await database.read { db in
            let filter: SQLQueryString = participant.map { "WHERE participant_code = \(bind: $0)" } ?? ""
            let total = try await db.raw("SELECT COUNT(*) AS n FROM mining_zones \(filter)").first()?.int("n") ?? 0
            let rows = try await db.raw(
                """
                SELECT * FROM mining_zones \(filter) ORDER BY participant_code, code
                LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            return PageResult(items: try await Self.zones(from: rows, in: db), page: page, total: total)
        }
    }

    /// Every zone of a participant (at most ``ZoneRules/maximumZonesPerParticipant``), by code.
    public func zones(of participant: String) async throws -> [MiningZone] {
        try await database.read { db in
            let rows = try await db.raw(
                "SELECT * FROM mining_zones WHERE participant_code = \(bind: participant) ORDER BY code"
            ).all()
            return try await Self.zones(from: rows, in: db)
        }
    }

    /// One zone; an unknown code is a 404.
    public func zone(_ code: String) async throws -> MiningZone {
        try await database.read { db in
            guard let zone = try await Self.zoneRows(codes: [code], in: db)[code] else {
                throw KPCSError.notFound(ZoneMessage.zoneUnknown(code: code))
            }
            return zone
        }
    }

    /// The zones of those codes that exist, by code; a code longer than any zone code is not looked up.
    static func zoneRows(codes: Set<String>, in db: any SQLDatabase) async throws -> [String: MiningZone] {
        let wanted = codes.filter { $0.count <= ZoneRules.maximumCodeLength }.sorted()
        guard !wanted.isEmpty else { return [:] }
        let rows = try await db.raw("SELECT * FROM mining_zones WHERE code IN (\(binds: wanted))").all()
        return Dictionary(uniqueKeysWithValues: try await zones(from: rows, in: db).map { ($0.code, $0) })
    }

    /// The zones a drafted effect names (its `zone` and its `exportZones`), by code: what it is checked against.
    static func zonesNamed(
        by draft: DecisionEffectDraft?, in db: any SQLDatabase
    ) async throws
        -> [String: MiningZone]
    {
        let named = ([draft?.zone] + (draft?.exportZones ?? []).prefix(DecisionRules.maximumExportZones).map { $0 })
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() }
        return try await zoneRows(codes: Set(named), in: db)
    }

    /// The zones of the rows, with their histories read in one query.
    static func zones(from rows: [any SQLRow], in db: any SQLDatabase) async throws -> [MiningZone] {
        let ids = try rows.map { try $0.int("id") }
        var history: [Int64: [ZoneStatusChange]] = [:]
        if !ids.isEmpty {
            for row in try await db.raw(
                """
                SELECT z.zone_id, z.status, z.effective_on, z.decision_id, d.number FROM zone_status_changes z
                JOIN decisions d ON d.id = z.decision_id WHERE z.zone_id IN (\(binds: ids)) ORDER BY z.id
                """
            ).all() {
                let status = try row.string("status")
                guard let parsed = ZoneStatus(rawValue: status) else {
                    throw StoreCorruption.badValue("status", status)
                }
                history[try row.int("zone_id"), default: []].append(
                    ZoneStatusChange(
                        status: parsed, effectiveOn: try row.date("effective_on"),
                        decisionId: try row.int("decision_id"), decisionNumber: try row.optionalString("number") ?? ""))
            }
        }
        return try rows.map { row in
            MiningZone(
                code: try row.string("code"), participantCode: try row.string("participant_code"),
                name: try row.string("name"), geometry: try ZoneGeoJSON.geometry(try row.string("geometry")),
                registeredAt: try row.string("registered_at"), history: history[try row.int("id")] ?? [])
        }
    }
}

extension MonitoringStore {
    /// What the issue rules need of zones for each exporter, in one query for the zones named, one for the exporters
    /// with zones and one per suspended exporter: whether it has zones and, when suspended, the
    /// conditions of the decision that suspended it (none for a suspension not made by a decision).
    static func issueZones(
        exporters: Set<String>, suspended: Set<String>, originZones: Set<String>, in db: any SQLDatabase
    ) async throws -> (zones: [String: MiningZone], withZones: Set<String>, suspensions: [String: SuspensionConditions])
    {
        let zones = try await zoneRows(codes: originZones, in: db)
        let withZones = Set(
            try await db.raw(
                """
                SELECT DISTINCT participant_code FROM mining_zones WHERE participant_code IN\
                 (\(binds: exporters.sorted()))
                """
            ).all().map { try $0.string("participant_code") })
        var suspensions: [String: SuspensionConditions] = [:]
        for code in suspended.sorted() {
            let row = try await db.raw(
                """
                SELECT d.effect FROM participant_status_changes s JOIN decisions d ON d.id = s.decision_id
                WHERE s.participant_code = \(bind: code) ORDER BY s.id DESC LIMIT 1
                """
            ).first()
            if let text = try row?.optionalString("effect"),
                case .suspend(_, let conditions) = try DecisionEffectJSON.decode(text)
            {
                suspensions[code] = conditions
            }
        }
        return (zones, withZones, suspensions)
    }
}
