import KPCSCore

/// The messages of HTTP itself: bodies that cannot be read, unknown addresses and methods.
enum HTTPMessage: MessageKey {
    case bodyMalformed
    case bodyTooLarge(limit: String)
    case unsupportedMediaType(mediaType: String)
    case bodyDuplicateMember(member: String)
    case routeNotFound
    case methodNotAllowed

    var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .bodyMalformed:
            return ("The request body is not valid JSON.", "Le corps de la requête n'est pas un JSON valide.")
        case .bodyTooLarge(let limit):
            return (
                "The request body is larger than \(limit) bytes.", "Le corps de la requête dépasse \(limit) octets."
            )
        case .unsupportedMediaType(let mediaType):
            return (
                "Send the request body as \(mediaType), encoded in UTF-8.",
                "Envoyez le corps de la requête en \(mediaType), encodé en UTF-8."
            )
        case .bodyDuplicateMember(let member):
            return (
                "The member \(member) appears more than once in one object of the request body; send it once.",
                """
                Le membre \(member) figure plus d'une fois dans un même objet du corps de la requête ; envoyez-le une\
                 seule\
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

extension HTTPMessage {
    /// The stable code of each message, whatever its values.
    enum Code: String, CaseIterable, Sendable {
        case bodyMalformed = "body-malformed"
        case bodyTooLarge = "body-too-large"
        case unsupportedMediaType = "unsupported-media-type"
        case bodyDuplicateMember = "body-duplicate-member"
        case routeNotFound = "route-not-found"
        case methodNotAllowed = "method-not-allowed"
    }

    var stableCode: Code {
        switch self {
        case .bodyMalformed: .bodyMalformed
        case .bodyTooLarge: .bodyTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .bodyDuplicateMember: .bodyDuplicateMember
        case .routeNotFound: .routeNotFound
        case .methodNotAllowed: .methodNotAllowed
        }
    }
}
