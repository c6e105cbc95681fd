/// 017: the documents of meetings, each with an English and a French version kept in the database with its
/// SHA-256 and size.
enum Migration017MeetingDocuments {
    static let migration = Migration(
        version: 17, name: "meeting documents",
        statements: [
            """
            CREATE TABLE meeting_documents (
                id {id},
                meeting_id BIGINT NOT NULL REFERENCES meetings (id),
                title_en TEXT NOT NULL,
                title_fr TEXT NOT NULL,
                public INTEGER NOT NULL CHECK (public IN (0, 1)),
                created_at TEXT NOT NULL,
                created_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX meeting_documents_meeting ON meeting_documents (meeting_id, id)",
            """
            CREATE TABLE document_versions (
                document_id BIGINT NOT NULL REFERENCES meeting_documents (id),
                language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
                format TEXT NOT NULL CHECK (format IN ('pdf', 'text')),
                content BYTEA NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT NOT NULL REFERENCES accounts (id),
                PRIMARY KEY (document_id, language)
            )
            """,
        ])
}
