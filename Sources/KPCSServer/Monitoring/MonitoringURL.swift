/// The monitoring feature's addresses: mining zones, annual reports, peer reviews and recommendations, pages and API.
enum MonitoringURL: SiteURL {
    case participantZones(Parameter)
    case zone(Parameter)
    case apiZones
    case apiZone(Parameter)
    case apiAnnualReportFigures(Parameter)
    case apiAnnualReports(Parameter)
    case apiAnnualReport(Parameter, Parameter)
    case apiAnnualReportVersions(Parameter, Parameter)
    case apiAnnualReportReviews(Parameter, Parameter)
    case annualReports(Parameter)
    case annualReport(Parameter, Parameter)
    case annualReportReview(Parameter, Parameter)
    case apiPeerReviews
    case apiPeerReview(Parameter)
    case apiReviewRecommendations(Parameter)
    case apiRecommendation(Parameter)
    case apiRecommendationEntries(Parameter)
    case peerReviews
    case peerReview(Parameter)
    case peerReviewRecommendations(Parameter)
    case recommendation(Parameter)
    case accountability(Parameter)
    case apiIncidents
    case apiConflictDefinitions
    case apiConflictWhatIf
    case conflictDefinitions
    case apiIncident(Parameter)
    case apiIncidentReviews(Parameter)
    case apiIncidentResponse(Parameter)
    case apiIncidentSummaries
    case incidents
    case newIncident
    case incident(Parameter)
    case incidentReview(Parameter)
    case incidentResponse(Parameter)
    case apiAccountability(Parameter)

    private static func reports(_ code: Parameter) -> [PathSegment] {
        ["participants", .parameter("code", code), "annual-reports"]
    }

    var segments: [PathSegment] {
        switch self {
        case .participantZones(let code): ["participants", .parameter("code", code), "zones"]
        case .zone(let code): ["zones", .parameter("code", code)]
        case .apiZones: PathSegment.api + ["zones"]
        case .apiZone(let code): PathSegment.api + ["zones", .parameter("code", code)]
        case .apiAnnualReportFigures(let code):
            PathSegment.api + ["participants", .parameter("code", code), "annual-report-figures"]
        case .apiAnnualReports(let code): PathSegment.api + Self.reports(code)
        case .apiAnnualReport(let code, let year): PathSegment.api + Self.reports(code) + [.parameter("year", year)]
        case .apiAnnualReportVersions(let code, let year):
            PathSegment.api + Self.reports(code) + [.parameter("year", year), "versions"]
        case .apiAnnualReportReviews(let code, let year):
            PathSegment.api + Self.reports(code) + [.parameter("year", year), "reviews"]
        case .annualReports(let code): Self.reports(code)
        case .annualReport(let code, let year): Self.reports(code) + [.parameter("year", year)]
        case .annualReportReview(let code, let year): Self.reports(code) + [.parameter("year", year), "review"]
        case .apiPeerReviews: PathSegment.api + ["peer-reviews"]
        case .apiPeerReview(let id): PathSegment.api + ["peer-reviews", .parameter("id", id)]
        case .apiReviewRecommendations(let id):
            PathSegment.api + ["peer-reviews", .parameter("id", id), "recommendations"]
        case .apiRecommendation(let id): PathSegment.api + ["recommendations", .parameter("id", id)]
        case .apiRecommendationEntries(let id): PathSegment.api + ["recommendations", .parameter("id", id), "entries"]
        case .peerReviews: ["peer-reviews"]
        case .peerReview(let id): ["peer-reviews", .parameter("id", id)]
        case .peerReviewRecommendations(let id): ["peer-reviews", .parameter("id", id), "recommendations"]
        case .recommendation(let id): ["recommendations", .parameter("id", id)]
        case .accountability(let code): ["participants", .parameter("code", code), "accountability"]
        case .apiIncidents: PathSegment.api + ["incidents"]
        case .apiConflictDefinitions: PathSegment.api + ["conflict-definitions"]
        case .apiConflictWhatIf: PathSegment.api + ["conflict-definitions", "what-if"]
        case .conflictDefinitions: ["conflict-definitions"]
        case .apiIncident(let reference): PathSegment.api + ["incidents", .parameter("reference", reference)]
        case .apiIncidentReviews(let reference):
            PathSegment.api + ["incidents", .parameter("reference", reference), "reviews"]
        case .apiIncidentResponse(let reference):
            PathSegment.api + ["incidents", .parameter("reference", reference), "response"]
        case .apiIncidentSummaries: PathSegment.api + ["incident-summaries"]
        case .incidents: ["incidents"]
        case .newIncident: ["incidents", "new"]
        case .incident(let reference): ["incidents", .parameter("reference", reference)]
        case .incidentReview(let reference): ["incidents", .parameter("reference", reference), "review"]
        case .incidentResponse(let reference): ["incidents", .parameter("reference", reference), "response"]
        case .apiAccountability(let code):
            PathSegment.api + ["participants", .parameter("code", code), "accountability"]
        }
    }
}
