/// 012: the e-mail address of an account and the outbox of e-mails, one row per notification of an account with an
/// address, written in the notification's transaction and claimed row by row by the sender of any process.
enum Migration012MailDeliveries {
    static let migration = Migration(
        version: 12, name: "mail deliveries",
        statements: [
            "ALTER TABLE accounts ADD COLUMN email TEXT",
            """
            CREATE TABLE mail_deliveries (
                id {id},
                notification_id BIGINT NOT NULL UNIQUE REFERENCES notifications (id),
                address TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                claimed_by TEXT,
                claimed_until TEXT,
                last_error TEXT,
                sent_at TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX mail_deliveries_due ON mail_deliveries (state, next_attempt_at)",
        ])
}
