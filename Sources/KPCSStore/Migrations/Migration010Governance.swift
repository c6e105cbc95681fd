/// 010: governance. Observer organisations; delegates (a fourth role, speaking for a participant) and observers'
/// organisations on accounts; the chair table; decisions with their electorate, stances, observers' comments and
/// numbering; and the decision behind a participant's status change.
enum Migration010Governance {
    /// The accounts' checks after this step, the same on both engines.
    static let accountChecks = [
        "CHECK (role IN ('administrator', 'officer', 'observer', 'delegate'))",
        """
        CHECK ((role = 'officer' AND authority_id IS NOT NULL) OR (role <> 'officer' AND authority_id IS NULL))
        """,
        """
        CHECK ((role = 'delegate' AND participant_code IS NOT NULL) OR\
         (role <> 'delegate' AND participant_code IS NULL))
        """,
        "CHECK (role = 'observer' OR organisation_id IS NULL)",
    ]

    static let accountColumns = """
        id, username, password_hash, role, authority_id, disabled, failed_logins, locked_until, created_at,\
         scheme_body, display_name, official_function
        """

    static let migration = Migration(
        version: 10, name: "governance",
        statements: [
            """
            CREATE TABLE observer_organisations (
                id {id},
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('industry', 'civil-society', 'independent')),
                admitted_on TEXT,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE decisions (
                id {id},
                title_en TEXT NOT NULL,
                title_fr TEXT NOT NULL,
                text_en TEXT NOT NULL,
                text_fr TEXT NOT NULL,
                proposer TEXT NOT NULL REFERENCES participants (code),
                proposed_by BIGINT NOT NULL REFERENCES accounts (id),
                proposed_at TEXT NOT NULL,
                effect TEXT,
                venue TEXT CHECK (venue IN ('plenary', 'intersessional', 'wp')),
                opened_at TEXT,
                opened_by BIGINT REFERENCES accounts (id),
                closes_at TEXT,
                quorum INTEGER,
                outcome TEXT CHECK (outcome IN ('adopted', 'not-adopted')),
                closed_at TEXT,
                number TEXT UNIQUE,
                effect_result TEXT CHECK (effect_result IN ('applied', 'lapsed')),
                archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
                CHECK ((venue IS NULL) = (closes_at IS NULL)),
                CHECK (outcome IS NULL OR closes_at IS NOT NULL),
                CHECK ((outcome = 'adopted') = (number IS NOT NULL))
            )
            """,
            "CREATE INDEX decisions_due ON decisions (closes_at) WHERE outcome IS NULL",
            """
            CREATE TABLE decision_electorate (
                decision_id BIGINT NOT NULL REFERENCES decisions (id),
                participant_code TEXT NOT NULL REFERENCES participants (code),
                PRIMARY KEY (decision_id, participant_code)
            )
            """,
            """
            CREATE TABLE decision_stances (
                id {id},
                decision_id BIGINT NOT NULL REFERENCES decisions (id),
                participant_code TEXT NOT NULL REFERENCES participants (code),
                position TEXT NOT NULL CHECK (position IN ('supports', 'no-objection', 'objects')),
                reason TEXT,
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX decision_stances_decision ON decision_stances (decision_id, id)",
            """
            CREATE TABLE decision_comments (
                id {id},
                decision_id BIGINT NOT NULL REFERENCES decisions (id),
                organisation_id BIGINT NOT NULL REFERENCES observer_organisations (id),
                position TEXT CHECK (position IN ('supports', 'no-objection', 'objects')),
                text TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX decision_comments_decision ON decision_comments (decision_id, id)",
            """
            CREATE TABLE decision_numbers (
                year INTEGER NOT NULL,
                venue TEXT NOT NULL,
                last INTEGER NOT NULL,
                PRIMARY KEY (year, venue)
            )
            """,
            """
            CREATE TABLE chairmanships (
                year INTEGER PRIMARY KEY,
                chair TEXT REFERENCES participants (code),
                vice_chair TEXT REFERENCES participants (code),
                decision_id BIGINT REFERENCES decisions (id),
                recorded_at TEXT NOT NULL
            )
            """,
            "ALTER TABLE participant_status_changes ADD COLUMN decision_id BIGINT REFERENCES decisions (id)",
        ],
        // SQLite cannot change a table's checks: the accounts table is rebuilt inside the migration's transaction.
        // With the foreign keys deferred, dropping it counts the rows that lose their account; inserting the
        // accounts again into the new table finds each of them its parent, so nothing is left to fail at commit.
        sqlite: [
            "PRAGMA defer_foreign_keys = ON",
            "CREATE TABLE accounts_before_010 AS SELECT * FROM accounts",
            "DROP TABLE accounts",
            """
            CREATE TABLE accounts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                username TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                authority_id BIGINT REFERENCES authorities (id),
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL,
                scheme_body TEXT CHECK (scheme_body IN ('chair', 'wgs')),
                display_name TEXT,
                official_function TEXT,
                participant_code TEXT REFERENCES participants (code),
                organisation_id BIGINT REFERENCES observer_organisations (id),
                \(accountChecks.joined(separator: ",\n"))
            )
            """,
            "INSERT INTO accounts (\(accountColumns)) SELECT \(accountColumns) FROM accounts_before_010",
            "DROP TABLE accounts_before_010",
        ],
        postgres: [
            "ALTER TABLE accounts ADD COLUMN participant_code TEXT REFERENCES participants (code)",
            "ALTER TABLE accounts ADD COLUMN organisation_id BIGINT REFERENCES observer_organisations (id)",
            "ALTER TABLE accounts DROP CONSTRAINT accounts_role_check",
            "ALTER TABLE accounts DROP CONSTRAINT accounts_check",
        ]
            + accountChecks.enumerated().map {
                "ALTER TABLE accounts ADD CONSTRAINT accounts_check_010_\($0.offset) \($0.element)"
            }
    )
}
