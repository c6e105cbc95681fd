/// 005: the transparency log — its size, its entries, the hash of every complete subtree, the key that signs its
/// checkpoints, the witnesses' cosignatures, and each event's leaf index.
enum Migration005Log {
    static let migration = Migration(
        version: 5, name: "transparency-log",
        statements: [
            "CREATE TABLE log_head (id INTEGER PRIMARY KEY CHECK (id = 1), size BIGINT NOT NULL CHECK (size >= 0))",
            "INSERT INTO log_head (id, size) VALUES (1, 0)",
            """
            CREATE TABLE log_entries (
                idx BIGINT PRIMARY KEY CHECK (idx >= 0),
                data TEXT NOT NULL,
                event TEXT NOT NULL,
                at TEXT NOT NULL,
                certificate_number TEXT REFERENCES certificates (number)
            )
            """,
            "CREATE INDEX log_entries_certificate ON log_entries (certificate_number, idx)",
            """
            CREATE TABLE log_hashes (
                level INTEGER NOT NULL CHECK (level >= 0 AND level < 64),
                idx BIGINT NOT NULL CHECK (idx >= 0),
                hash TEXT NOT NULL,
                PRIMARY KEY (level, idx)
            )
            """,
            """
            CREATE TABLE log_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                public_key TEXT NOT NULL,
                sealed_private_key TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE log_cosignatures (
                size BIGINT NOT NULL,
                root_hash TEXT NOT NULL,
                witness TEXT NOT NULL,
                signature TEXT NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (size, root_hash, witness)
            )
            """,
            "ALTER TABLE certificate_events ADD COLUMN leaf_index BIGINT",
        ])
}
