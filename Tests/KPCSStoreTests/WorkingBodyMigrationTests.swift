import Foundation
import KPCSCore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

@testable import KPCSStore

/// Migration 014 moves the `chair` and `wgs` bodies of accounts to seats of persons on `CHAIR` and `WGS`: a
/// database as release 013 left it keeps the same statistics access for the same accounts, and no other.
@Suite struct WorkingBodyMigrationTests {
    @Test(arguments: TestEngine.all)
    func theBodiesOfAccountsBecomeSeatsWithTheSameAccess(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            guard let older = try await OlderDatabase.open(through: 13) else { return }
            let database = older.database
            try await database.transaction { db in
                for (name, body) in [("old-chair", "chair"), ("old-analyst", "wgs"), ("old-observer", nil)] {
                    try await db.raw(
                        """
                        INSERT INTO accounts (username, password_hash, role, created_at, scheme_body)
                        VALUES (\(bind: name), 'x', 'observer', '2025-03-04T05:06:07.000Z', \(bind: body))
                        """
                    ).run()
                }
            }
            let applied = try await Migrator.migrate(database, through: 14)
            #expect(applied == ["014 working bodies"])
            let today = CalendarDate(iso: "2026-12-02")!
            let rows = try await database.read { db in
                try await db.raw(
                    """
                    SELECT a.username, \(GovernanceStore.seatBodyColumn(on: today)) FROM accounts a ORDER BY a.username
                    """
                ).all().map {
                    "\(try $0.decode(column: "username", as: String.self)) "
                        + (try $0.decode(column: "seat_body", as: String?.self) ?? "-")
                }
            }
            #expect(rows == ["old-analyst WGS", "old-chair CHAIR", "old-observer -"])
            let starts = try await database.read { db in
                try await db.raw("SELECT starts_on, holder_kind, role FROM body_seats ORDER BY id").all().map {
                    "\(try $0.decode(column: "starts_on", as: String.self)) "
                        + "\(try $0.decode(column: "holder_kind", as: String.self)) "
                        + (try $0.decode(column: "role", as: String.self))
                }
            }
            #expect(
                starts == ["2025-03-04 person member", "2025-03-04 person member"], "from the day the account was made")
            let before = CalendarDate(iso: "2025-03-03")!
            let earlier = try await database.read { db in
                try await db.raw("SELECT \(GovernanceStore.seatBodyColumn(on: before)) FROM accounts a").all()
                    .compactMap {
                        try $0.decode(column: "seat_body", as: String?.self)
                    }
            }
            #expect(earlier.isEmpty)
            try await older.remove()
            _ = store
        }
    }
}
