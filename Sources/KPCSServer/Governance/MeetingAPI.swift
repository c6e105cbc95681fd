import Hummingbird
import KPCSCore
import KPCSStore

/// Meetings: public reads (all, or one working body's with `?body=CODE`); an administrator or a delegate of the
/// Chair of the meeting's year records them, and a working body's also a delegate of the participant chairing it.
enum MeetingAPI {
    /// The meeting id of a path; anything but a positive whole number is an unknown meeting.
    static func meetingId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { MeetingMessage.meetingUnknown(id: $0) }
    }

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation(.get, GovernanceURL.apiMeetings, .anyone) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.governance.meetings(
                    page: page, of: BodyEffectRules.bodyCode(request.query("body")),
                    for: try context.optionalPrincipal())
                return JSONBody.response(PageJSON(result.map(MeetingJSON.init)))
            },
            Operation(.post, GovernanceURL.apiMeetings, recorders) { request, context in
                let draft = try await JSONBody.decode(MeetingDraft.self, from: request)
                let meeting = try await store.governance.recordMeeting(draft, by: try context.principal())
                var response = JSONBody.response(MeetingJSON(meeting), status: .created)
                response.headers[.location] = GovernanceURL.apiMeeting(.value(String(meeting.id))).path
                return response
            },
            Operation(.get, GovernanceURL.apiMeeting(.key), .anyone) { _, context in
                let meeting = try await store.governance.meeting(
                    try meetingId(context), for: try context.optionalPrincipal())
                return JSONBody.response(MeetingJSON(meeting))
            },
            Operation(.put, GovernanceURL.apiMeetingAttendance(.key), recorders) { request, context in
                let draft = try await JSONBody.decode(AttendanceDraft.self, from: request)
                let meeting = try await store.governance.setAttendance(
                    try meetingId(context), draft, by: try context.principal())
                return JSONBody.response(MeetingJSON(meeting))
            },
            Operation(.put, GovernanceURL.apiMeetingCommunique(.key), recorders) { request, context in
                let draft = try await JSONBody.decode(CommuniqueDraft.self, from: request)
                let meeting = try await store.governance.setCommunique(
                    try meetingId(context), draft, by: try context.principal())
                return JSONBody.response(MeetingJSON(meeting))
            },
        ]
    }
}

/// A meeting as the API gives it. `guests` is absent for the public.
struct MeetingJSON: Codable, Sendable {
    struct Communique: Codable, Sendable {
        /// `published` or `none` (a Plenary that published none).
        let state: String
        let textEn: String?
        let textFr: String?
    }

    let id: Int64
    let kind: String
    /// The working body that met (its code), for a meeting of kind `working-body` only.
    let body: String?
    let titleEn: String
    let titleFr: String
    let startsOn: String
    let endsOn: String
    let format: String
    let place: String?
    let agenda: [AgendaItem]
    let participants: [String]
    let organisations: [String]
    let guests: [MeetingGuest]?
    /// Absent until recorded.
    let communique: Communique?
    let createdAt: String

    init(_ meeting: Meeting) {
        id = meeting.id
        kind = meeting.kind.rawValue
        body = meeting.body
        titleEn = meeting.titleEn
        titleFr = meeting.titleFr
        startsOn = meeting.startsOn.description
        endsOn = meeting.endsOn.description
        format = meeting.format.rawValue
        place = meeting.place
        agenda = meeting.agenda
        participants = meeting.attendance.participants
        organisations = meeting.attendance.organisations
        guests = meeting.attendance.guests.isEmpty ? nil : meeting.attendance.guests
        switch meeting.communique {
        case .published(let en, let fr): communique = Communique(state: "published", textEn: en, textFr: fr)
        case .none?: communique = Communique(state: "none", textEn: nil, textFr: nil)
        case nil: communique = nil
        }
        createdAt = meeting.createdAt
    }
}
