/// What the Committee on Participation and Chairmanship recommends on an application.
public enum Recommendation: String, Codable, Sendable, CaseIterable {
    case admit
    /// Not yet: the candidate is to meet the minimum requirements first.
    case postpone
    case notAdmit = "not-admit"
}

/// A person the scheme may contact about an application.
public struct ApplicationContact: Codable, Sendable, Equatable {
    public var name: String
    public var function: String?
    public var email: String?

    public init(name: String, function: String? = nil, email: String? = nil) {
        self.name = name
        self.function = function
        self.email = email
    }
}

/// The CPC's review of an application: its recommendation and reasons in English and French.
public struct ApplicationReview: Sendable, Equatable {
    public var recommendation: Recommendation
    public var textEn: String
    public var textFr: String
    public var recordedAt: String
    public var recordedBy: String

    public init(recommendation: Recommendation, textEn: String, textFr: String, recordedAt: String, recordedBy: String)
    {
        self.recommendation = recommendation
        self.textEn = textEn
        self.textFr = textFr
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// A candidate's application to take part in the scheme: its letter (in English, French or both) and contacts, the
/// CPC's review, and (computed from the decisions that would admit the candidate) where it stands.
public struct ParticipationApplication: Sendable, Equatable {
    public var id: Int64
    /// The candidate, a participant of the registry whose status is `candidate` when it applies.
    public var candidate: String
    public var letterEn: String?
    public var letterFr: String?
    public var contacts: [ApplicationContact]
    public var submittedAt: String
    public var submittedBy: String
    public var review: ApplicationReview?

    public init(
        id: Int64, candidate: String, letterEn: String?, letterFr: String?, contacts: [ApplicationContact],
        submittedAt: String, submittedBy: String, review: ApplicationReview? = nil
    ) {
        self.id = id
        self.candidate = candidate
        self.letterEn = letterEn
        self.letterFr = letterFr
        self.contacts = contacts
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.review = review
    }
}

/// Where an application stands, computed when read: from its review and the decisions that would admit the
/// candidate, proposed since it was submitted.
public enum ApplicationState: String, Codable, Sendable, CaseIterable {
    case submitted, reviewed
    /// A decision that would admit the candidate is proposed or open.
    case beforeDecision = "before-decision"
    case admitted
    /// Every decision to admit it was not adopted.
    case notAdmitted = "not-admitted"
}

/// A request to record an application, every field optional.
public struct ApplicationDraft: Codable, Sendable, Equatable {
    public var candidate: String?
    public var letterEn: String?
    public var letterFr: String?
    public var contacts: [ContactDraft]?

    public init(
        candidate: String? = nil, letterEn: String? = nil, letterFr: String? = nil, contacts: [ContactDraft]? = nil
    ) {
        self.candidate = candidate
        self.letterEn = letterEn
        self.letterFr = letterFr
        self.contacts = contacts
    }
}

/// A contact as requested.
public struct ContactDraft: Codable, Sendable, Equatable {
    public var name: String?
    public var function: String?
    public var email: String?

    public init(name: String? = nil, function: String? = nil, email: String? = nil) {
        self.name = name
        self.function = function
        self.email = email
    }
}

/// A request to record the CPC's review.
public struct ReviewDraft: Codable, Sendable, Equatable {
    public var recommendation: String?
    public var textEn: String?
    public var textFr: String?

    public init(recommendation: String? = nil, textEn: String? = nil, textFr: String? = nil) {
        self.recommendation = recommendation
        self.textEn = textEn
        self.textFr = textFr
    }
}
