/// 001: the participant registry, its status history, authorities and licensed companies.
enum Migration001Registry {
    static let migration = Migration(
        version: 1, name: "registry",
        statements: [
            """
            CREATE TABLE participants (
                code TEXT PRIMARY KEY CHECK (length(code) = 2),
                name_en TEXT NOT NULL,
                name_fr TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('country', 'organisation', 'entity')),
                participant_code TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('candidate', 'active', 'suspended', 'withdrawn')),
                joined INTEGER,
                region TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE participant_status_changes (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                previous_status TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('candidate', 'active', 'suspended', 'withdrawn')),
                reason TEXT NOT NULL,
                effective_on TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX participant_status_changes_code ON participant_status_changes (participant_code, id)",
            """
            CREATE TABLE authorities (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                member_state TEXT REFERENCES participants (code),
                name TEXT NOT NULL,
                can_export INTEGER NOT NULL CHECK (can_export IN (0, 1)),
                can_import INTEGER NOT NULL CHECK (can_import IN (0, 1)),
                created_at TEXT NOT NULL,
                CHECK (can_export = 1 OR can_import = 1)
            )
            """,
            """
            CREATE TABLE companies (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                name TEXT NOT NULL,
                licence_number TEXT NOT NULL,
                can_export INTEGER NOT NULL CHECK (can_export IN (0, 1)),
                can_import INTEGER NOT NULL CHECK (can_import IN (0, 1)),
                registered_by BIGINT REFERENCES authorities (id),
                suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
                suspension_reason TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (participant_code, licence_number),
                CHECK (can_export = 1 OR can_import = 1)
            )
            """,
        ])
}
