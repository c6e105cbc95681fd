/// 023: incident reports. The reporter is a sealed text (AES-GCM under the master key, the reference as associated
/// data), read by no query of kpcs; verification and publication are kept apart, and the concerned participant's
/// response beside them.
enum Migration023Incidents {
    static let migration = Migration(
        version: 23, name: "incidents",
        statements: [
            """
            CREATE TABLE incidents (
                id {id},
                reference TEXT NOT NULL UNIQUE,
                participant_code TEXT NOT NULL REFERENCES participants (code),
                zone_code TEXT REFERENCES mining_zones (code),
                longitude_e6 BIGINT,
                latitude_e6 BIGINT,
                precision_km INTEGER,
                occurred_on TEXT NOT NULL,
                kinds TEXT NOT NULL,
                description TEXT NOT NULL,
                evidence TEXT NOT NULL,
                channel TEXT NOT NULL CHECK (channel IN ('organisation', 'public-form')),
                reporter_sealed TEXT NOT NULL,
                filed_at TEXT NOT NULL,
                verification TEXT NOT NULL CHECK (verification IN ('received', 'under-review', 'corroborated',\
             'not-corroborated')),
                publication TEXT NOT NULL CHECK (publication IN ('private', 'public-summary', 'public')),
                published_from TEXT,
                response TEXT,
                responded_at TEXT,
                responded_by BIGINT REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX incidents_participant ON incidents (participant_code, id)",
        ])
}
