/// 013: meetings (Plenary and Intersessional) with their agenda, who was present and a Plenary's communiqué.
enum Migration013Meetings {
    static let migration = Migration(
        version: 13, name: "meetings",
        statements: [
            """
            CREATE TABLE meetings (
                id {id},
                kind TEXT NOT NULL CHECK (kind IN ('plenary', 'intersessional')),
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
                created_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX meetings_starts ON meetings (starts_on, id)",
            """
            CREATE TABLE meeting_agenda_items (
                meeting_id BIGINT NOT NULL REFERENCES meetings (id),
                position INTEGER NOT NULL,
                title_en TEXT NOT NULL,
                title_fr TEXT NOT NULL,
                PRIMARY KEY (meeting_id, position)
            )
            """,
            """
            CREATE TABLE meeting_attendance (
                meeting_id BIGINT NOT NULL REFERENCES meetings (id),
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('participant', 'organisation', 'guest')),
                code TEXT,
                name TEXT,
                affiliation TEXT,
                PRIMARY KEY (meeting_id, position)
            )
            """,
        ])
}
