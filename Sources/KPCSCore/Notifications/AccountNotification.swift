import Foundation

/// What a notification announces. Each is written in the transaction of what it announces, once per recipient.
public enum NotificationKind: String, Codable, Sendable, CaseIterable {
    /// A written procedure was opened: the delegates of the participants entitled to decide and the observers.
    case procedureOpened = "procedure-opened"
    /// A written procedure closes within ``NotificationRules/reminderWindow`` and the recipient's participant has
    /// not answered.
    case deadlineSoon = "deadline-soon"
    /// A decision was adopted, or was not: the delegates of the electorate and the observers.
    case decisionAdopted = "decision-adopted"
    case decisionNotAdopted = "decision-not-adopted"
}

/// One notification of one account, with what its text needs.
public struct AccountNotification: Sendable, Equatable {
    public var id: Int64
    public var kind: NotificationKind
    public var decisionId: Int64
    public var titleEn: String
    public var titleFr: String
    /// The decision's number, once adopted.
    public var number: String?
    /// The written procedure's deadline, when it has one.
    public var closesAt: String?
    public var createdAt: String
    public var readAt: String?

    public init(
        id: Int64, kind: NotificationKind, decisionId: Int64, titleEn: String, titleFr: String, number: String?,
        closesAt: String?, createdAt: String, readAt: String?
    ) {
        self.id = id
        self.kind = kind
        self.decisionId = decisionId
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.number = number
        self.closesAt = closesAt
        self.createdAt = createdAt
        self.readAt = readAt
    }

    /// The notification's one-line text in a language.
    public func text(in language: Language) -> String {
        let title = language == .fr ? titleFr : titleEn
        let deadline = closesAt.flatMap(Timestamp.date).map(DecisionRules.display) ?? ""
        switch (kind, language) {
        case (.procedureOpened, .en): return "Written procedure opened: \(title). Deadline \(deadline)."
        case (.procedureOpened, .fr): return "Procédure écrite ouverte : \(title). Échéance le \(deadline)."
        case (.deadlineSoon, .en):
            return "Your participant has not answered: \(title). The written procedure closes \(deadline)."
        case (.deadlineSoon, .fr):
            return "Votre participant n'a pas répondu : \(title). La procédure écrite se clôt le \(deadline)."
        case (.decisionAdopted, .en): return "Adopted: \(title) (\(number ?? ""))."
        case (.decisionAdopted, .fr): return "Adoptée : \(title) (\(number ?? ""))."
        case (.decisionNotAdopted, .en): return "Not adopted: \(title)."
        case (.decisionNotAdopted, .fr): return "Non adoptée : \(title)."
        }
    }
}

/// When the reminders fall.
public enum NotificationRules {
    /// A written procedure's reminder falls this long before its deadline.
    public static let reminderWindow: TimeInterval = 48 * 3600

    /// Whether a procedure closing at `closesAt` is within the reminder window at `now` and not yet closed.
    public static func reminderDue(closesAt: String, at now: Date) -> Bool {
        guard let deadline = Timestamp.date(closesAt) else { return false }
        return now < deadline && deadline.timeIntervalSince(now) <= reminderWindow
    }
}
