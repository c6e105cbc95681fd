/// The monitoring feature's addresses: mining zones and annual reports, pages and API.
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
        }
    }
}
