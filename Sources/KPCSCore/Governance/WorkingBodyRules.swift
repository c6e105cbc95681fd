import Foundation

/// A request to give a seat on a body, every field optional so the rules see the whole request.
public struct SeatDraft: Codable, Sendable, Equatable {
    /// `participant`, `organisation` or `person`.
    public var holderKind: String?
    /// The participant's or organisation's code, or the account's username.
    public var code: String?
    /// `member` (the default), `chair` or `vice-chair`.
    public var role: String?
    public var startsOn: String?
    /// The day the term ends (not included); none for an open term.
    public var endsOn: String?

    public init(
        holderKind: String? = nil, code: String? = nil, role: String? = nil, startsOn: String? = nil,
        endsOn: String? = nil
    ) {
        self.holderKind = holderKind
        self.code = code
        self.role = role
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

/// A request to end a seat's term.
public struct SeatEndDraft: Codable, Sendable, Equatable {
    public var endsOn: String?

    public init(endsOn: String? = nil) { self.endsOn = endsOn }
}

/// A seat that passed the rules, with the seats it ends: a new chair or vice-chair succeeds the one before, whose
/// term ends the day the new one starts.
public struct ValidSeat: Sendable, Equatable {
    public var holder: SeatHolder
    public var role: SeatRole
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate?
    /// The seats whose term now ends, with their new end day.
    public var succeeded: [(id: Int64, endsOn: CalendarDate)]

    public static func == (left: ValidSeat, right: ValidSeat) -> Bool {
        left.holder == right.holder && left.role == right.role && left.startsOn == right.startsOn
            && left.endsOn == right.endsOn && left.succeeded.map(\.id) == right.succeeded.map(\.id)
            && left.succeeded.map(\.endsOn) == right.succeeded.map(\.endsOn)
    }
}

/// The rules of the bodies' seats: who records them, what a seat may be, and who sees the seats of persons.
public enum WorkingBodyRules {
    /// Persons' seats open the statistics' detail (the Chair's office, the WGS), so only an administrator gives or
    /// ends them. The seats of participants and organisations are recorded as meetings are: by an administrator,
    /// or a delegate of the Chair of the year the term starts or ends in.
    public static func authorizeSeat(_ principal: Principal, holder: SeatHolderKind, chair: String?, year: Int) throws {
        if holder == .person {
            guard principal.role == .administrator else {
                throw KPCSError.forbidden(WorkingBodyMessage.onlyAdministratorSeatsPersons)
            }
            return
        }
        try MeetingRules.authorizeRecord(principal, chair: chair, year: year)
    }

    /// A seat as it may be stored: a known holder of its kind (a participant that is not an EU member state, an
    /// organisation, an account), a role (persons are members only), a term inside the years of the chair table on
    /// a body that still exists, and no second seat of the holder in the same role over the same days. A chair or
    /// vice-chair succeeds the one in office when the term starts; one appointed later than the new term starts
    /// is a conflict.
    public static func validate(
        _ draft: SeatDraft, body: WorkingBody, participants: [String: Participant], organisations: Set<String>,
        accounts: Set<String>
    ) throws -> ValidSeat {
        var violations: [Violation] = []
        let kind = MeetingRules.choice(draft.holderKind, SeatHolderKind.self, field: "holderKind", into: &violations)
        let role =
            draft.role == nil
            ? SeatRole.member : MeetingRules.choice(draft.role, SeatRole.self, field: "role", into: &violations)
        let startsOn = MeetingRules.day(draft.startsOn, field: "startsOn", into: &violations)
        let endsOn = draft.endsOn.flatMap { MeetingRules.day($0, field: "endsOn", into: &violations) }
        var holder: SeatHolder?
        if let kind {
            if let text = draft.code?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                let code =
                    kind == .person ? String(text.prefix(64)) : CertificateNumber.normalized(String(text.prefix(40)))
                let known: Bool
                switch kind {
                case .participant: known = participants[code].map { !$0.isMemberState } ?? false
                case .organisation: known = organisations.contains(code)
                case .person: known = accounts.contains(code)
                }
                if known {
                    holder = SeatHolder(kind: kind, code: code)
                } else {
                    violations.append(
                        Violation("/code", WorkingBodyMessage.holderUnknown(kind: kind.rawValue, code: code)))
                }
            } else {
                violations.append(Violation("/code", RequestMessage.fieldRequired(field: "code")))
            }
            if kind == .person, let role, role != .member {
                violations.append(Violation("/role", WorkingBodyMessage.personOnlyMember))
            }
        }
        if let startsOn, let endsOn, endsOn < startsOn {
            violations.append(Violation("/endsOn", WorkingBodyMessage.seatEndsBeforeStart))
        }
        guard violations.isEmpty, let holder, let role, let startsOn else { throw KPCSError.validation(violations) }
        if let dissolved = body.dissolvedOn, dissolved <= startsOn {
            throw KPCSError.conflict(WorkingBodyMessage.bodyDissolved(body: body.code, on: dissolved.description))
        }
        let endsOnOrDissolution = [endsOn, body.dissolvedOn].compactMap { $0 }.min()
        return try seat(
            holder: holder, role: role, startsOn: startsOn, endsOn: endsOnOrDissolution, on: body)
    }

    /// A seat of a checked holder and role on the body, with the successions it brings; the same rule serves a
    /// decision that appoints a body's chair.
    public static func seat(
        holder: SeatHolder, role: SeatRole, startsOn: CalendarDate, endsOn: CalendarDate?, on body: WorkingBody
    ) throws -> ValidSeat {
        let overlapping = body.seats.filter { $0.role == role && $0.overlaps(startsOn: startsOn, endsOn: endsOn) }
        if overlapping.contains(where: { $0.holder == holder }) {
            throw KPCSError.conflict(
                WorkingBodyMessage.seatOverlaps(body: body.code, code: holder.code, role: role.rawValue))
        }
        var succeeded: [(id: Int64, endsOn: CalendarDate)] = []
        if role != .member {
            for seat in overlapping {
                guard seat.startsOn < startsOn else {
                    throw KPCSError.conflict(
                        WorkingBodyMessage.roleTaken(
                            body: body.code, role: role.rawValue, code: seat.holder.code,
                            from: seat.startsOn.description))
                }
                succeeded.append((seat.id, startsOn))
            }
        }
        return ValidSeat(holder: holder, role: role, startsOn: startsOn, endsOn: endsOn, succeeded: succeeded)
    }

    /// The day a seat's term ends: not before it starts, and never later than an end already recorded.
    public static func validateEnd(_ draft: SeatEndDraft, of seat: BodySeat) throws -> CalendarDate {
        var violations: [Violation] = []
        let day = MeetingRules.day(draft.endsOn, field: "endsOn", into: &violations)
        guard violations.isEmpty, let day else { throw KPCSError.validation(violations) }
        guard seat.startsOn <= day else {
            throw KPCSError.invalid(WorkingBodyMessage.seatEndsBeforeStart, pointer: "/endsOn")
        }
        if let ended = seat.endsOn, ended < day {
            throw KPCSError.conflict(WorkingBodyMessage.seatEndedAlready(on: ended.description))
        }
        return day
    }

    /// The body as the principal may see it: the seats of persons (accounts) are for administrators only.
    public static func visible(_ body: WorkingBody, to principal: Principal?) -> WorkingBody {
        guard principal?.role != .administrator else { return body }
        var visible = body
        visible.seats.removeAll { $0.holder.kind == .person }
        return visible
    }
}
