import Foundation
import KPCSCore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

@testable import KPCSStore

/// Migration 010 rebuilds the accounts' checks (a table rebuild on SQLite): a database as release 009 left it,
/// with accounts, tokens and rows that refer to them, keeps every row and reference.
@Suite struct GovernanceMigrationTests {
    @Test(arguments: TestEngine.all)
    func aDatabaseAt009KeepsItsAccountsAndReferences(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            // The test store is migrated already; a second schema (PostgreSQL) or file (SQLite) is made at 009.
            guard let older = try await OlderDatabase.open(through: 9) else { return }
            let database = older.database
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO participants (code, name_en, name_fr, kind, participant_code, status, region)
                    VALUES ('BW', 'Botswana', 'Botswana', 'country', 'BW', 'active', 'Africa')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO authorities (participant_code, name, can_export, can_import, created_at)
                    VALUES ('BW', 'BW KP Office', 1, 1, '2026-01-01T00:00:00.000Z')
                    """
                ).run()
                for (id, name, role, authority) in [
                    (7, "old-admin", "administrator", nil), (9, "old-officer", "officer", 1 as Int64?),
                ] as [(Int64, String, String, Int64?)] {
                    try await db.raw(
                        """
                        INSERT INTO accounts (id, username, password_hash, role, authority_id, created_at, scheme_body)
                        VALUES (\(bind: id), \(bind: name), 'x', \(bind: role), \(bind: authority),\
                         '2026-01-01T00:00:00.000Z', \(bind: role == "officer" ? "wgs" : nil as String?))
                        """
                    ).run()
                }
                try await db.raw(
                    """
                    INSERT INTO access_tokens (token_hash, account_id, created_at, expires_at)
                    VALUES ('h', 9, '2026-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z')
                    """
                ).run()
            }
            // Through 013: migration 014 moves `scheme_body` to seats (WorkingBodyMigrationTests).
            let applied = try await Migrator.migrate(database, through: 13)
            #expect(applied.contains("010 governance"))
            let rows = try await database.read { db in
                try await db.raw(
                    """
                    SELECT a.id, a.username, a.role, COALESCE(a.scheme_body, '') AS b, t.token_hash FROM accounts a
                    LEFT JOIN access_tokens t ON t.account_id = a.id ORDER BY a.id
                    """
                ).all().map {
                    "\(try $0.decode(column: "id", as: Int64.self)) \(try $0.decode(column: "username", as: String.self))"
                        + " \(try $0.decode(column: "role", as: String.self)) \(try $0.decode(column: "b", as: String.self))"
                        + " \(try $0.decode(column: "token_hash", as: String?.self) ?? "-")"
                }
            }
            #expect(rows == ["7 old-admin administrator  -", "9 old-officer officer wgs h"])
            // The new checks hold: a delegate needs its participant, an officer its authority.
            await #expect(throws: (any Error).self) {
                try await database.transaction { db in
                    try await db.raw(
                        """
                        INSERT INTO accounts (username, password_hash, role, created_at)
                        VALUES ('no-participant', 'x', 'delegate', '2026-01-01T00:00:00.000Z')
                        """
                    ).run()
                }
            }
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO accounts (username, password_hash, role, participant_code, created_at)
                    VALUES ('bw-delegate', 'x', 'delegate', 'BW', '2026-01-01T00:00:00.000Z')
                    """
                ).run()
                // On SQLite, a new account continues the numbering after the copied ones.
                let id = try await db.raw("SELECT id FROM accounts WHERE username = 'bw-delegate'").first()?
                    .decode(column: "id", as: Int64.self)
                if case .sqlite = older.location { #expect(id == 10) }
            }
            try await older.remove()
            _ = store
        }
    }
}
