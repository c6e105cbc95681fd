import Foundation
import KPCSCore
import SQLKit

/// Notifications: written by the operations they announce (``BusinessTransaction/notify(_:decision:recipients:)``),
/// read by their recipient as a page, a feed or JSON, marked read.
public struct NotificationStore: CapabilityStore {
    let context: StoreContext
}

/// Who a notification goes to, as SQL over `accounts a` (enabled accounts only).
enum NotificationRecipients {
    /// The delegates of the participants entitled to decide, and the observers of an organisation.
    case electorateAndObservers
    /// The delegates of the entitled participants that have recorded no stance.
    case silentDelegates

    func condition(decision id: Int64) -> SQLQueryString {
        switch self {
        case .electorateAndObservers:
            return """
                (a.role = 'delegate' AND a.participant_code IN (SELECT participant_code FROM decision_electorate\
                 WHERE decision_id = \(bind: id))) OR (a.role = 'observer' AND a.organisation_id IS NOT NULL)
                """
        case .silentDelegates:
            return """
                a.role = 'delegate' AND a.participant_code IN (SELECT participant_code FROM decision_electorate\
                 WHERE decision_id = \(bind: id)) AND a.participant_code NOT IN (SELECT participant_code FROM\
                 decision_stances WHERE decision_id = \(bind: id))
                """
        }
    }
}

extension BusinessTransaction {
    /// Writes one notification per recipient, inside the caller's transaction; a recipient already notified of the
    /// same event is left as it is. When e-mail is on, each new notification of an account with an address also
    /// writes its e-mail to the outbox, in the same transaction. Returns how many notifications were written.
    @discardableResult
    func notify(_ kind: NotificationKind, decision id: Int64, recipients: NotificationRecipients) async throws -> Int {
        let createdAt = Timestamp.string(context.configuration.now())
        let ids = try await raw(
            """
            INSERT INTO notifications (account_id, kind, decision_id, created_at)
            SELECT a.id, \(bind: kind.rawValue), \(bind: id), \(bind: createdAt) FROM accounts a
            WHERE a.disabled = 0 AND (\(recipients.condition(decision: id)))
            ON CONFLICT (account_id, kind, decision_id) DO NOTHING RETURNING id
            """
        ).all().map { try $0.int("id") }
        // The rows just written are those of this event stamped with this transaction's instant (no list of ids
        // to bind, however many recipients).
        if context.configuration.mailDelivery, !ids.isEmpty {
            try await raw(
                """
                INSERT INTO mail_deliveries (notification_id, address, next_attempt_at, created_at)
                SELECT n.id, a.email, \(bind: createdAt), \(bind: createdAt) FROM notifications n JOIN accounts a ON\
                 a.id = n.account_id WHERE n.decision_id = \(bind: id) AND n.kind = \(bind: kind.rawValue) AND\
                 n.created_at = \(bind: createdAt) AND a.email IS NOT NULL ON CONFLICT (notification_id) DO NOTHING
                """
            ).run()
        }
        return ids.count
    }
}

extension NotificationStore {
    /// The reminders of the written procedures that close within the reminder window: once per silent delegate.
    @discardableResult
    public func remindDeadlines() async throws -> Int {
        let now = self.now
        let nowText = Timestamp.string(now)
        let latest = Timestamp.string(now.addingTimeInterval(NotificationRules.reminderWindow))
        let due = try await database.read { db in
            try await db.raw(
                """
                SELECT id FROM decisions WHERE outcome IS NULL AND closes_at > \(bind: nowText) AND closes_at <=\
                 \(bind: latest)
                """
            ).all().map { try $0.int("id") }
        }
        guard !due.isEmpty else { return 0 }
        return try await transaction { db in
            var written = 0
            for id in due { written += try await db.notify(.deadlineSoon, decision: id, recipients: .silentDelegates) }
            return written
        }
    }

    /// A page of the principal's notifications, newest first, and how many are unread.
    public func page(
        for principal: Principal, page: PageRequest
    ) async throws -> (
        result: PageResult<AccountNotification>, unread: Int64
    ) {
        try await database.read { db in
            let counts = try await db.raw(
                """
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END), 0) AS u FROM\
                 notifications WHERE account_id = \(bind: principal.accountId)
                """
            ).first()
            let rows = try await db.raw(
                """
                SELECT n.*, d.title_en, d.title_fr, d.number, d.closes_at FROM notifications n JOIN decisions d ON\
                 d.id = n.decision_id WHERE n.account_id = \(bind: principal.accountId) ORDER BY n.id DESC\
                 LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            let items = try rows.map(Self.notification(from:))
            return (
                PageResult(items: items, page: page, total: try counts?.int("n") ?? 0), try counts?.int("u") ?? 0
            )
        }
    }

    /// A notification row joined with its decision's titles, number and deadline.
    static func notification(from row: any SQLRow) throws -> AccountNotification {
        let kind = try row.string("kind")
        guard let parsed = NotificationKind(rawValue: kind) else { throw StoreCorruption.badValue("kind", kind) }
        return AccountNotification(
            id: try row.int("id"), kind: parsed, decisionId: try row.int("decision_id"),
            titleEn: try row.string("title_en"), titleFr: try row.string("title_fr"),
            number: try row.optionalString("number"), closesAt: try row.optionalString("closes_at"),
            createdAt: try row.string("created_at"), readAt: try row.optionalString("read_at"))
    }

    /// Marks every notification of the principal read.
    public func markAllRead(for principal: Principal) async throws {
        let readAt = Timestamp.string(now)
        try await transaction { db in
            try await db.raw(
                """
                UPDATE notifications SET read_at = \(bind: readAt) WHERE account_id = \(bind: principal.accountId)\
                 AND read_at IS NULL
                """
            ).run()
        }
    }
}
