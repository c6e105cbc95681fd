/// The keys feature's addresses: the administrator's key operations and the published trust material.
enum KeysURL: SiteURL {
    case apiKeys
    case apiAuthorityKeys(Parameter)
    case apiKeyRevocation(Parameter)
    case trustListJWKS, trustListJWS, voidListJWS, rootJWK

    var segments: [PathSegment] {
        switch self {
        case .apiKeys: PathSegment.api + ["keys"]
        case .apiAuthorityKeys(let id): PathSegment.api + ["authorities", .parameter("id", id), "keys"]
        case .apiKeyRevocation(let kid): PathSegment.api + ["keys", .parameter("kid", kid), "revocation"]
        case .trustListJWKS: [".well-known", "kpcs", "trust-list.jwks"]
        case .trustListJWS: [".well-known", "kpcs", "trust-list.jws"]
        case .voidListJWS: [".well-known", "kpcs", "void-list.jws"]
        case .rootJWK: [".well-known", "kpcs", "root.jwk"]
        }
    }
}
