/// 016: candidates' applications to take part in the scheme, with their contacts and the CPC's review.
enum Migration016Applications {
    static let migration = Migration(
        version: 16, name: "applications",
        statements: [
            """
            CREATE TABLE applications (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                letter_en TEXT,
                letter_fr TEXT,
                submitted_at TEXT NOT NULL,
                submitted_by BIGINT NOT NULL REFERENCES accounts (id),
                recommendation TEXT CHECK (recommendation IN ('admit', 'postpone', 'not-admit')),
                review_en TEXT,
                review_fr TEXT,
                reviewed_at TEXT,
                reviewed_by BIGINT REFERENCES accounts (id),
                CHECK (letter_en IS NOT NULL OR letter_fr IS NOT NULL),
                CHECK ((recommendation IS NULL) = (reviewed_at IS NULL))
            )
            """,
            "CREATE INDEX applications_participant ON applications (participant_code, id)",
            """
            CREATE TABLE application_contacts (
                application_id BIGINT NOT NULL REFERENCES applications (id),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                function TEXT,
                email TEXT,
                PRIMARY KEY (application_id, position)
            )
            """,
        ])
}
