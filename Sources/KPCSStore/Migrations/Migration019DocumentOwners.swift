/// 019: a document belongs to a meeting, a working body or a participation application: exactly one of
/// `meeting_id`, `body_id` and `application_id` names it. The table keeps its name, `meeting_documents`.
enum Migration019DocumentOwners {
    static let ownerCheck = """
        CHECK ((CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN body_id IS NULL THEN 0 ELSE 1 END)\
         + (CASE WHEN application_id IS NULL THEN 0 ELSE 1 END) = 1)
        """
    static let columns = "id, meeting_id, title_en, title_fr, public, created_at, created_by"

    static let migration = Migration(
        version: 19, name: "document owners",
        statements: [],
        // SQLite cannot make a column nullable: the documents table is rebuilt inside the migration's transaction,
        // with the foreign keys deferred as migration 010 rebuilt the accounts, so that every version finds its
        // document again under its own id before the commit.
        sqlite: [
            "PRAGMA defer_foreign_keys = ON",
            "CREATE TABLE meeting_documents_before_019 AS SELECT * FROM meeting_documents",
            "DROP TABLE meeting_documents",
            """
            CREATE TABLE meeting_documents (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                meeting_id BIGINT REFERENCES meetings (id),
                body_id BIGINT REFERENCES working_bodies (id),
                application_id BIGINT REFERENCES applications (id),
                title_en TEXT NOT NULL,
                title_fr TEXT NOT NULL,
                public INTEGER NOT NULL CHECK (public IN (0, 1)),
                created_at TEXT NOT NULL,
                created_by BIGINT NOT NULL REFERENCES accounts (id),
                \(ownerCheck)
            )
            """,
            "INSERT INTO meeting_documents (\(columns)) SELECT \(columns) FROM meeting_documents_before_019",
            "DROP TABLE meeting_documents_before_019",
            "CREATE INDEX meeting_documents_meeting ON meeting_documents (meeting_id, id)",
            "CREATE INDEX meeting_documents_body ON meeting_documents (body_id, id)",
            "CREATE INDEX meeting_documents_application ON meeting_documents (application_id, id)",
        ],
        postgres: [
            "ALTER TABLE meeting_documents ALTER COLUMN meeting_id DROP NOT NULL",
            "ALTER TABLE meeting_documents ADD COLUMN body_id BIGINT REFERENCES working_bodies (id)",
            "ALTER TABLE meeting_documents ADD COLUMN application_id BIGINT REFERENCES applications (id)",
            "ALTER TABLE meeting_documents ADD CONSTRAINT meeting_documents_owner_019 \(ownerCheck)",
            "CREATE INDEX meeting_documents_body ON meeting_documents (body_id, id)",
            "CREATE INDEX meeting_documents_application ON meeting_documents (application_id, id)",
        ]
    )
}
