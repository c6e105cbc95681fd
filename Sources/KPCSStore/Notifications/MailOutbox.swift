import Foundation
import KPCSCore
import SQLKit

/// An e-mail the caller has claimed and now sends: what its text needs and how many attempts came before.
public struct ClaimedMail: Sendable, Equatable {
    public var id: Int64
    public var address: String
    public var attempts: Int
    public var notification: AccountNotification
}

/// The outbox of e-mails (`mail_deliveries`), written by ``BusinessTransaction/notify(_:decision:recipients:)``.
/// Any number of processes send from it: each claims one due row at a time with a guarded update (the same SQL on
/// both engines), holds it for ``MailDeliveryRules/lease``, and records the outcome only while it holds it, so no
/// message is sent by two processes.
extension NotificationStore {
    /// Claims the next due e-mail for `worker` (a name unique to the process), or nil when none is due. A claim lost
    /// to another process at the same instant is retried on the next due row.
    public func claimNextMail(worker: String) async throws -> ClaimedMail? {
        let now = self.now
        let nowText = Timestamp.string(now)
        let until = Timestamp.string(now.addingTimeInterval(MailDeliveryRules.lease))
        let free: SQLQueryString = """
            state = 'pending' AND next_attempt_at <= \(bind: nowText) AND (claimed_until IS NULL OR claimed_until <\
             \(bind: nowText))
            """
        for _ in 0..<10 {
            let claimed = try await transaction { db -> ClaimedMail?? in
                // The outer condition is checked again on the row once locked: a process that lost the race updates
                // nothing instead of claiming the row a second time.
                let row = try await db.raw(
                    """
                    UPDATE mail_deliveries SET claimed_by = \(bind: worker), claimed_until = \(bind: until) WHERE id =\
                     (SELECT id FROM mail_deliveries WHERE \(free) ORDER BY next_attempt_at, id LIMIT 1) AND \(free)\
                     RETURNING id
                    """
                ).first()
                guard let id = try row?.int("id") else {
                    let due = try await db.raw("SELECT id FROM mail_deliveries WHERE \(free) LIMIT 1").first()
                    return due == nil ? .some(nil) : nil
                }
                let mail = try await db.raw(
                    """
                    SELECT m.id AS mail_id, m.address, m.attempts, n.*, d.title_en, d.title_fr, d.number, d.closes_at\
                     FROM mail_deliveries m JOIN notifications n ON n.id = m.notification_id JOIN decisions d ON\
                     d.id = n.decision_id WHERE m.id = \(bind: id)
                    """
                ).first()
                guard let mail else { throw StoreCorruption.badValue("mail_deliveries.id", String(id)) }
                return ClaimedMail(
                    id: id, address: try mail.string("address"), attempts: Int(try mail.int("attempts")),
                    notification: try Self.notification(from: mail))
            }
            if let claimed { return claimed }
        }
        return nil
    }

    /// Records that the server accepted the message. Nothing changes if the claim was lost (its lease ran out).
    public func recordSent(_ mail: ClaimedMail, worker: String) async throws {
        let nowText = Timestamp.string(now)
        try await transaction { db in
            try await db.raw(
                """
                UPDATE mail_deliveries SET state = 'sent', sent_at = \(bind: nowText), attempts = attempts + 1,\
                 next_attempt_at = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = \(bind: mail.id) AND\
                 claimed_by = \(bind: worker)
                """
            ).run()
        }
    }

    /// Records a failed attempt: the next one after the backoff of ``MailDeliveryRules``, or given up.
    public func recordFailure(_ mail: ClaimedMail, worker: String, error: String, permanent: Bool) async throws {
        let now = self.now
        let attempts = mail.attempts + 1
        let next = MailDeliveryRules.nextAttempt(afterAttempts: attempts, permanent: permanent, at: now)
        let state: MailDeliveryState = next == nil ? .failed : .pending
        let text = String(error.prefix(MailDeliveryRules.maximumErrorLength))
        try await transaction { db in
            try await db.raw(
                """
                UPDATE mail_deliveries SET state = \(bind: state.rawValue), attempts = \(bind: attempts),\
                 next_attempt_at = \(bind: next.map(Timestamp.string)), last_error = \(bind: text), claimed_by = NULL,\
                 claimed_until = NULL WHERE id = \(bind: mail.id) AND claimed_by = \(bind: worker)
                """
            ).run()
        }
    }

    /// A page of the e-mails, newest first, of one state or all, with how many there are of each state.
    /// Administrators only.
    public func mailDeliveries(
        state: MailDeliveryState?, page: PageRequest, by principal: Principal
    ) async throws -> (result: PageResult<MailDelivery>, counts: [MailDeliveryState: Int64]) {
        try principal.require(.administrator)
        return try await database.read { db in
            var counts: [MailDeliveryState: Int64] = [:]
            for row in try await db.raw("SELECT state, COUNT(*) AS n FROM mail_deliveries GROUP BY state").all() {
                let text = try row.string("state")
                guard let parsed = MailDeliveryState(rawValue: text) else {
                    throw StoreCorruption.badValue("state", text)
                }
                counts[parsed] = try row.int("n")
            }
            let filter: SQLQueryString = state.map { "WHERE m.state = \(bind: $0.rawValue)" } ?? ""
            let rows = try await db.raw(
                """
                SELECT m.*, n.kind, a.username FROM mail_deliveries m JOIN notifications n ON n.id =\
                 m.notification_id JOIN accounts a ON a.id = n.account_id \(filter) ORDER BY m.id DESC LIMIT\
                 \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            let items = try rows.map(Self.delivery(from:))
            let total = state.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +)
            return (PageResult(items: items, page: page, total: total), counts)
        }
    }

    /// Puts a given-up e-mail back in the outbox, due now, its attempts counted from zero. Administrators only.
    public func retryMail(id: Int64, by principal: Principal) async throws {
        try principal.require(.administrator)
        let nowText = Timestamp.string(now)
        try await transaction { db in
            let row = try await db.raw(
                """
                UPDATE mail_deliveries SET state = 'pending', attempts = 0, next_attempt_at = \(bind: nowText)\
                 WHERE id = \(bind: id) AND state = 'failed' RETURNING id
                """
            ).first()
            if row == nil {
                throw KPCSError.notFound(AccountMessage.mailNotFailed(id: String(id)))
            }
        }
    }

    static func delivery(from row: any SQLRow) throws -> MailDelivery {
        let kind = try row.string("kind")
        let state = try row.string("state")
        guard let parsedKind = NotificationKind(rawValue: kind) else { throw StoreCorruption.badValue("kind", kind) }
        guard let parsedState = MailDeliveryState(rawValue: state) else {
            throw StoreCorruption.badValue("state", state)
        }
        return MailDelivery(
            id: try row.int("id"), notificationId: try row.int("notification_id"),
            username: try row.string("username"), address: try row.string("address"), kind: parsedKind,
            state: parsedState, attempts: Int(try row.int("attempts")),
            nextAttemptAt: try row.optionalString("next_attempt_at"), lastError: try row.optionalString("last_error"),
            sentAt: try row.optionalString("sent_at"), createdAt: try row.string("created_at"))
    }
}
