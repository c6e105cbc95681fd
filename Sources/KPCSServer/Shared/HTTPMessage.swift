import KPCSCore

/// The messages of HTTP itself: bodies that cannot be read, unknown addresses and methods.
enum HTTPMessage: String, MessageKey, CaseIterable {
    case bodyMalformed = "body-malformed"
    case bodyTooLarge = "body-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case bodyDuplicateMember = "body-duplicate-member"
    case routeNotFound = "route-not-found"
    case methodNotAllowed = "method-not-allowed"

    var code: String { rawValue }

    var texts: (en: String, fr: String) {
        switch self {
        case .bodyMalformed:
            return ("The request body is not valid JSON.", "Le corps de la requête n'est pas un JSON valide.")
        case .bodyTooLarge:
            return ("The request body is larger than {0} bytes.", "Le corps de la requête dépasse {0} octets.")
        case .unsupportedMediaType:
            return (
                "Send the request body as {0}, encoded in UTF-8.",
                "Envoyez le corps de la requête en {0}, encodé en UTF-8."
            )
        case .bodyDuplicateMember:
            return (
                "The member {0} appears more than once in one object of the request body; send it once.",
                """
                Le membre {0} figure plus d'une fois dans un même objet du corps de la requête ; envoyez-le une seule\
                 fois.
                """
            )
        case .routeNotFound:
            return ("There is nothing at this address.", "Il n'y a rien à cette adresse.")
        case .methodNotAllowed:
            return ("This address does not accept this method.", "Cette adresse n'accepte pas cette méthode.")
        }
    }
}
