/// The governance feature's addresses: decisions, meetings, the chair table, observer organisations, the bodies of
/// the scheme, pages and API.
enum GovernanceURL: SiteURL {
    case decisions, newDecision
    case decision(Parameter)
    case decisionProcedure(Parameter)
    case decisionMeeting(Parameter)
    case decisionStance(Parameter)
    case decisionComment(Parameter)
    case chairs
    case apiDecisions
    case apiDecision(Parameter)
    case apiDecisionProcedure(Parameter)
    case apiDecisionMeeting(Parameter)
    case apiDecisionStances(Parameter)
    case apiDecisionComments(Parameter)
    case apiChairs
    case apiChair(Parameter)
    case apiObservers
    case apiArchivedDecisions
    case meetings
    case meeting(Parameter)
    case meetingAttendance(Parameter)
    case meetingCommunique(Parameter)
    case meetingDocuments(Parameter)
    case bodyDocuments(Parameter)
    case applicationDocuments(Parameter)
    case apiMeetings
    case apiMeeting(Parameter)
    case apiMeetingAttendance(Parameter)
    case apiMeetingCommunique(Parameter)
    case bodies
    case body(Parameter)
    case bodySeats(Parameter)
    case bodySeatEnd(Parameter, Parameter)
    case apiBodies
    case apiBody(Parameter)
    case apiBodySeats(Parameter)
    case apiBodySeatEnd(Parameter, Parameter)
    case document(Parameter, Parameter)
    case apiMeetingDocuments(Parameter)
    case apiBodyDocuments(Parameter)
    case apiApplicationDocuments(Parameter)
    case apiDocument(Parameter, Parameter)
    case applications
    case application(Parameter)
    case applicationReview(Parameter)
    case apiApplications
    case apiApplication(Parameter)
    case apiApplicationReview(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .decisions: ["decisions"]
        case .newDecision: ["decisions", "new"]
        case .decision(let id): ["decisions", .parameter("id", id)]
        case .decisionProcedure(let id): ["decisions", .parameter("id", id), "written-procedure"]
        case .decisionMeeting(let id): ["decisions", .parameter("id", id), "meeting"]
        case .decisionStance(let id): ["decisions", .parameter("id", id), "stance"]
        case .decisionComment(let id): ["decisions", .parameter("id", id), "comment"]
        case .chairs: ["chairs"]
        case .apiDecisions: PathSegment.api + ["decisions"]
        case .apiDecision(let id): PathSegment.api + ["decisions", .parameter("id", id)]
        case .apiDecisionProcedure(let id): PathSegment.api + ["decisions", .parameter("id", id), "written-procedure"]
        case .apiDecisionMeeting(let id): PathSegment.api + ["decisions", .parameter("id", id), "meeting"]
        case .apiDecisionStances(let id): PathSegment.api + ["decisions", .parameter("id", id), "stances"]
        case .apiDecisionComments(let id): PathSegment.api + ["decisions", .parameter("id", id), "comments"]
        case .apiChairs: PathSegment.api + ["chairs"]
        case .apiChair(let year): PathSegment.api + ["chairs", .parameter("year", year)]
        case .apiObservers: PathSegment.api + ["observer-organisations"]
        case .apiArchivedDecisions: PathSegment.api + ["archived-decisions"]
        case .meetings: ["meetings"]
        case .meeting(let id): ["meetings", .parameter("id", id)]
        case .meetingAttendance(let id): ["meetings", .parameter("id", id), "attendance"]
        case .meetingCommunique(let id): ["meetings", .parameter("id", id), "communique"]
        case .meetingDocuments(let id): ["meetings", .parameter("id", id), "documents"]
        case .bodyDocuments(let code): ["bodies", .parameter("code", code), "documents"]
        case .applicationDocuments(let id): ["applications", .parameter("id", id), "documents"]
        case .apiMeetings: PathSegment.api + ["meetings"]
        case .apiMeeting(let id): PathSegment.api + ["meetings", .parameter("id", id)]
        case .apiMeetingAttendance(let id): PathSegment.api + ["meetings", .parameter("id", id), "attendance"]
        case .apiMeetingCommunique(let id): PathSegment.api + ["meetings", .parameter("id", id), "communique"]
        case .bodies: ["bodies"]
        case .body(let code): ["bodies", .parameter("code", code)]
        case .bodySeats(let code): ["bodies", .parameter("code", code), "seats"]
        case .bodySeatEnd(let code, let id): ["bodies", .parameter("code", code), "seats", .parameter("id", id), "end"]
        case .apiBodies: PathSegment.api + ["bodies"]
        case .apiBody(let code): PathSegment.api + ["bodies", .parameter("code", code)]
        case .apiBodySeats(let code): PathSegment.api + ["bodies", .parameter("code", code), "seats"]
        case .apiBodySeatEnd(let code, let id):
            PathSegment.api + ["bodies", .parameter("code", code), "seats", .parameter("id", id), "end"]
        case .document(let id, let language): ["documents", .parameter("id", id), .parameter("language", language)]
        case .apiMeetingDocuments(let id): PathSegment.api + ["meetings", .parameter("id", id), "documents"]
        case .apiBodyDocuments(let code): PathSegment.api + ["bodies", .parameter("code", code), "documents"]
        case .apiApplicationDocuments(let id): PathSegment.api + ["applications", .parameter("id", id), "documents"]
        case .apiDocument(let id, let language):
            PathSegment.api + ["documents", .parameter("id", id), .parameter("language", language)]
        case .applications: ["applications"]
        case .application(let id): ["applications", .parameter("id", id)]
        case .applicationReview(let id): ["applications", .parameter("id", id), "review"]
        case .apiApplications: PathSegment.api + ["applications"]
        case .apiApplication(let id): PathSegment.api + ["applications", .parameter("id", id)]
        case .apiApplicationReview(let id): PathSegment.api + ["applications", .parameter("id", id), "review"]
        }
    }
}
