/// The kind of a body of the scheme.
public enum WorkingBodyKind: String, Codable, Sendable, CaseIterable {
    /// The KP Chair and its office: a seat here opens the statistics' detail, as the `chair` body did.
    case chair
    /// A standing committee: participation and chairmanship (CPC), rules and procedures (CRP).
    case committee
    /// A working group: monitoring, statistics, diamond experts, artisanal and alluvial production.
    case workingGroup = "working-group"
    /// An ad hoc committee or team, set up for one task (review and reform, a monitoring team).
    case adHoc = "ad-hoc"
}

/// The role of a seat on a body.
public enum SeatRole: String, Codable, Sendable, CaseIterable {
    case member, chair
    case viceChair = "vice-chair"
}

/// Who holds a seat: a participant or an observer organisation (by code), or a person (an account, by username),
/// the way the statistics issue gave one analyst or the Chair's secretariat a seat of their own.
public enum SeatHolder: Sendable, Hashable {
    case participant(String)
    case organisation(String)
    case person(String)

    /// The kind as the API spells it: `participant`, `organisation` or `person`.
    public var kind: SeatHolderKind {
        switch self {
        case .participant: return .participant
        case .organisation: return .organisation
        case .person: return .person
        }
    }

    /// The participant's or organisation's code, or the account's username.
    public var code: String {
        switch self {
        case .participant(let code), .organisation(let code), .person(let code): return code
        }
    }

    /// The holder of a kind and code.
    public init(kind: SeatHolderKind, code: String) {
        switch kind {
        case .participant: self = .participant(code)
        case .organisation: self = .organisation(code)
        case .person: self = .person(code)
        }
    }
}

/// The kinds of seat holder, as the API spells them.
public enum SeatHolderKind: String, Codable, Sendable, CaseIterable {
    case participant, organisation, person
}

/// A seat on a body for a term: from its first day up to, not including, its end day (open when none). A term that
/// ends on the day it starts covers no day.
public struct BodySeat: Sendable, Equatable {
    public var id: Int64
    public var holder: SeatHolder
    public var role: SeatRole
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate?
    /// The adopted decision that gave the seat, when one did.
    public var decisionId: Int64?

    public init(
        id: Int64, holder: SeatHolder, role: SeatRole, startsOn: CalendarDate, endsOn: CalendarDate?,
        decisionId: Int64? = nil
    ) {
        self.id = id
        self.holder = holder
        self.role = role
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.decisionId = decisionId
    }

    /// Whether the seat is held on that day.
    public func isHeld(on day: CalendarDate) -> Bool {
        startsOn <= day && endsOn.map { day < $0 } ?? true
    }

    /// Whether two terms share a day.
    public func overlaps(startsOn otherStart: CalendarDate, endsOn otherEnd: CalendarDate?) -> Bool {
        let beforeOtherEnds = otherEnd.map { startsOn < $0 } ?? true
        let otherBeforeThisEnds = endsOn.map { otherStart < $0 } ?? true
        return beforeOtherEnds && otherBeforeThisEnds
    }
}

/// A body's terms of reference, in English and French, with the decision that adopted them.
public struct TermsOfReference: Sendable, Equatable {
    public var textEn: String
    public var textFr: String
    public var adoptedOn: CalendarDate
    public var decisionId: Int64?

    public init(textEn: String, textFr: String, adoptedOn: CalendarDate, decisionId: Int64?) {
        self.textEn = textEn
        self.textFr = textFr
        self.adoptedOn = adoptedOn
        self.decisionId = decisionId
    }
}

/// A body of the scheme: the Chair's office, a committee, a working group or an ad hoc body, with its seats.
public struct WorkingBody: Sendable, Equatable {
    public var id: Int64
    /// A short code: `CPC`, `WGS`, `CHAIR`; 2 to 12 capital letters or digits.
    public var code: String
    public var kind: WorkingBodyKind
    public var nameEn: String
    public var nameFr: String
    /// The day it was set up, when known (the bodies of the scheme's early years have none on record).
    public var establishedOn: CalendarDate?
    public var establishedBy: Int64?
    public var dissolvedOn: CalendarDate?
    public var dissolvedBy: Int64?
    public var termsOfReference: TermsOfReference?
    /// Every seat, current and past, in the order they start.
    public var seats: [BodySeat]

    public init(
        id: Int64, code: String, kind: WorkingBodyKind, nameEn: String, nameFr: String,
        establishedOn: CalendarDate? = nil, establishedBy: Int64? = nil, dissolvedOn: CalendarDate? = nil,
        dissolvedBy: Int64? = nil, termsOfReference: TermsOfReference? = nil, seats: [BodySeat] = []
    ) {
        self.id = id
        self.code = code
        self.kind = kind
        self.nameEn = nameEn
        self.nameFr = nameFr
        self.establishedOn = establishedOn
        self.establishedBy = establishedBy
        self.dissolvedOn = dissolvedOn
        self.dissolvedBy = dissolvedBy
        self.termsOfReference = termsOfReference
        self.seats = seats
    }

    /// The name in a language.
    public func name(in language: Language) -> String { language == .fr ? nameFr : nameEn }

    /// Whether the body exists on that day: not dissolved yet.
    public func exists(on day: CalendarDate) -> Bool { dissolvedOn.map { day < $0 } ?? true }

    /// The seats held on that day.
    public func seats(on day: CalendarDate) -> [BodySeat] { seats.filter { $0.isHeld(on: day) } }

    /// Who holds a role on that day (the chair, the vice-chair), if anyone.
    public func holder(of role: SeatRole, on day: CalendarDate) -> SeatHolder? {
        seats(on: day).first { $0.role == role }?.holder
    }
}

extension SchemeBody {
    /// The code of the body a seat on which opens this access.
    public var bodyCode: String {
        switch self {
        case .chair: return "CHAIR"
        case .statistics: return "WGS"
        }
    }

    /// The access a seat on the body of that code opens, if any.
    public init?(bodyCode: String) {
        guard let body = SchemeBody.allCases.first(where: { $0.bodyCode == bodyCode }) else { return nil }
        self = body
    }
}
