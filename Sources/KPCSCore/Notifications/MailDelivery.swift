import Foundation

/// Where the e-mail of a notification stands.
public enum MailDeliveryState: String, Codable, Sendable, CaseIterable {
    /// Waiting for its next attempt (the first, or a retry after a temporary failure).
    case pending
    /// Accepted by the SMTP server.
    case sent
    /// Given up: refused for good (a 5xx reply) or still failing after ``MailDeliveryRules/maximumAttempts``.
    case failed
}

/// One e-mail of one notification, as an administrator sees it: never its text, which the recipient reads.
public struct MailDelivery: Sendable, Equatable {
    public var id: Int64
    public var notificationId: Int64
    public var username: String
    public var address: String
    public var kind: NotificationKind
    public var state: MailDeliveryState
    public var attempts: Int
    /// When the next attempt may run (pending only).
    public var nextAttemptAt: String?
    /// The last failure, as the SMTP client told it (a server's reply, a connection error); never a password.
    public var lastError: String?
    public var sentAt: String?
    public var createdAt: String

    public init(
        id: Int64, notificationId: Int64, username: String, address: String, kind: NotificationKind,
        state: MailDeliveryState, attempts: Int, nextAttemptAt: String?, lastError: String?, sentAt: String?,
        createdAt: String
    ) {
        self.id = id
        self.notificationId = notificationId
        self.username = username
        self.address = address
        self.kind = kind
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.sentAt = sentAt
        self.createdAt = createdAt
    }
}

/// How e-mail delivery retries: computed here, applied by the store.
public enum MailDeliveryRules {
    /// Attempts before a temporarily failing message is given up.
    public static let maximumAttempts = 8
    /// The wait after the first failure; it doubles after each one, up to ``longestWait``.
    public static let firstWait: TimeInterval = 60
    public static let longestWait: TimeInterval = 6 * 3600
    /// How long a process holds a message it is sending. One that dies with a message in hand leaves it to another
    /// process after this; until then no other process touches it.
    public static let lease: TimeInterval = 5 * 60
    /// The longest failure text kept.
    public static let maximumErrorLength = 500

    /// The wait before the next attempt after `attempts` failed ones (1, 2, 4 … minutes, at most 6 hours).
    public static func wait(afterAttempts attempts: Int) -> TimeInterval {
        let doublings = min(max(attempts - 1, 0), 20)
        return min(firstWait * Double(1 << doublings), longestWait)
    }

    /// What a failed attempt makes of a delivery that has now failed `attempts` times: the instant of its next
    /// attempt, or nil when it is given up (a permanent refusal, or the last attempt).
    public static func nextAttempt(afterAttempts attempts: Int, permanent: Bool, at now: Date) -> Date? {
        guard !permanent, attempts < maximumAttempts else { return nil }
        return now.addingTimeInterval(wait(afterAttempts: attempts))
    }
}

extension AccountNotification {
    /// The e-mail of the notification: a subject and a plain-text body, both in English then French, with the link
    /// to the decision's page (`decisionURL`, a whole URL under the server's public address).
    public func mail(decisionURL: String) -> (subject: String, body: String) {
        let english = text(in: .en)
        let french = text(in: .fr)
        let body = """
            \(english)
            \(decisionURL)

            \(french)
            \(decisionURL)?lang=fr

            --
            kpcs: Kimberley Process Certification Scheme / Système de certification du Processus de Kimberley
            """
        return ("KP: \(english) / \(french)", body)
    }
}
