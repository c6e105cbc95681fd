/// The monitoring feature's addresses: mining zones, pages and API, and the figures of annual reports.
enum MonitoringURL: SiteURL {
    case participantZones(Parameter)
    case zone(Parameter)
    case apiZones
    case apiZone(Parameter)
    case apiAnnualReportFigures(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .participantZones(let code): ["participants", .parameter("code", code), "zones"]
        case .zone(let code): ["zones", .parameter("code", code)]
        case .apiZones: PathSegment.api + ["zones"]
        case .apiZone(let code): PathSegment.api + ["zones", .parameter("code", code)]
        case .apiAnnualReportFigures(let code):
            PathSegment.api + ["participants", .parameter("code", code), "annual-report-figures"]
        }
    }
}
