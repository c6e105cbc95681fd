import Foundation

/// The rules of a meeting's record: who records it, what a meeting, its attendance and its communiqué must hold, and
/// what the public sees of it. The store runs them; the tests run these same functions.
public enum MeetingRules {
    public static let maximumTitleLength = 200
    public static let maximumPlaceLength = 200
    public static let maximumAgendaItems = 60
    public static let maximumAgendaItemLength = 300
    public static let maximumDays = 14
    public static let maximumGuests = 100
    public static let maximumAttendees = 120
    public static let maximumCommuniqueLength = 50_000

    /// An administrator records any meeting (corrections, the archive); a delegate only those of the year its
    /// participant chairs.
    public static func authorizeRecord(_ principal: Principal, chair: String?, year: Int) throws {
        try principal.require(.administrator, .delegate)
        guard principal.role == .delegate else { return }
        guard let chair else { throw KPCSError.forbidden(MeetingMessage.noChairToRecord(year: String(year))) }
        guard principal.delegation == chair else {
            throw KPCSError.forbidden(MeetingMessage.onlyChairRecords(year: String(year), chair: chair))
        }
    }

    /// A meeting of a working body is recorded as the scheme's meetings are, and also by the delegates of the
    /// participant that holds the body's chair or vice-chair seat on the meeting's first day; the body's own
    /// documents the same way, by the seats held today.
    public static func authorizeRecord(
        _ principal: Principal, chair: String?, year: Int, body: WorkingBody, startsOn: CalendarDate
    ) throws {
        try principal.require(.administrator, .delegate)
        if principal.role == .delegate, principal.delegation != chair {
            let chairs = body.seats.filter { $0.role != .member && $0.isHeld(on: startsOn) }.map(\.holder)
            guard let delegation = principal.delegation, chairs.contains(.participant(delegation)) else {
                throw KPCSError.forbidden(
                    MeetingMessage.onlyChairOrBodyChairRecords(year: String(year), body: body.code))
            }
        }
    }

    /// A body meets from the day it is established (when known) until the day it is dissolved.
    public static func checkMeets(_ body: WorkingBody, startsOn: CalendarDate) throws {
        if let dissolved = body.dissolvedOn, dissolved <= startsOn {
            throw KPCSError.conflict(MeetingMessage.bodyNotMeeting(body: body.code, on: dissolved.description))
        }
        if let established = body.establishedOn, startsOn < established {
            throw KPCSError.conflict(
                MeetingMessage.bodyNotYetMeeting(body: body.code, on: established.description))
        }
    }

    /// A meeting as it may be stored: a known kind and format, both titles, the body that meets for a meeting of
    /// a working body (and none for the others), its days (at most ``maximumDays``, in the years of the chair
    /// table), its place unless online, and its agenda. Every fault is named at once.
    public static func validate(_ draft: MeetingDraft) throws -> ValidMeeting {
        var violations: [Violation] = []
        let kind = choice(draft.kind, MeetingKind.self, field: "kind", into: &violations)
        let body = BodyEffectRules.bodyCode(draft.body)
        if kind == .workingBody, body == nil {
            violations.append(Violation("/body", MeetingMessage.bodyRequired))
        } else if let kind, kind != .workingBody, body != nil {
            violations.append(Violation("/body", MeetingMessage.bodyOnlyForBodyMeeting))
        }
        let format = choice(draft.format, MeetingFormat.self, field: "format", into: &violations)
        let titleEn = RegistryRules.checkName(
            draft.titleEn, pointer: "/titleEn", maximum: maximumTitleLength, into: &violations)
        let titleFr = RegistryRules.checkName(
            draft.titleFr, pointer: "/titleFr", maximum: maximumTitleLength, into: &violations)
        let startsOn = day(draft.startsOn, field: "startsOn", into: &violations)
        let endsOn = day(draft.endsOn, field: "endsOn", into: &violations)
        if let startsOn, let endsOn {
            if endsOn < startsOn {
                violations.append(Violation("/endsOn", MeetingMessage.endsBeforeStart))
            } else if endsOn.daysSinceEpoch - startsOn.daysSinceEpoch >= maximumDays {
                violations.append(Violation("/endsOn", MeetingMessage.meetingTooLong(maximum: String(maximumDays))))
            }
        }
        var place: String?
        let typedPlace = draft.place.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        if format == .online && typedPlace.isEmpty {
            place = nil
        } else if typedPlace.isEmpty {
            if format != nil { violations.append(Violation("/place", MeetingMessage.placeRequired)) }
        } else {
            place = RegistryRules.checkName(
                typedPlace, pointer: "/place", maximum: maximumPlaceLength, into: &violations)
        }
        var agenda: [AgendaItem] = []
        let items = draft.agenda ?? []
        if items.count > maximumAgendaItems {
            violations.append(
                Violation("/agenda", MeetingMessage.tooMany(field: "agenda", maximum: String(maximumAgendaItems))))
        } else {
            for (index, item) in items.enumerated() {
                let en = RegistryRules.checkName(
                    item.titleEn, pointer: "/agenda/\(index)/titleEn", maximum: maximumAgendaItemLength,
                    into: &violations)
                let fr = RegistryRules.checkName(
                    item.titleFr, pointer: "/agenda/\(index)/titleFr", maximum: maximumAgendaItemLength,
                    into: &violations)
                if let en, let fr { agenda.append(AgendaItem(titleEn: en, titleFr: fr)) }
            }
        }
        guard violations.isEmpty, let kind, let format, let titleEn, let titleFr, let startsOn, let endsOn else {
            throw KPCSError.validation(violations)
        }
        return ValidMeeting(
            kind: kind, body: kind == .workingBody ? body : nil, titleEn: titleEn, titleFr: titleFr, startsOn: startsOn,
            endsOn: endsOn, format: format,
            place: place, agenda: agenda)
    }

    /// Who was present: participants (never an EU member state) and observer organisations that exist, each
    /// once, in code order; guests with a name. Every fault is named by its place in the lists.
    public static func validate(
        _ draft: AttendanceDraft, participants: [String: Participant], organisations: Set<String>
    ) throws -> MeetingAttendance {
        var violations: [Violation] = []
        func codes(_ list: [String]?, field: String, known: (String) -> Bool) -> [String] {
            let list = list ?? []
            guard list.count <= maximumAttendees else {
                violations.append(
                    Violation("/\(field)", MeetingMessage.tooMany(field: field, maximum: String(maximumAttendees))))
                return []
            }
            var seen = Set<String>()
            for (index, text) in list.enumerated() {
                let code = CertificateNumber.normalized(String(text.prefix(40)))
                if known(code) {
                    seen.insert(code)
                } else {
                    violations.append(Violation("/\(field)/\(index)", MeetingMessage.attendeeUnknown(code: code)))
                }
            }
            return seen.sorted()
        }
        let present = codes(draft.participants, field: "participants") { code in
            participants[code].map { !$0.isMemberState } ?? false
        }
        let bodies = codes(draft.organisations, field: "organisations") { organisations.contains($0) }
        var guests: [MeetingGuest] = []
        let typed = draft.guests ?? []
        if typed.count > maximumGuests {
            violations.append(
                Violation("/guests", MeetingMessage.tooMany(field: "guests", maximum: String(maximumGuests))))
        } else {
            for (index, guest) in typed.enumerated() {
                let name = RegistryRules.checkName(
                    guest.name, pointer: "/guests/\(index)/name", maximum: maximumTitleLength, into: &violations)
                var affiliation: String?
                if let text = guest.affiliation, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    affiliation = RegistryRules.checkName(
                        text, pointer: "/guests/\(index)/affiliation", maximum: maximumTitleLength,
                        into: &violations)
                }
                if let name { guests.append(MeetingGuest(name: name, affiliation: affiliation)) }
            }
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        return MeetingAttendance(participants: present, organisations: bodies, guests: guests)
    }

    /// A Plenary's communiqué: both texts, or `none` for a Plenary that published none. Other meetings have none.
    public static func validate(_ draft: CommuniqueDraft, kind: MeetingKind) throws -> MeetingCommunique {
        guard kind == .plenary else { throw KPCSError.invalid(MeetingMessage.communiqueOnlyPlenary) }
        let hasText = draft.textEn != nil || draft.textFr != nil
        if draft.none == true {
            guard !hasText else { throw KPCSError.invalid(MeetingMessage.communiqueEitherTextOrNone, pointer: "/none") }
            return .none
        }
        guard hasText else { throw KPCSError.invalid(MeetingMessage.communiqueEitherTextOrNone, pointer: "/textEn") }
        var violations: [Violation] = []
        let en = RegistryRules.checkName(
            draft.textEn, pointer: "/textEn", maximum: maximumCommuniqueLength, into: &violations)
        let fr = RegistryRules.checkName(
            draft.textFr, pointer: "/textFr", maximum: maximumCommuniqueLength, into: &violations)
        guard violations.isEmpty, let en, let fr else { throw KPCSError.validation(violations) }
        return .published(textEn: en, textFr: fr)
    }

    /// The deadline of a decision taken at a meeting: the end of its last day (midnight UTC after it), which must
    /// not have passed; returned as the store writes instants.
    public static func decisionDeadline(at meeting: Meeting, now: Date) throws -> String {
        let after = CalendarDate(daysSinceEpoch: meeting.endsOn.daysSinceEpoch + 1)
        let closesAt = Date(timeIntervalSince1970: TimeInterval(after.daysSinceEpoch) * 86_400)
        guard closesAt > now else {
            throw KPCSError.conflict(
                MeetingMessage.meetingOver(id: String(meeting.id), ended: meeting.endsOn.description))
        }
        return Timestamp.string(closesAt)
    }

    /// The meeting as the principal may see it: the Chair's guests (persons) are for the scheme's deliberation
    /// (delegates, observers, administrators); the rest is public.
    public static func visible(_ meeting: Meeting, to principal: Principal?) -> Meeting {
        guard !GovernanceAccess.seesDeliberation(principal) else { return meeting }
        var visible = meeting
        visible.attendance.guests = []
        return visible
    }

    static func choice<Value: RawRepresentable & CaseIterable>(
        _ text: String?, _: Value.Type, field: String, into violations: inout [Violation]
    ) -> Value? where Value.RawValue == String {
        guard let text else {
            violations.append(Violation("/\(field)", RequestMessage.fieldRequired(field: field)))
            return nil
        }
        guard let value = Value(rawValue: text) else {
            violations.append(
                Violation(
                    "/\(field)",
                    RequestMessage.fieldValueInvalid(
                        field: field, value: String(text.prefix(40)),
                        allowed: Value.allCases.map(\.rawValue).joined(separator: ", "))))
            return nil
        }
        return value
    }

    static func day(_ text: String?, field: String, into violations: inout [Violation]) -> CalendarDate? {
        guard let text else {
            violations.append(Violation("/\(field)", RequestMessage.fieldRequired(field: field)))
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            violations.append(Violation("/\(field)", RequestMessage.dateInvalid(field: field)))
            return nil
        }
        guard ChairRule.years.contains(date.year) else {
            violations.append(
                Violation(
                    "/\(field)",
                    MeetingMessage.yearOutOfRange(
                        earliest: String(ChairRule.years.lowerBound), latest: String(ChairRule.years.upperBound))))
            return nil
        }
        return date
    }
}

/// A meeting that passed ``MeetingRules/validate(_:)-(MeetingDraft)``.
public struct ValidMeeting: Sendable, Equatable {
    public var kind: MeetingKind
    /// The code of the body that meets, as typed (the store finds the body).
    public var body: String?
    public var titleEn: String
    public var titleFr: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var format: MeetingFormat
    public var place: String?
    public var agenda: [AgendaItem]
}
