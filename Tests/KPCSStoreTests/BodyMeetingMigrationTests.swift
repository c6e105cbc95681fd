import Foundation
import KPCSCore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

@testable import KPCSStore

/// Migration 018 lets a meeting be a working body's: a database as release 017 left it keeps every meeting with its
/// agenda, attendance, documents and decisions under the same ids, and the new checks hold a meeting's kind and
/// its body together.
@Suite struct BodyMeetingMigrationTests {
    @Test(arguments: TestEngine.all)
    func everyMeetingKeepsWhatHangsOnItAndTheKindGoesWithTheBody(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            guard let older = try await OlderDatabase.open(through: 17) else { return }
            let database = older.database
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO accounts (username, password_hash, role, created_at)
                    VALUES ('old-admin', 'x', 'administrator', '2025-03-04T05:06:07.000Z')
                    """
                ).run()
                let account = try await db.raw("SELECT id FROM accounts").first()?.decode(column: "id", as: Int64.self)
                for (id, kind) in [(7, "plenary"), (9, "intersessional")] {
                    try await db.raw(
                        """
                        INSERT INTO meetings (id, kind, title_en, title_fr, starts_on, ends_on, format, place,\
                         created_at, created_by) VALUES (\(bind: id), \(bind: kind), 'T', 'T', '2025-11-17',\
                         '2025-11-22', 'in-person', 'Dubai', '2025-11-01T00:00:00.000Z', \(bind: account))
                        """
                    ).run()
                }
                try await db.raw(
                    """
                    INSERT INTO meeting_agenda_items (meeting_id, position, title_en, title_fr) VALUES (7, 0, 'A', 'A')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO meeting_attendance (meeting_id, position, kind, code) VALUES (7, 0, 'participant', 'BW')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO meeting_documents (id, meeting_id, title_en, title_fr, public, created_at, created_by)\
                     VALUES (3, 9, 'D', 'D', 1, '2025-11-01T00:00:00.000Z', \(bind: account))
                    """
                ).run()
            }
            let applied = try await Migrator.migrate(database, through: 18)
            #expect(applied == ["018 working-body meetings"])
            let meetings = try await database.read { db in
                try await db.raw("SELECT id, kind, body_id FROM meetings ORDER BY id").all().map {
                    "\(try $0.decode(column: "id", as: Int64.self)) \(try $0.decode(column: "kind", as: String.self)) "
                        + "\(try $0.decode(column: "body_id", as: Int64?.self).map(String.init) ?? "-")"
                }
            }
            #expect(meetings == ["7 plenary -", "9 intersessional -"])
            let held = try await database.read { db in
                (
                    try await db.raw("SELECT meeting_id FROM meeting_agenda_items").all().count,
                    try await db.raw("SELECT meeting_id FROM meeting_attendance WHERE meeting_id = 7").all().count,
                    try await db.raw("SELECT meeting_id FROM meeting_documents WHERE meeting_id = 9").all().count
                )
            }
            #expect(held == (1, 1, 1))
            // The checks: a body's meeting names its body, and only it does.
            for (kind, body) in [("working-body", "NULL"), ("plenary", "(SELECT id FROM working_bodies LIMIT 1)")] {
                await #expect(throws: (any Error).self, "\(kind) with body \(body)") {
                    try await database.transaction { db in
                        try await db.raw(
                            """
                            INSERT INTO meetings (kind, body_id, title_en, title_fr, starts_on, ends_on, format,\
                             created_at, created_by) VALUES (\(bind: kind), \(unsafeRaw: body), 'T', 'T',\
                             '2026-01-01', '2026-01-01', 'online', '2026-01-01T00:00:00.000Z',\
                             (SELECT id FROM accounts LIMIT 1))
                            """
                        ).run()
                    }
                }
            }
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO meetings (kind, body_id, title_en, title_fr, starts_on, ends_on, format, created_at,\
                     created_by) VALUES ('working-body', (SELECT id FROM working_bodies WHERE code = 'CPC'), 'T',\
                     'T', '2026-01-01', '2026-01-01', 'online', '2026-01-01T00:00:00.000Z',\
                     (SELECT id FROM accounts LIMIT 1))
                    """
                ).run()
            }
            let next = try await database.read { db in
                try await db.raw("SELECT MAX(id) AS n FROM meetings").first()?.decode(column: "n", as: Int64.self)
            }
            if engine == .sqlite { #expect(next == 10, "new ids follow the old ones") } else { #expect(next == 9) }
            try await older.remove()
            _ = store
        }
    }
}
