/// What an adopted decision changes, applied in the transaction that writes its adoption. The participant
/// effects move a participant's status (and so who may trade); the chair effects write the chair table; the body
/// effects set up and dissolve the bodies of the scheme, appoint their chairs and adopt their terms of reference.
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
    /// Sets up a body of the scheme (a committee, a working group, an ad hoc body) from the day of adoption.
    case establishBody(BodyCharter)
    /// Dissolves a body: every term on it ends the day of adoption.
    case dissolveBody(body: String)
    /// Appoints a participant or an observer organisation chair or vice-chair of a body from the day of adoption;
    /// the one in office is succeeded.
    case appointBodyChair(body: String, holder: SeatHolder, role: SeatRole)
    /// Adopts a body's terms of reference, in English and French, replacing any before.
    case adoptTermsOfReference(body: String, textEn: String, textFr: String)
    /// Sets the KP status of a participant's mining zone from the day of adoption.
    case setZoneStatus(zone: String, participant: String, status: ZoneStatus)

    /// The stable name of the effect's kind, as the API and the log spell it.
    public var kind: DecisionEffectKind {
        switch self {
        case .admit: return .admit
        case .suspend: return .suspend
        case .readmit: return .readmit
        case .withdraw: return .withdraw
        case .electViceChair: return .electViceChair
        case .setChair: return .setChair
        case .establishBody: return .establishBody
        case .dissolveBody: return .dissolveBody
        case .appointBodyChair: return .appointBodyChair
        case .adoptTermsOfReference: return .adoptTermsOfReference
        case .setZoneStatus: return .setZoneStatus
        }
    }

    /// The body a body effect is about.
    public var body: String? {
        switch self {
        case .establishBody(let charter): return charter.code
        case .dissolveBody(let code), .appointBodyChair(let code, _, _), .adoptTermsOfReference(let code, _, _):
            return code
        case .admit, .suspend, .readmit, .withdraw, .electViceChair, .setChair, .setZoneStatus: return nil
        }
    }

    /// The participant the effect is about, if any.
    public var participant: String? {
        switch self {
        case .admit(let code), .suspend(let code, _), .readmit(let code), .withdraw(let code): return code
        case .electViceChair(_, let code): return code
        case .setChair(_, let code): return code
        case .setZoneStatus(_, let code, _): return code
        case .appointBodyChair(_, .participant(let code), _): return code
        case .establishBody, .dissolveBody, .appointBodyChair, .adoptTermsOfReference: return nil
        }
    }

    /// The year a chair effect is about.
    public var year: Int? {
        switch self {
        case .electViceChair(let year, _), .setChair(let year, _): return year
        case .admit, .suspend, .readmit, .withdraw, .establishBody, .dissolveBody, .appointBodyChair,
            .adoptTermsOfReference, .setZoneStatus:
            return nil
        }
    }

    /// For a participant effect: the status it requires before and the status it sets.
    public var statusChange: (from: Set<ParticipantStatus>, to: ParticipantStatus)? {
        switch self {
        case .admit: return ([.candidate], .active)
        case .suspend: return ([.active], .suspended)
        case .readmit: return ([.suspended], .active)
        case .withdraw: return ([.candidate, .active, .suspended], .withdrawn)
        case .electViceChair, .setChair, .establishBody, .dissolveBody, .appointBodyChair, .adoptTermsOfReference,
            .setZoneStatus:
            return nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, participant, year, conditions, body, bodyKind, nameEn, nameFr, organisation, role, textEn, textFr
        case zone, zoneStatus
    }

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
        case .establishBody:
            self = .establishBody(
                BodyCharter(
                    code: try values.decode(String.self, forKey: .body),
                    kind: try values.decode(WorkingBodyKind.self, forKey: .bodyKind),
                    nameEn: try values.decode(String.self, forKey: .nameEn),
                    nameFr: try values.decode(String.self, forKey: .nameFr)))
        case .dissolveBody: self = .dissolveBody(body: try values.decode(String.self, forKey: .body))
        case .appointBodyChair:
            let holder: SeatHolder =
                if let organisation = try values.decodeIfPresent(String.self, forKey: .organisation) {
                    .organisation(organisation)
                } else {
                    .participant(try values.decode(String.self, forKey: .participant))
                }
            self = .appointBodyChair(
                body: try values.decode(String.self, forKey: .body), holder: holder,
                role: try values.decode(SeatRole.self, forKey: .role))
        case .adoptTermsOfReference:
            self = .adoptTermsOfReference(
                body: try values.decode(String.self, forKey: .body),
                textEn: try values.decode(String.self, forKey: .textEn),
                textFr: try values.decode(String.self, forKey: .textFr))
        case .setZoneStatus:
            self = .setZoneStatus(
                zone: try values.decode(String.self, forKey: .zone),
                participant: try values.decode(String.self, forKey: .participant),
                status: try values.decode(ZoneStatus.self, forKey: .zoneStatus))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(kind, forKey: .kind)
        try values.encodeIfPresent(participant, forKey: .participant)
        try values.encodeIfPresent(year, forKey: .year)
        try values.encodeIfPresent(body, forKey: .body)
        switch self {
        case .suspend(_, let conditions): try values.encode(conditions, forKey: .conditions)
        case .establishBody(let charter):
            try values.encode(charter.kind, forKey: .bodyKind)
            try values.encode(charter.nameEn, forKey: .nameEn)
            try values.encode(charter.nameFr, forKey: .nameFr)
        case .appointBodyChair(_, let holder, let role):
            if case .organisation(let code) = holder { try values.encode(code, forKey: .organisation) }
            try values.encode(role, forKey: .role)
        case .adoptTermsOfReference(_, let en, let fr):
            try values.encode(en, forKey: .textEn)
            try values.encode(fr, forKey: .textFr)
        case .setZoneStatus(let zone, _, let status):
            try values.encode(zone, forKey: .zone)
            try values.encode(status, forKey: .zoneStatus)
        case .admit, .readmit, .withdraw, .electViceChair, .setChair, .dissolveBody: break
        }
    }
}

/// What a decision that sets up a body gives it: its code, kind and names.
public struct BodyCharter: Sendable, Equatable {
    public var code: String
    public var kind: WorkingBodyKind
    public var nameEn: String
    public var nameFr: String

    public init(code: String, kind: WorkingBodyKind, nameEn: String, nameFr: String) {
        self.code = code
        self.kind = kind
        self.nameEn = nameEn
        self.nameFr = nameFr
    }
}

/// The kinds of effect, as the API and the log spell them.
public enum DecisionEffectKind: String, Codable, Sendable, CaseIterable {
    case admit, suspend, readmit, withdraw
    case electViceChair = "elect-vice-chair"
    case setChair = "set-chair"
    case establishBody = "establish-body"
    case dissolveBody = "dissolve-body"
    case appointBodyChair = "appoint-body-chair"
    case adoptTermsOfReference = "adopt-terms-of-reference"
    case setZoneStatus = "set-zone-status"

    /// Whether the kind is about a body of the scheme rather than a participant or the chair table.
    public var isBodyEffect: Bool {
        switch self {
        case .establishBody, .dissolveBody, .appointBodyChair, .adoptTermsOfReference: return true
        case .admit, .suspend, .readmit, .withdraw, .electViceChair, .setChair, .setZoneStatus: return false
        }
    }
}

/// The conditions a suspension carries: the mining zones, by code, from which exports stay allowed while they are
/// compliant (the Central African Republic's compliant zones, 2015–2024); ``OriginZoneRules`` enforces them.
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
    /// The body a body effect is about, by code.
    public var body: String?
    /// For `establish-body`: `committee`, `working-group` or `ad-hoc`, and the body's names.
    public var bodyKind: String?
    public var nameEn: String?
    public var nameFr: String?
    /// For `appoint-body-chair`: the observer organisation appointed, when not a participant; and `chair` (the
    /// default) or `vice-chair`.
    public var organisation: String?
    public var role: String?
    /// For `adopt-terms-of-reference`: the terms in English and French.
    public var textEn: String?
    public var textFr: String?
    /// For `set-zone-status`: the zone, by code, and `compliant`, `non-compliant` or `under-monitoring`.
    public var zone: String?
    public var zoneStatus: String?

    public init(
        kind: String? = nil, participant: String? = nil, year: Int? = nil, exportZones: [String]? = nil,
        body: String? = nil, bodyKind: String? = nil, nameEn: String? = nil, nameFr: String? = nil,
        organisation: String? = nil, role: String? = nil, textEn: String? = nil, textFr: String? = nil,
        zone: String? = nil, zoneStatus: String? = nil
    ) {
        self.kind = kind
        self.participant = participant
        self.year = year
        self.exportZones = exportZones
        self.body = body
        self.bodyKind = bodyKind
        self.nameEn = nameEn
        self.nameFr = nameFr
        self.organisation = organisation
        self.role = role
        self.textEn = textEn
        self.textFr = textFr
        self.zone = zone
        self.zoneStatus = zoneStatus
    }
}
