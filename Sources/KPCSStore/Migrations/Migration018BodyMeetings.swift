/// 018: a meeting may be a working body's, naming the body that meets (`body_id`); the kind is then
/// `working-body`, and only then is a body named.
enum Migration018BodyMeetings {
    static let kindChecks = [
        "CHECK (kind IN ('plenary', 'intersessional', 'working-body'))",
        "CHECK ((kind = 'working-body') = (body_id IS NOT NULL))",
    ]
    static let columns = """
        id, kind, title_en, title_fr, starts_on, ends_on, format, place, communique, communique_en, communique_fr,\
         created_at, created_by
        """

    static let migration = Migration(
        version: 18, name: "working-body meetings",
        statements: [],
        // SQLite cannot change a table's checks: the meetings table is rebuilt inside the migration's transaction,
        // with the foreign keys deferred as migration 010 rebuilt the accounts: the agenda, attendance, documents
        // and decisions of each meeting find it again under its own id before the commit.
        sqlite: [
            "PRAGMA defer_foreign_keys = ON",
            "CREATE TABLE meetings_before_018 AS SELECT * FROM meetings",
            "DROP TABLE meetings",
            """
            CREATE TABLE meetings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                body_id BIGINT REFERENCES working_bodies (id),
                title_en TEXT NOT NULL,
                title_fr TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                format TEXT NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid')),
                place TEXT,
                communique TEXT CHECK (communique IN ('published', 'none')),
                communique_en TEXT,
                communique_fr TEXT,
                created_at TEXT NOT NULL,
                created_by BIGINT NOT NULL REFERENCES accounts (id),
                \(kindChecks.joined(separator: ",\n"))
            )
            """,
            "INSERT INTO meetings (\(columns)) SELECT \(columns) FROM meetings_before_018",
            "DROP TABLE meetings_before_018",
            "CREATE INDEX meetings_starts ON meetings (starts_on, id)",
            "CREATE INDEX meetings_body ON meetings (body_id, starts_on)",
        ],
        postgres: [
            "ALTER TABLE meetings ADD COLUMN body_id BIGINT REFERENCES working_bodies (id)",
            "ALTER TABLE meetings DROP CONSTRAINT meetings_kind_check",
            "CREATE INDEX meetings_body ON meetings (body_id, starts_on)",
        ]
            + kindChecks.enumerated().map {
                "ALTER TABLE meetings ADD CONSTRAINT meetings_check_018_\($0.offset) \($0.element)"
            }
    )
}
