import Foundation

/// The meetings of the scheme: the Plenary at the end of the year and the Intersessional before it, where
/// participants decide by consensus, and the meetings of a working body, which prepare the work and decide nothing.
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case plenary, intersessional
    case workingBody = "working-body"

    /// Whether decisions are taken at meetings of this kind: at a Plenary or an Intersessional, never at a body's.
    public var takesDecisions: Bool { self != .workingBody }
}

/// Where a meeting is held.
public enum MeetingFormat: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case online, hybrid
}

/// One item of a meeting's agenda, in English and French, in its order.
public struct AgendaItem: Codable, Sendable, Equatable {
    public var titleEn: String
    public var titleFr: String

    public init(titleEn: String, titleFr: String) {
        self.titleEn = titleEn
        self.titleFr = titleFr
    }
}

/// A guest of the Chair at a meeting: a person, not a participant or an observer organisation.
public struct MeetingGuest: Codable, Sendable, Equatable {
    public var name: String
    public var affiliation: String?

    public init(name: String, affiliation: String? = nil) {
        self.name = name
        self.affiliation = affiliation
    }
}

/// Who was present: participants and observer organisations by code, and the Chair's guests.
public struct MeetingAttendance: Codable, Sendable, Equatable {
    public var participants: [String]
    public var organisations: [String]
    public var guests: [MeetingGuest]

    public init(participants: [String] = [], organisations: [String] = [], guests: [MeetingGuest] = []) {
        self.participants = participants
        self.organisations = organisations
        self.guests = guests
    }
}

/// What a Plenary published: a communiqué in English and French, or none (as in 2023).
public enum MeetingCommunique: Sendable, Equatable {
    case published(textEn: String, textFr: String)
    case none
}

/// A meeting as kpcs keeps it.
public struct Meeting: Sendable, Equatable {
    public var id: Int64
    public var kind: MeetingKind
    /// The working body that meets (by code), for a meeting of a working body only.
    public var body: String?
    public var titleEn: String
    public var titleFr: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var format: MeetingFormat
    /// The city and venue; nil for an online meeting.
    public var place: String?
    public var agenda: [AgendaItem]
    public var attendance: MeetingAttendance
    /// Nil until recorded; a Plenary's only.
    public var communique: MeetingCommunique?
    public var createdAt: String

    public init(
        id: Int64, kind: MeetingKind, body: String? = nil, titleEn: String, titleFr: String, startsOn: CalendarDate,
        endsOn: CalendarDate, format: MeetingFormat, place: String?, agenda: [AgendaItem],
        attendance: MeetingAttendance, communique: MeetingCommunique?, createdAt: String
    ) {
        self.id = id
        self.kind = kind
        self.body = body
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.format = format
        self.place = place
        self.agenda = agenda
        self.attendance = attendance
        self.communique = communique
        self.createdAt = createdAt
    }

    /// The year of the meeting, whose Chair records it.
    public var year: Int { startsOn.year }
}

/// A request to record a meeting, as the API and the form send it.
public struct MeetingDraft: Codable, Sendable, Equatable {
    public var kind: String?
    /// The working body that meets (its code), for a meeting of kind `working-body` only.
    public var body: String?
    public var titleEn: String?
    public var titleFr: String?
    public var startsOn: String?
    public var endsOn: String?
    public var format: String?
    public var place: String?
    public var agenda: [AgendaItemDraft]?

    public init(
        kind: String? = nil, body: String? = nil, titleEn: String? = nil, titleFr: String? = nil,
        startsOn: String? = nil, endsOn: String? = nil, format: String? = nil, place: String? = nil,
        agenda: [AgendaItemDraft]? = nil
    ) {
        self.kind = kind
        self.body = body
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.format = format
        self.place = place
        self.agenda = agenda
    }
}

/// One agenda item as sent.
public struct AgendaItemDraft: Codable, Sendable, Equatable {
    public var titleEn: String?
    public var titleFr: String?

    public init(titleEn: String? = nil, titleFr: String? = nil) {
        self.titleEn = titleEn
        self.titleFr = titleFr
    }
}

/// Who was present, as sent; it replaces what was recorded.
public struct AttendanceDraft: Codable, Sendable, Equatable {
    public var participants: [String]?
    public var organisations: [String]?
    public var guests: [GuestDraft]?

    public init(participants: [String]? = nil, organisations: [String]? = nil, guests: [GuestDraft]? = nil) {
        self.participants = participants
        self.organisations = organisations
        self.guests = guests
    }
}

/// A guest as sent.
public struct GuestDraft: Codable, Sendable, Equatable {
    public var name: String?
    public var affiliation: String?

    public init(name: String? = nil, affiliation: String? = nil) {
        self.name = name
        self.affiliation = affiliation
    }
}

/// A Plenary's communiqué as sent: both texts, or `none: true` for a Plenary that published none.
public struct CommuniqueDraft: Codable, Sendable, Equatable {
    public var textEn: String?
    public var textFr: String?
    public var none: Bool?

    public init(textEn: String? = nil, textFr: String? = nil, none: Bool? = nil) {
        self.textEn = textEn
        self.textFr = textFr
        self.none = none
    }
}
