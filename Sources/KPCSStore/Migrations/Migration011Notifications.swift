/// 011: notifications, one row per recipient and event, written in the transaction of the event it announces.
enum Migration011Notifications {
    static let migration = Migration(
        version: 11, name: "notifications",
        statements: [
            """
            CREATE TABLE notifications (
                id {id},
                account_id BIGINT NOT NULL REFERENCES accounts (id),
                kind TEXT NOT NULL CHECK (kind IN ('procedure-opened', 'deadline-soon', 'decision-adopted',\
             'decision-not-adopted')),
                decision_id BIGINT NOT NULL REFERENCES decisions (id),
                created_at TEXT NOT NULL,
                read_at TEXT,
                UNIQUE (account_id, kind, decision_id)
            )
            """,
            "CREATE INDEX notifications_account ON notifications (account_id, id)",
        ])
}
