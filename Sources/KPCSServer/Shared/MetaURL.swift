/// The addresses every deployment has: health and the API's contract.
enum MetaURL: SiteURL {
    case health, openAPI

    var segments: [PathSegment] {
        switch self {
        case .health: ["health"]
        case .openAPI: PathSegment.api + ["openapi.yaml"]
        }
    }
}
