/// A mining zone of a producing participant, as the KP's monitoring knows it: a code, a name, where it lies, and
/// the KP status that decisions gave it. A zone no decision has reviewed has no status: it reads "not reviewed",
/// never "compliant".
public struct MiningZone: Sendable, Equatable {
    /// `CF-BERBERATI`: the participant's code, a hyphen, then capital letters, digits and hyphens.
    public var code: String
    public var participantCode: String
    public var name: String
    public var geometry: ZoneGeometry
    /// The instant of registration, ISO 8601 UTC.
    public var registeredAt: String
    /// The status changes, oldest first.
    public var history: [ZoneStatusChange]

    public init(
        code: String, participantCode: String, name: String, geometry: ZoneGeometry, registeredAt: String,
        history: [ZoneStatusChange] = []
    ) {
        self.code = code
        self.participantCode = participantCode
        self.name = name
        self.geometry = geometry
        self.registeredAt = registeredAt
        self.history = history
    }

    /// The change in force on a day: the latest that took effect on that day or before; nil when none had.
    public func statusChange(on day: CalendarDate) -> ZoneStatusChange? {
        history.last { $0.effectiveOn <= day }
    }

    /// The KP status on a day, or nil: not reviewed.
    public func status(on day: CalendarDate) -> ZoneStatus? { statusChange(on: day)?.status }
}

/// The KP status of a zone, set by a decision (the Central African Republic's operational framework, 2015–2024).
public enum ZoneStatus: String, Codable, Sendable, CaseIterable {
    /// Rough from the zone may be certified.
    case compliant
    /// Rough from the zone may not be certified.
    case nonCompliant = "non-compliant"
    /// Rough may be certified, and the zone is watched.
    case underMonitoring = "under-monitoring"
}

/// One change of a zone's status: what it became, from which day, by which decision.
public struct ZoneStatusChange: Sendable, Equatable {
    public var status: ZoneStatus
    public var effectiveOn: CalendarDate
    public var decisionId: Int64
    public var decisionNumber: String

    public init(status: ZoneStatus, effectiveOn: CalendarDate, decisionId: Int64, decisionNumber: String) {
        self.status = status
        self.effectiveOn = effectiveOn
        self.decisionId = decisionId
        self.decisionNumber = decisionNumber
    }
}

/// A zone to register, every field optional.
public struct ZoneDraft: Codable, Sendable, Equatable {
    /// The participant whose zone it is, by code.
    public var participant: String?
    public var code: String?
    public var name: String?
    public var geometry: GeometryDraft?

    public init(participant: String?, code: String?, name: String?, geometry: GeometryDraft?) {
        self.participant = participant?.uppercased()
        self.code = code?.uppercased()
        self.name = name
        self.geometry = geometry
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            participant: try values.decodeIfPresent(String.self, forKey: .participant),
            code: try values.decodeIfPresent(String.self, forKey: .code),
            name: try values.decodeIfPresent(String.self, forKey: .name),
            geometry: try values.decodeIfPresent(GeometryDraft.self, forKey: .geometry))
    }
}

/// A draft that passed the rules: what the store writes.
public struct ValidZone: Sendable, Equatable {
    public var code: String
    public var participantCode: String
    public var name: String
    public var geometry: ZoneGeometry
}
