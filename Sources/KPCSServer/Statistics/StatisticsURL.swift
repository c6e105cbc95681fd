/// The statistics feature's addresses: the public page, the officer's production form, the API.
enum StatisticsURL: SiteURL {
    case page, production
    case apiSummary, apiTrade, apiMirror
    case apiMirrorCertificates(exporter: Parameter, importer: Parameter)
    case apiScreening, apiProduction

    var segments: [PathSegment] {
        switch self {
        case .page: ["statistics"]
        case .production: ["production"]
        case .apiSummary: PathSegment.api + ["statistics", "summary"]
        case .apiTrade: PathSegment.api + ["statistics", "trade"]
        case .apiMirror: PathSegment.api + ["statistics", "mirror"]
        case .apiMirrorCertificates(let exporter, let importer):
            PathSegment.api + [
                "statistics", "mirror", .parameter("exporter", exporter), .parameter("importer", importer),
                "certificates",
            ]
        case .apiScreening: PathSegment.api + ["statistics", "screening"]
        case .apiProduction: PathSegment.api + ["statistics", "production"]
        }
    }
}
