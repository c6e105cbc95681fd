import Foundation
import KPCSCore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

@testable import KPCSStore

/// Migration 019 lets a document belong to a meeting, a working body or an application: a database as release 018
/// left it keeps every document and version under the same ids, and each document has exactly one owner.
@Suite struct DocumentOwnerMigrationTests {
    @Test(arguments: TestEngine.all)
    func everyDocumentKeepsItsVersionsAndHasExactlyOneOwner(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            guard let older = try await OlderDatabase.open(through: 18) else { return }
            let database = older.database
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO accounts (id, username, password_hash, role, created_at)
                    VALUES (5, 'old-admin', 'x', 'administrator', '2025-03-04T05:06:07.000Z')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO meetings (id, kind, title_en, title_fr, starts_on, ends_on, format, created_at,\
                     created_by) VALUES (7, 'plenary', 'T', 'T', '2025-11-17', '2025-11-22', 'online',\
                     '2025-11-01T00:00:00.000Z', 5)
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO meeting_documents (id, meeting_id, title_en, title_fr, public, created_at, created_by)\
                     VALUES (3, 7, 'Agenda', 'Ordre du jour', 1, '2025-11-01T00:00:00.000Z', 5)
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO document_versions (document_id, language, format, content, size, sha256, recorded_at,\
                     recorded_by) VALUES (3, 'en', 'text', \(bind: Data("Agenda".utf8)), 6, 'abc',\
                     '2025-11-01T00:00:00.000Z', 5)
                    """
                ).run()
            }
            let applied = try await Migrator.migrate(database, through: 19)
            #expect(applied == ["019 document owners"])
            let document = try await database.read { db in try await GovernanceStore.document(3, in: db) }
            #expect(document.owner == .meeting(7) && document.titleFr == "Ordre du jour")
            #expect(document.versions.map(\.language) == [.en] && document.versions.first?.size == 6)
            let owners = [
                ("NULL", "NULL", "NULL"), ("7", "(SELECT id FROM working_bodies WHERE code = 'CPC')", "NULL"),
            ]
            for (meeting, body, application) in owners {
                await #expect(throws: (any Error).self, "\(meeting) \(body) \(application)") {
                    try await database.transaction { db in
                        try await db.raw(
                            """
                            INSERT INTO meeting_documents (meeting_id, body_id, application_id, title_en, title_fr,\
                             public, created_at, created_by) VALUES (\(unsafeRaw: meeting), \(unsafeRaw: body),\
                             \(unsafeRaw: application), 'D', 'D', 1, '2026-01-01T00:00:00.000Z', 5)
                            """
                        ).run()
                    }
                }
            }
            try await database.transaction { db in
                try await db.raw(
                    """
                    INSERT INTO meeting_documents (id, body_id, title_en, title_fr, public, created_at,\
                     created_by) VALUES (100, (SELECT id FROM working_bodies WHERE code = 'CPC'), 'D', 'D', 1,\
                     '2026-01-01T00:00:00.000Z', 5)
                    """
                ).run()
            }
            let bodies = try await database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM meeting_documents WHERE body_id IS NOT NULL").first()?
                    .decode(column: "n", as: Int64.self)
            }
            #expect(bodies == 1)
            try await older.remove()
            _ = store
        }
    }
}
