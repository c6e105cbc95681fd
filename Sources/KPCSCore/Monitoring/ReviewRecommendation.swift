/// Where a recommendation stands, computed from its timeline.
public enum RecommendationStatus: String, Codable, Sendable, CaseIterable {
    case open
    /// Work has begun; the last progress entry gives how far, in percent.
    case inProgress = "in-progress"
    /// Closed by a reviewer's sign-off: implemented.
    case implemented
    /// Closed by a reviewer's sign-off: not implemented.
    case notImplemented = "not-implemented"

    /// Whether a sign-off has closed it.
    public var isClosed: Bool { self == .implemented || self == .notImplemented }
}

/// What an entry of a recommendation's timeline records.
public enum RecommendationEventKind: String, Codable, Sendable, CaseIterable {
    /// The recommendation made, with the review's report.
    case made
    /// How far its owner has come, in percent, with a note.
    case progress
    /// A dated step of the work (the day it happened, a note).
    case milestone
    /// What shows the work done: a description, a reference to a document or a place.
    case evidence
    /// A reviewer closes it: implemented or not implemented, with a note.
    case signOff = "sign-off"
}

/// One entry of a recommendation's timeline, in the order they were recorded.
public struct RecommendationEvent: Sendable, Equatable {
    public var kind: RecommendationEventKind
    public var note: String?
    /// A progress entry's percent.
    public var progress: Int?
    /// A milestone's day.
    public var on: CalendarDate?
    /// A sign-off's outcome.
    public var outcome: RecommendationStatus?
    public var recordedAt: String
    public var recordedBy: String

    public init(
        kind: RecommendationEventKind, note: String? = nil, progress: Int? = nil, on: CalendarDate? = nil,
        outcome: RecommendationStatus? = nil, recordedAt: String, recordedBy: String
    ) {
        self.kind = kind
        self.note = note
        self.progress = progress
        self.on = on
        self.outcome = outcome
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// A recommendation of a peer review: its owner, its deadline and its timeline, from which its status, its progress
/// and whether it is overdue are computed.
public struct ReviewRecommendation: Sendable, Equatable {
    public var id: Int64
    public var reviewId: Int64
    /// Its number within the review: 1, 2, …
    public var number: Int
    public var textEn: String
    public var textFr: String
    /// Who must act on it: a participant's or a body's code.
    public var owner: String
    public var deadline: CalendarDate
    public var events: [RecommendationEvent]

    public init(
        id: Int64, reviewId: Int64, number: Int, textEn: String, textFr: String, owner: String, deadline: CalendarDate,
        events: [RecommendationEvent]
    ) {
        self.id = id
        self.reviewId = reviewId
        self.number = number
        self.textEn = textEn
        self.textFr = textFr
        self.owner = owner
        self.deadline = deadline
        self.events = events
    }

    public func text(in language: Language) -> String { language == .fr ? textFr : textEn }

    /// The sign-off's outcome once one is recorded; in progress once a progress entry is; open before.
    public var status: RecommendationStatus {
        if let closed = events.last(where: { $0.kind == .signOff })?.outcome { return closed }
        return events.contains { $0.kind == .progress } ? .inProgress : .open
    }

    /// The last progress entry's percent, when there is one.
    public var progress: Int? { events.last { $0.kind == .progress }?.progress }

    public var hasEvidence: Bool { events.contains { $0.kind == .evidence } }

    /// Not closed, and its deadline has passed.
    public func isOverdue(today: CalendarDate) -> Bool { !status.isClosed && deadline < today }
}

/// A recommendation as it is made: every field optional, so that the rules see the whole request.
public struct RecommendationDraft: Codable, Sendable, Equatable {
    public var textEn: String?
    public var textFr: String?
    public var owner: String?
    public var deadline: String?

    public init(textEn: String?, textFr: String?, owner: String?, deadline: String?) {
        self.textEn = textEn
        self.textFr = textFr
        self.owner = owner
        self.deadline = deadline
    }
}

/// An entry of the timeline as it is sent: its kind and what that kind needs.
public struct RecommendationEventDraft: Codable, Sendable, Equatable {
    public var kind: String?
    public var note: String?
    public var progress: Int?
    public var on: String?
    public var outcome: String?

    public init(kind: String?, note: String? = nil, progress: Int? = nil, on: String? = nil, outcome: String? = nil) {
        self.kind = kind
        self.note = note
        self.progress = progress
        self.on = on
        self.outcome = outcome
    }
}
