/// The verification feature's addresses: the public page and the API.
enum VerificationURL: SiteURL {
    case page, api

    var segments: [PathSegment] {
        switch self {
        case .page: ["verify"]
        case .api: PathSegment.api + ["verify"]
        }
    }
}
