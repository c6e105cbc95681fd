/// The certificates feature's addresses: the dashboard, the list, the form, each certificate's page and its
/// forms, the API.
enum CertificatesURL: SiteURL {
    case dashboard, list, new
    case certificate(Parameter)
    case pdf(Parameter)
    case confirm(Parameter)
    case void(Parameter)
    case apiCertificates, apiValidate
    case apiCertificate(Parameter)
    case apiPDF(Parameter)
    case apiConfirmation(Parameter)
    case apiVoid(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .dashboard: ["dashboard"]
        case .list: ["certificates"]
        case .new: ["certificates", "new"]
        case .certificate(let number): ["certificates", .parameter("number", number)]
        case .pdf(let number): ["certificates", .parameter("number", number), "pdf"]
        case .confirm(let number): ["certificates", .parameter("number", number), "confirm"]
        case .void(let number): ["certificates", .parameter("number", number), "void"]
        case .apiCertificates: PathSegment.api + ["certificates"]
        case .apiValidate: PathSegment.api + ["certificates", "validate"]
        case .apiCertificate(let number): PathSegment.api + ["certificates", .parameter("number", number)]
        case .apiPDF(let number): PathSegment.api + ["certificates", .parameter("number", number), "pdf"]
        case .apiConfirmation(let number):
            PathSegment.api + ["certificates", .parameter("number", number), "confirmation"]
        case .apiVoid(let number): PathSegment.api + ["certificates", .parameter("number", number), "void"]
        }
    }
}
