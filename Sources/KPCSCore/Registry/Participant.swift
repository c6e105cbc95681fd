/// What kind of body a registry row describes.
public enum ParticipantKind: String, Codable, Sendable, CaseIterable {
    /// A state that is a participant in its own right, or an EU member state.
    case country
    /// A regional economic integration organisation: the European Union.
    case organisation
    /// A trading entity that is not counted among the participants (Chinese Taipei).
    case entity
}

/// Where a participant stands in the scheme. Only `active` participants may trade.
public enum ParticipantStatus: String, Codable, Sendable, CaseIterable {
    case candidate, active, suspended, withdrawn

    /// The status in words, in English or French.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.active, .en): return "active"
        case (.active, .fr): return "actif"
        case (.candidate, .en): return "candidate"
        case (.candidate, .fr): return "candidat"
        case (.suspended, .en): return "suspended"
        case (.suspended, .fr): return "suspendu"
        case (.withdrawn, .en): return "withdrawn"
        case (.withdrawn, .fr): return "retiré"
        }
    }
}

/// A row of the participant registry: a KP participant, an EU member state or a trading entity.
///
/// EU member states carry `participantCode == "EU"`; every other row is its own participant.
public struct Participant: Codable, Sendable, Equatable {
    /// ISO 3166-1 alpha-2 code (`EU` for the European Union).
    public var code: String
    public var nameEn: String
    public var nameFr: String
    public var kind: ParticipantKind
    /// The participant this row belongs to: its own code, or `EU` for a member state.
    public var participantCode: String
    public var status: ParticipantStatus
    /// Year the territory first came under the scheme, when known.
    public var joined: Int?
    public var region: String

    public init(
        code: String, nameEn: String, nameFr: String, kind: ParticipantKind, participantCode: String,
        status: ParticipantStatus, joined: Int?, region: String
    ) {
        self.code = code
        self.nameEn = nameEn
        self.nameFr = nameFr
        self.kind = kind
        self.participantCode = participantCode
        self.status = status
        self.joined = joined
        self.region = region
    }

    /// True for a member state of a participating organisation (an EU member state).
    public var isMemberState: Bool { participantCode != code }

    /// The name in the given language.
    public func name(in language: Language) -> String {
        language == .fr ? nameFr : nameEn
    }
}

/// One change of a participant's status, kept as history.
public struct ParticipantStatusChange: Codable, Sendable, Equatable {
    public var participantCode: String
    public var previousStatus: ParticipantStatus
    public var status: ParticipantStatus
    public var reason: String
    /// The day the change takes effect.
    public var effectiveOn: CalendarDate
    public var recordedAt: String
    public var recordedBy: String
    /// The adopted decision behind the change, by id and number; nil for an administrator's direct correction.
    public var decisionId: Int64?
    public var decisionNumber: String?

    public init(
        participantCode: String, previousStatus: ParticipantStatus, status: ParticipantStatus, reason: String,
        effectiveOn: CalendarDate, recordedAt: String, recordedBy: String, decisionId: Int64? = nil,
        decisionNumber: String? = nil
    ) {
        self.decisionId = decisionId
        self.decisionNumber = decisionNumber
        self.participantCode = participantCode
        self.previousStatus = previousStatus
        self.status = status
        self.reason = reason
        self.effectiveOn = effectiveOn
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
