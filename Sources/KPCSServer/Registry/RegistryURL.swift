/// The registry feature's addresses: the public home and directory, the company register, the administrator's
/// registry pages, the API.
enum RegistryURL: SiteURL {
    case home, participants, participant(Parameter)
    case companies, companySuspension(Parameter)
    case admin, adminParticipants, adminAuthorities, adminSettings
    case apiParticipants, apiParticipant(Parameter), apiParticipantStatus(Parameter), apiAuthorities
    case apiCompanies, apiCompany(Parameter), apiCompanySuspension(Parameter)

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
