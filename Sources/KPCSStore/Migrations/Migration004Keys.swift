/// 004: signing keys (encrypted under the operator's master key), the master-key check value, and each
/// certificate's seal.
enum Migration004Keys {
    static let migration = Migration(
        version: 4, name: "keys-and-seals",
        statements: [
            """
            CREATE TABLE signing_keys (
                kid TEXT PRIMARY KEY,
                purpose TEXT NOT NULL CHECK (purpose IN ('authority', 'root')),
                authority_id BIGINT REFERENCES authorities (id),
                public_key TEXT NOT NULL,
                sealed_private_key TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('current', 'retired', 'revoked')),
                created_at TEXT NOT NULL,
                retired_at TEXT,
                revoked_at TEXT,
                revocation_reason TEXT,
                CHECK ((purpose = 'root') = (authority_id IS NULL)),
                CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
            )
            """,
            """
            CREATE UNIQUE INDEX signing_keys_one_current ON signing_keys (authority_id) WHERE status = 'current' AND\
             purpose = 'authority'
            """,
            """
            CREATE UNIQUE INDEX signing_keys_one_root ON signing_keys (purpose) WHERE status = 'current' AND purpose =\
             'root'
            """,
            "CREATE TABLE master_key_check (id INTEGER PRIMARY KEY CHECK (id = 1), check_value TEXT NOT NULL)",
            "ALTER TABLE certificates ADD COLUMN seal TEXT",
            "ALTER TABLE certificates ADD COLUMN seal_kid TEXT REFERENCES signing_keys (kid)",
        ])
}
