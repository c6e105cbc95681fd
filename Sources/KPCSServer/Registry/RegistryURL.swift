/// The registry feature's addresses: the public home and directory, the company register, the administrator's
/// registry pages, the API.
enum RegistryURL: SiteURL {
    case home, participants
    case participant(Parameter)
    case companies
    case companySuspension(Parameter)
    case admin, adminParticipants, adminAuthorities, adminSettings
    case apiParticipants
    case apiParticipant(Parameter)
    case apiParticipantStatus(Parameter)
    case apiAuthorities
    case apiCompanies
    case apiCompany(Parameter)
    case apiCompanySuspension(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .home: []
        case .participants: ["participants"]
        case .participant(let code): ["participants", .parameter("code", code)]
        case .companies: ["companies"]
        case .companySuspension(let id): ["companies", .parameter("id", id), "suspension"]
        case .admin: ["admin"]
        case .adminParticipants: ["admin", "participants"]
        case .adminAuthorities: ["admin", "authorities"]
        case .adminSettings: ["admin", "settings"]
        case .apiParticipants: PathSegment.api + ["participants"]
        case .apiParticipant(let code): PathSegment.api + ["participants", .parameter("code", code)]
        case .apiParticipantStatus(let code): PathSegment.api + ["participants", .parameter("code", code), "status"]
        case .apiAuthorities: PathSegment.api + ["authorities"]
        case .apiCompanies: PathSegment.api + ["companies"]
        case .apiCompany(let id): PathSegment.api + ["companies", .parameter("id", id)]
        case .apiCompanySuspension(let id): PathSegment.api + ["companies", .parameter("id", id), "suspension"]
        }
    }
}
