import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The administrator's correction of the chair table, for facts no decision in kpcs records (the Chair of a year
/// the seeded history does not reach). It writes a public `chair.set` leaf without a decision, so the log shows it
/// was a correction.
extension GovernanceStore {
    public func setChairmanship(
        year: Int, _ draft: ChairmanshipDraft, by principal: Principal
    ) async throws
        -> Chairmanship
    {
        try principal.require(.administrator)
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            let row = try DecisionRules.checkChairmanship(
                draft, year: year, participants: try await Self.participantsByCode(in: db))
            try await db.raw(
                """
                INSERT INTO chairmanships (year, chair, vice_chair, decision_id, recorded_at)
                VALUES (\(bind: year), \(bind: row.chair), \(bind: row.viceChair), NULL, \(bind: recordedAt))
                ON CONFLICT (year) DO UPDATE SET chair = \(bind: row.chair), vice_chair = \(bind: row.viceChair),\
                 decision_id = NULL, recorded_at = \(bind: recordedAt)
                """
            ).run()
            _ = try await db.appendToLog(
                .governance(
                    "chair.set", at: recordedAt,
                    details: [
                        "year": .integer(Int64(year)), "chair": row.chair.map(JSONValue.string) ?? .null,
                        "vice_chair": row.viceChair.map(JSONValue.string) ?? .null,
                    ]))
            return row
        }
    }

    /// The Chair of a year as the table gives it now.
    public func chair(of year: Int) async throws -> String? {
        try await database.read { db in try await Self.chair(of: year, in: db) }
    }
}
