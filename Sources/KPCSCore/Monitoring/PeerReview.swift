/// The two kinds of peer review of the scheme.
public enum PeerReviewKind: String, Codable, Sendable, CaseIterable {
    /// A review visit, at the participant's invitation.
    case visit
    /// A review mission, sent on signs of serious non-compliance by a decision of the participants.
    case mission
}

/// The role of a member of a review team.
public enum TeamRole: String, Codable, Sendable, CaseIterable {
    case leader, member, expert
}

/// A member of a review team: a participant or an observer organisation, by code, with its role.
public struct TeamMember: Sendable, Equatable, Codable {
    public var holderKind: SeatHolderKind
    public var code: String
    public var role: TeamRole

    public init(holderKind: SeatHolderKind, code: String, role: TeamRole) {
        self.holderKind = holderKind
        self.code = code
        self.role = role
    }
}

/// A review visit or mission to a participant: its team, its days, and for a mission the decision that sent it.
public struct PeerReview: Sendable, Equatable {
    public var id: Int64
    public var participant: String
    public var kind: PeerReviewKind
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var team: [TeamMember]
    /// The adopted decision that sent a mission, with its number; nil for a visit.
    public var decisionId: Int64?
    public var decisionNumber: String?
    public var recordedAt: String

    public init(
        id: Int64, participant: String, kind: PeerReviewKind, startsOn: CalendarDate, endsOn: CalendarDate,
        team: [TeamMember], decisionId: Int64? = nil, decisionNumber: String? = nil, recordedAt: String
    ) {
        self.id = id
        self.participant = participant
        self.kind = kind
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.team = team
        self.decisionId = decisionId
        self.decisionNumber = decisionNumber
        self.recordedAt = recordedAt
    }

    /// Whether the principal reviews for this team: a delegate of a participant on it, or an observer account of an
    /// organisation on it. The reviewed participant's own delegates never do.
    public func isReviewer(_ principal: Principal) -> Bool {
        if principal.role == .delegate, let delegation = principal.delegation, delegation != participant {
            return team.contains { $0.holderKind == .participant && $0.code == delegation }
        }
        if let organisation = principal.organisation {
            return team.contains { $0.holderKind == .organisation && $0.code == organisation }
        }
        return false
    }
}

/// A peer review as it is recorded: every field optional, so that the rules see the whole request.
public struct PeerReviewDraft: Codable, Sendable, Equatable {
    public var participant: String?
    public var kind: String?
    public var startsOn: String?
    public var endsOn: String?
    public var team: [TeamMemberDraft]?
    /// The adopted decision that sends a mission, by id.
    public var decision: Int64?

    public init(
        participant: String?, kind: String?, startsOn: String?, endsOn: String?, team: [TeamMemberDraft]?,
        decision: Int64? = nil
    ) {
        self.participant = participant
        self.kind = kind
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.team = team
        self.decision = decision
    }

    public struct TeamMemberDraft: Codable, Sendable, Equatable {
        public var holderKind: String?
        public var code: String?
        public var role: String?

        public init(holderKind: String?, code: String?, role: String?) {
            self.holderKind = holderKind
            self.code = code
            self.role = role
        }
    }
}

/// A review that passed the rules, ready to store.
public struct ValidPeerReview: Sendable, Equatable {
    public let participant: String
    public let kind: PeerReviewKind
    public let startsOn: CalendarDate
    public let endsOn: CalendarDate
    public let team: [TeamMember]
    public let decisionId: Int64?
}
