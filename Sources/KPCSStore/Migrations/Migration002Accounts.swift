/// 002: accounts with hashed passwords and lockout counters, and access tokens stored only as hashes.
enum Migration002Accounts {
    static let migration = Migration(
        version: 2, name: "accounts",
        statements: [
            """
            CREATE TABLE accounts (
                id {id},
                username TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('administrator', 'officer', 'observer')),
                authority_id BIGINT REFERENCES authorities (id),
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL,
                CHECK ((role = 'officer' AND authority_id IS NOT NULL) OR (role <> 'officer' AND authority_id IS NULL))
            )
            """,
            """
            CREATE TABLE access_tokens (
                token_hash TEXT PRIMARY KEY,
                account_id BIGINT NOT NULL REFERENCES accounts (id),
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                revoked_at TEXT
            )
            """,
            "CREATE INDEX access_tokens_account ON access_tokens (account_id)",
        ])
}
