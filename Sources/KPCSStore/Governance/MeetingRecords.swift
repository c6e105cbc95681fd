import Foundation
import KPCSCore
import SQLKit

/// Recording and reading meetings: an administrator, or a delegate of the Chair of the meeting's year (and for a
/// working body's meeting, of the participant chairing the body), records a meeting with its agenda, then who was
/// present and a Plenary's communiqué. Each is one transaction. Meetings are public, but for the Chair's guests
/// (``MeetingRules/visible(_:to:)``).
extension GovernanceStore {
    /// Records a meeting with its agenda.
    public func recordMeeting(_ draft: MeetingDraft, by principal: Principal) async throws -> Meeting {
        try principal.require(.administrator, .delegate)
        let valid = try MeetingRules.validate(draft)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            let year = valid.startsOn.year
            let chair = try await Self.chair(of: year, in: db)
            var bodyId: Int64?
            if let code = valid.body {
                guard let body = try await Self.workingBodies(named: code, in: db)[code] else {
                    throw KPCSError.invalid(WorkingBodyMessage.bodyUnknown(code: code), pointer: "/body")
                }
                try MeetingRules.authorizeRecord(
                    principal, chair: chair, year: year, body: body, startsOn: valid.startsOn)
                try MeetingRules.checkMeets(body, startsOn: valid.startsOn)
                bodyId = body.id
            } else {
                try MeetingRules.authorizeRecord(principal, chair: chair, year: year)
            }
            let row = try await db.raw(
                """
                INSERT INTO meetings (kind, body_id, title_en, title_fr, starts_on, ends_on, format, place,\
                 created_at, created_by) VALUES (\(bind: valid.kind.rawValue), \(bind: bodyId),\
                 \(bind: valid.titleEn), \(bind: valid.titleFr), \(bind: valid.startsOn.description),\
                 \(bind: valid.endsOn.description), \(bind: valid.format.rawValue), \(bind: valid.place),\
                 \(bind: createdAt), \(bind: principal.accountId)) RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            for (position, item) in valid.agenda.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO meeting_agenda_items (meeting_id, position, title_en, title_fr) VALUES (\(bind: id),\
                     \(bind: position), \(bind: item.titleEn), \(bind: item.titleFr))
                    """
                ).run()
            }
            return try await Self.meeting(id, in: db)
        }
    }

    /// Replaces who was present at a meeting.
    public func setAttendance(_ id: Int64, _ draft: AttendanceDraft, by principal: Principal) async throws -> Meeting {
        try principal.require(.administrator, .delegate)
        return try await transaction { db in
            let meeting = try await Self.meeting(id, in: db)
            try await Self.authorizeRecord(on: meeting, by: principal, in: db)
            let organisations = try await Self.organisationCodes(in: db)
            let attendance = try MeetingRules.validate(
                draft, participants: try await Self.participantsByCode(in: db), organisations: organisations)
            try await db.raw("DELETE FROM meeting_attendance WHERE meeting_id = \(bind: id)").run()
            let rows: [(kind: String, code: String?, name: String?, affiliation: String?)] =
                attendance.participants.map { ("participant", $0, nil, nil) }
                + attendance.organisations.map { ("organisation", $0, nil, nil) }
                + attendance.guests.map { ("guest", nil, $0.name, $0.affiliation) }
            for (position, row) in rows.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO meeting_attendance (meeting_id, position, kind, code, name, affiliation) VALUES\
                     (\(bind: id), \(bind: position), \(bind: row.kind), \(bind: row.code), \(bind: row.name),\
                     \(bind: row.affiliation))
                    """
                ).run()
            }
            return try await Self.meeting(id, in: db)
        }
    }

    /// Records a Plenary's communiqué, or that it published none.
    public func setCommunique(_ id: Int64, _ draft: CommuniqueDraft, by principal: Principal) async throws -> Meeting {
        try principal.require(.administrator, .delegate)
        return try await transaction { db in
            let meeting = try await Self.meeting(id, in: db)
            try await Self.authorizeRecord(on: meeting, by: principal, in: db)
            let communique = try MeetingRules.validate(draft, kind: meeting.kind)
            let texts: (state: String, en: String?, fr: String?) =
                switch communique {
                case .published(let en, let fr): ("published", en, fr)
                case .none: ("none", nil, nil)
                }
            try await db.raw(
                """
                UPDATE meetings SET communique = \(bind: texts.state), communique_en = \(bind: texts.en),\
                 communique_fr = \(bind: texts.fr) WHERE id = \(bind: id)
                """
            ).run()
            return try await Self.meeting(id, in: db)
        }
    }

    /// One meeting as the principal may see it.
    public func meeting(_ id: Int64, for principal: Principal?) async throws -> Meeting {
        try await database.read { db in MeetingRules.visible(try await Self.meeting(id, in: db), to: principal) }
    }

    /// A page of meetings, the latest first: every meeting, or those of one working body (by code; an unknown
    /// body has none).
    public func meetings(
        page: PageRequest, of body: String? = nil, for principal: Principal?
    ) async throws -> PageResult<Meeting> {
        try await database.read { db in
            let filter: SQLQueryString =
                body.map {
                    "WHERE body_id IN (SELECT id FROM working_bodies WHERE code = \(bind: $0))"
                } ?? ""
            let total = try await db.raw("SELECT COUNT(*) AS n FROM meetings \(filter)").first()?.int("n") ?? 0
            let ids = try await db.raw(
                """
                SELECT id FROM meetings \(filter) ORDER BY starts_on DESC, id DESC LIMIT \(bind: page.perPage)\
                 OFFSET \(bind: page.offset)
                """
            ).all().map { try $0.int("id") }
            var items: [Meeting] = []
            for id in ids { items.append(MeetingRules.visible(try await Self.meeting(id, in: db), to: principal)) }
            return PageResult(items: items, page: page, total: total)
        }
    }

    /// Whether the principal may record a meeting starting today: an administrator, a delegate of this year's
    /// Chair, or a delegate of a participant chairing a body today (for that body's meetings). The pages show the
    /// form by it; the rules decide again when it is sent.
    public func mayRecordMeetings(_ principal: Principal?) async throws -> Bool {
        guard let principal, principal.role == .administrator || principal.role == .delegate else { return false }
        let today = CalendarDate(utcDayOf: now)
        return try await database.read { db in
            let chair = try await Self.chair(of: today.year, in: db)
            if (try? MeetingRules.authorizeRecord(principal, chair: chair, year: today.year)) != nil { return true }
            for row in try await db.raw("SELECT code FROM working_bodies ORDER BY code").all() {
                let body = try await Self.workingBody(try row.string("code"), in: db)
                let allowed: Void? = try? MeetingRules.authorizeRecord(
                    principal, chair: chair, year: today.year, body: body, startsOn: today)
                if allowed != nil { return true }
            }
            return false
        }
    }

    /// Whether the principal may record this meeting's attendance, communiqué and documents.
    public func mayRecord(_ meeting: Meeting, by principal: Principal?) async throws -> Bool {
        try await permits(principal) { principal, db in
            try await Self.authorizeRecord(on: meeting, by: principal, in: db)
        }
    }

    /// Whether a recording check passes for the principal (administrators and delegates only record), read in one
    /// transaction: a refusal is `false`, any other failure is thrown.
    func permits(
        _ principal: Principal?, _ check: @escaping @Sendable (Principal, any SQLDatabase) async throws -> Void
    ) async throws -> Bool {
        guard let principal, principal.role == .administrator || principal.role == .delegate else { return false }
        return try await database.read { db in
            do {
                try await check(principal, db)
                return true
            } catch let error as KPCSError where error.kind == .forbidden {
                return false
            }
        }
    }

    /// Refuses anyone but an administrator or a delegate of the Chair of the meeting's year, or for a working
    /// body's meeting, of the participant chairing the body on its first day.
    static func authorizeRecord(on meeting: Meeting, by principal: Principal, in db: any SQLDatabase) async throws {
        let chair = try await chair(of: meeting.year, in: db)
        if let code = meeting.body {
            try MeetingRules.authorizeRecord(
                principal, chair: chair, year: meeting.year, body: try await workingBody(code, in: db),
                startsOn: meeting.startsOn)
        } else {
            try MeetingRules.authorizeRecord(principal, chair: chair, year: meeting.year)
        }
    }

    static func meeting(_ id: Int64, in db: any SQLDatabase) async throws -> Meeting {
        guard
            let row = try await db.raw(
                """
                SELECT m.*, b.code AS body_code FROM meetings m LEFT JOIN working_bodies b ON b.id = m.body_id\
                 WHERE m.id = \(bind: id)
                """
            ).first()
        else {
            throw KPCSError.notFound(MeetingMessage.meetingUnknown(id: String(id)))
        }
        let agenda = try await db.raw(
            "SELECT * FROM meeting_agenda_items WHERE meeting_id = \(bind: id) ORDER BY position"
        ).all().map { AgendaItem(titleEn: try $0.string("title_en"), titleFr: try $0.string("title_fr")) }
        var attendance = MeetingAttendance()
        for present in try await db.raw(
            "SELECT * FROM meeting_attendance WHERE meeting_id = \(bind: id) ORDER BY position"
        ).all() {
            switch try present.string("kind") {
            case "participant": attendance.participants.append(try present.string("code"))
            case "organisation": attendance.organisations.append(try present.string("code"))
            default:
                attendance.guests.append(
                    MeetingGuest(
                        name: try present.string("name"), affiliation: try present.optionalString("affiliation")))
            }
        }
        func parsed<Value: RawRepresentable>(_ column: String) throws -> Value where Value.RawValue == String {
            let text = try row.string(column)
            guard let value = Value(rawValue: text) else { throw StoreCorruption.badValue(column, text) }
            return value
        }
        var communique: MeetingCommunique?
        switch try row.optionalString("communique") {
        case "published":
            communique = .published(textEn: try row.string("communique_en"), textFr: try row.string("communique_fr"))
        case "none": communique = MeetingCommunique.none
        default: communique = nil
        }
        return Meeting(
            id: id, kind: try parsed("kind"), body: try row.optionalString("body_code"),
            titleEn: try row.string("title_en"), titleFr: try row.string("title_fr"),
            startsOn: try Self.day(row, "starts_on"), endsOn: try Self.day(row, "ends_on"),
            format: try parsed("format"),
            place: try row.optionalString("place"), agenda: agenda, attendance: attendance, communique: communique,
            createdAt: try row.string("created_at"))
    }
}
