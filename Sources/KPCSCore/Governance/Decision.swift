/// Where a decision is taken: at a meeting of the participants, or by written procedure between meetings.
public enum DecisionVenue: String, Codable, Sendable, CaseIterable {
    case plenary
    case intersessional
    case writtenProcedure = "wp"

    /// The venue of a decision taken at a meeting of that kind; none at a meeting of a working body.
    public init?(meeting kind: MeetingKind) {
        switch kind {
        case .plenary: self = .plenary
        case .intersessional: self = .intersessional
        case .workingBody: return nil
        }
    }

    /// The part of a decision's number that names the venue: `KP/2026/WP/Administrative Decision 1`.
    public var numberPart: String {
        switch self {
        case .plenary: return "Plenary"
        case .intersessional: return "Intersessional"
        case .writtenProcedure: return "WP"
        }
    }
}

/// A participant's stance on a decision, recorded by its delegate.
public enum StancePosition: String, Codable, Sendable, CaseIterable {
    case supports
    case noObjection = "no-objection"
    case objects
}

/// One stance as recorded. A delegate may change its participant's stance until the deadline: the latest counts,
/// and every one is kept.
public struct Stance: Codable, Sendable, Equatable {
    public var participant: String
    public var position: StancePosition
    /// Why the participant objects (required for an objection, optional otherwise). Shown to delegates, observers
    /// and administrators; never public and never in the log.
    public var reason: String?
    public var recordedAt: String
    public var recordedBy: String

    public init(participant: String, position: StancePosition, reason: String?, recordedAt: String, recordedBy: String)
    {
        self.participant = participant
        self.position = position
        self.reason = reason
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// An observer organisation's comment on a decision, shown beside the stances. It may say what the organisation
/// thinks (`position`), which never counts.
public struct ObserverComment: Codable, Sendable, Equatable {
    public var organisation: String
    public var position: StancePosition?
    public var text: String
    public var recordedAt: String
    public var recordedBy: String

    public init(organisation: String, position: StancePosition?, text: String, recordedAt: String, recordedBy: String) {
        self.organisation = organisation
        self.position = position
        self.text = text
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// How a decision was put to the participants: by whom, when, until when, and the quorum of supports in force
/// then (the setting at opening time, kept so a later change of the setting rewrites no history).
public struct DecisionProcedure: Codable, Sendable, Equatable {
    public var venue: DecisionVenue
    public var openedAt: String
    public var openedBy: String
    /// The instant stances stop being accepted; the outcome holds from then.
    public var closesAt: String
    public var quorum: Int
    /// The meeting the decision is taken at (a Plenary or an Intersessional), none for a written procedure.
    public var meetingId: Int64?

    public init(
        venue: DecisionVenue, openedAt: String, openedBy: String, closesAt: String, quorum: Int,
        meetingId: Int64? = nil
    ) {
        self.venue = venue
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.closesAt = closesAt
        self.quorum = quorum
        self.meetingId = meetingId
    }
}

/// What the closing wrote, once, after the deadline: the outcome the rule computed, the number of an adopted
/// decision, and what became of its effect.
public struct DecisionClosing: Codable, Sendable, Equatable {
    public var outcome: DecisionOutcome
    public var number: String?
    public var closedAt: String
    public var effect: EffectResult?

    public init(outcome: DecisionOutcome, number: String?, closedAt: String, effect: EffectResult?) {
        self.outcome = outcome
        self.number = number
        self.closedAt = closedAt
        self.effect = effect
    }
}

/// Whether an adopted decision's effect took hold, or lapsed because what it needed no longer held at the
/// deadline (say, the participant to suspend had withdrawn meanwhile).
public enum EffectResult: String, Codable, Sendable, Equatable {
    case applied
    case lapsed
}

/// A decision: proposed by a participant through the Chair, put to the participants, then adopted or not.
public struct Decision: Codable, Sendable, Equatable {
    public var id: Int64
    public var titleEn: String
    public var titleFr: String
    public var textEn: String
    public var textFr: String
    /// The proposing participant.
    public var proposer: String
    public var proposedBy: String
    public var proposedAt: String
    /// What the decision does when adopted, if anything beyond its text.
    public var effect: DecisionEffect?
    /// Set when the Chair puts it to the participants.
    public var procedure: DecisionProcedure?
    /// The participants entitled to decide: those active when it was opened.
    public var electorate: [String]
    /// Every stance recorded, oldest first.
    public var stances: [Stance]
    public var comments: [ObserverComment]
    /// What the closing wrote, once it ran.
    public var closing: DecisionClosing?
    /// Recorded by an administrator from the KP's own record of a decision taken before kpcs (its stances as the
    /// record gives them); the outcome is still computed by the same rule.
    public var archived = false

    public init(
        id: Int64, titleEn: String, titleFr: String, textEn: String, textFr: String, proposer: String,
        proposedBy: String, proposedAt: String, effect: DecisionEffect?, procedure: DecisionProcedure? = nil,
        electorate: [String] = [], stances: [Stance] = [], comments: [ObserverComment] = [],
        closing: DecisionClosing? = nil
    ) {
        self.id = id
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.textEn = textEn
        self.textFr = textFr
        self.proposer = proposer
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.effect = effect
        self.procedure = procedure
        self.electorate = electorate
        self.stances = stances
        self.comments = comments
        self.closing = closing
    }

    /// The title in a language.
    public func title(in language: Language) -> String { language == .fr ? titleFr : titleEn }

    /// The text in a language.
    public func text(in language: Language) -> String { language == .fr ? textFr : textEn }
}

/// A request to propose a decision: every field optional, so the rules see the whole request.
public struct DecisionDraft: Codable, Sendable, Equatable {
    public var titleEn: String?
    public var titleFr: String?
    public var textEn: String?
    public var textFr: String?
    public var effect: DecisionEffectDraft?

    public init(
        titleEn: String? = nil, titleFr: String? = nil, textEn: String? = nil, textFr: String? = nil,
        effect: DecisionEffectDraft? = nil
    ) {
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.textEn = textEn
        self.textFr = textFr
        self.effect = effect
    }
}

/// A request to record a stance. `participant` may be given; it must then be the delegate's own.
public struct StanceDraft: Codable, Sendable, Equatable {
    public var participant: String?
    public var position: String?
    public var reason: String?

    public init(participant: String? = nil, position: String? = nil, reason: String? = nil) {
        self.participant = participant
        self.position = position
        self.reason = reason
    }
}

/// An administrator's correction of one year of the chair table (the record of a fact, such as the Chair of a year
/// the seeded history does not reach); decisions are the normal way.
public struct ChairmanshipDraft: Codable, Sendable, Equatable {
    public var chair: String?
    public var viceChair: String?

    public init(chair: String? = nil, viceChair: String? = nil) {
        self.chair = chair
        self.viceChair = viceChair
    }
}

/// A request to record an observer's comment.
public struct CommentDraft: Codable, Sendable, Equatable {
    public var position: String?
    public var text: String?

    public init(position: String? = nil, text: String? = nil) {
        self.position = position
        self.text = text
    }
}

/// A request to open a written procedure: its deadline, an ISO 8601 instant.
public struct WrittenProcedureDraft: Codable, Sendable, Equatable {
    public var closesAt: String?

    public init(closesAt: String? = nil) { self.closesAt = closesAt }
}

/// A request to put a decision to a meeting: the meeting's id.
public struct MeetingDecisionDraft: Codable, Sendable, Equatable {
    public var meetingId: Int64?

    public init(meetingId: Int64? = nil) { self.meetingId = meetingId }
}
