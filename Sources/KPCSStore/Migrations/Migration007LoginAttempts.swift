/// 007: login attempts counted per username (known or not) before the password is checked, so the lockout holds
/// for guesses sent at once, from any number of processes. Replaces the counters on `accounts`, which stay unused.
enum Migration007LoginAttempts {
    static let migration = Migration(
        version: 7, name: "login attempts",
        statements: [
            """
            CREATE TABLE login_attempts (
                username TEXT PRIMARY KEY,
                attempts BIGINT NOT NULL CHECK (attempts > 0),
                locked_until TEXT,
                last_attempt_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX login_attempts_last ON login_attempts (last_attempt_at)",
        ])
}
