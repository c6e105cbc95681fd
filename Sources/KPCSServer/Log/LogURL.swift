/// The transparency log's addresses: the C2SP checkpoint, tiles and cosignature endpoint, and the JSON API.
enum LogURL: SiteURL {
    case checkpoint
    case tile(Parameter)
    case cosignature
    case apiLog, apiInclusionProof, apiConsistencyProof
    case apiCertificateProof(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .checkpoint: ["log", "checkpoint"]
        case .tile(let tilePath): ["log", "tile", .rest("tilePath", tilePath)]
        case .cosignature: ["log", "cosignature"]
        case .apiLog: PathSegment.api + ["log"]
        case .apiInclusionProof: PathSegment.api + ["log", "proof", "inclusion"]
        case .apiConsistencyProof: PathSegment.api + ["log", "proof", "consistency"]
        case .apiCertificateProof(let number):
            PathSegment.api + ["certificates", .parameter("number", number), "proof"]
        }
    }
}
