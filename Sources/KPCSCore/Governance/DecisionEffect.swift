/// What an adopted decision changes, applied in the transaction that writes its adoption. The participant
/// effects move a participant's status (and so who may trade); the chair effects write the chair table.
public enum DecisionEffect: Codable, Sendable, Equatable {
    /// A candidate becomes an active participant: it may trade at once.
    case admit(participant: String)
    /// An active participant is suspended: nothing is issued to or from it from then on. The conditions are kept
    /// as data (the zones it may still export from, once zones exist).
    case suspend(participant: String, conditions: SuspensionConditions)
    /// A suspended participant is active again.
    case readmit(participant: String)
    /// A participant leaves the scheme.
    case withdraw(participant: String)
    /// Selects the Vice-Chair of a year, who becomes Chair the year after unless a decision says otherwise.
    case electViceChair(year: Int, participant: String)
    /// Sets who chairs a year, or that nobody does (the 2020 case).
    case setChair(year: Int, participant: String?)

    /// The stable name of the effect's kind, as the API and the log spell it.
    public var kind: DecisionEffectKind {
        switch self {
        case .admit: return .admit
        case .suspend: return .suspend
        case .readmit: return .readmit
        case .withdraw: return .withdraw
        case .electViceChair: return .electViceChair
        case .setChair: return .setChair
        }
    }

    /// The participant the effect is about, if any.
    public var participant: String? {
        switch self {
        case .admit(let code), .suspend(let code, _), .readmit(let code), .withdraw(let code): return code
        case .electViceChair(_, let code): return code
        case .setChair(_, let code): return code
        }
    }

    /// The year a chair effect is about.
    public var year: Int? {
        switch self {
        case .electViceChair(let year, _), .setChair(let year, _): return year
        case .admit, .suspend, .readmit, .withdraw: return nil
        }
    }

    /// For a participant effect: the status it requires before and the status it sets.
    public var statusChange: (from: Set<ParticipantStatus>, to: ParticipantStatus)? {
        switch self {
        case .admit: return ([.candidate], .active)
        case .suspend: return ([.active], .suspended)
        case .readmit: return ([.suspended], .active)
        case .withdraw: return ([.candidate, .active, .suspended], .withdrawn)
        case .electViceChair, .setChair: return nil
        }
    }

    enum CodingKeys: String, CodingKey { case kind, participant, year, conditions }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try values.decode(DecisionEffectKind.self, forKey: .kind)
        switch kind {
        case .admit: self = .admit(participant: try values.decode(String.self, forKey: .participant))
        case .suspend:
            self = .suspend(
                participant: try values.decode(String.self, forKey: .participant),
                conditions: try values.decodeIfPresent(SuspensionConditions.self, forKey: .conditions)
                    ?? SuspensionConditions())
        case .readmit: self = .readmit(participant: try values.decode(String.self, forKey: .participant))
        case .withdraw: self = .withdraw(participant: try values.decode(String.self, forKey: .participant))
        case .electViceChair:
            self = .electViceChair(
                year: try values.decode(Int.self, forKey: .year),
                participant: try values.decode(String.self, forKey: .participant))
        case .setChair:
            self = .setChair(
                year: try values.decode(Int.self, forKey: .year),
                participant: try values.decodeIfPresent(String.self, forKey: .participant))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(kind, forKey: .kind)
        try values.encodeIfPresent(participant, forKey: .participant)
        try values.encodeIfPresent(year, forKey: .year)
        if case .suspend(_, let conditions) = self { try values.encode(conditions, forKey: .conditions) }
    }
}

/// The kinds of effect, as the API and the log spell them.
public enum DecisionEffectKind: String, Codable, Sendable, CaseIterable {
    case admit, suspend, readmit, withdraw
    case electViceChair = "elect-vice-chair"
    case setChair = "set-chair"
}

/// The conditions a suspension carries: the mining zones from which exports stay allowed (the Central African
/// Republic's compliant zones, 2015–2024). Kept as data; the monitoring capability enforces them.
public struct SuspensionConditions: Codable, Sendable, Equatable {
    public var exportZones: [String]

    public init(exportZones: [String] = []) { self.exportZones = exportZones }
}

/// A requested effect, every field optional.
public struct DecisionEffectDraft: Codable, Sendable, Equatable {
    public var kind: String?
    public var participant: String?
    public var year: Int?
    public var exportZones: [String]?

    public init(kind: String? = nil, participant: String? = nil, year: Int? = nil, exportZones: [String]? = nil) {
        self.kind = kind
        self.participant = participant
        self.year = year
        self.exportZones = exportZones
    }
}
