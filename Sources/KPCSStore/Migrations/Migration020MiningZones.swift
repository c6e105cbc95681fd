/// 020: the mining zones of producing participants, their KP status as decisions set it, and the origin zone of a
/// certificate.
enum Migration020MiningZones {
    static let migration = Migration(
        version: 20, name: "mining zones",
        statements: [
            """
            CREATE TABLE mining_zones (
                id {id},
                code TEXT NOT NULL UNIQUE,
                participant_code TEXT NOT NULL REFERENCES participants (code),
                name TEXT NOT NULL,
                geometry TEXT NOT NULL,
                registered_at TEXT NOT NULL,
                registered_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX mining_zones_participant ON mining_zones (participant_code, code)",
            """
            CREATE TABLE zone_status_changes (
                id {id},
                zone_id BIGINT NOT NULL REFERENCES mining_zones (id),
                status TEXT NOT NULL CHECK (status IN ('compliant', 'non-compliant', 'under-monitoring')),
                effective_on TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                decision_id BIGINT NOT NULL REFERENCES decisions (id)
            )
            """,
            "CREATE INDEX zone_status_changes_zone ON zone_status_changes (zone_id, id)",
            "ALTER TABLE certificates ADD COLUMN origin_zone TEXT REFERENCES mining_zones (code)",
            "CREATE INDEX certificates_origin_zone ON certificates (origin_zone) WHERE origin_zone IS NOT NULL",
        ])
}
