/// The keys' messages: signing keys, their revocation, the master key.
public enum KeyMessage: MessageKey {
    case keyUnknown(kid: String)
    case keyAlreadyRevoked(kid: String)
    case revocationInFuture(effectiveAt: String)
    case masterKeyInvalid(reason: String)
    case masterKeyMismatch

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .keyUnknown(let kid):
            return ("No signing key has the id \(kid).", "Aucune clé de signature n'a l'identifiant \(kid).")
        case .keyAlreadyRevoked(let kid):
            return ("The key \(kid) is already revoked.", "La clé \(kid) est déjà révoquée.")
        case .revocationInFuture(let effectiveAt):
            return (
                "A revocation cannot take effect in the future (\(effectiveAt)).",
                "Une révocation ne peut pas prendre effet dans le futur (\(effectiveAt))."
            )
        case .masterKeyInvalid(let reason):
            return (
                "The master key must be 32 bytes written in base64: \(reason).",
                "La clé maîtresse doit compter 32 octets écrits en base64 : \(reason)."
            )
        case .masterKeyMismatch:
            return (
                """
                The master key does not open the signing keys of this database: start with the master key it was\
                 created with.
                """,
                """
                La clé maîtresse n'ouvre pas les clés de signature de cette base : démarrez avec la clé maîtresse qui\
                 l'a créée.
                """
            )
        }
    }
}

extension KeyMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case keyUnknown = "key-unknown"
        case keyAlreadyRevoked = "key-already-revoked"
        case revocationInFuture = "revocation-in-future"
        case masterKeyInvalid = "master-key-invalid"
        case masterKeyMismatch = "master-key-mismatch"
    }

    public var stableCode: Code {
        switch self {
        case .keyUnknown: .keyUnknown
        case .keyAlreadyRevoked: .keyAlreadyRevoked
        case .revocationInFuture: .revocationInFuture
        case .masterKeyInvalid: .masterKeyInvalid
        case .masterKeyMismatch: .masterKeyMismatch
        }
    }
}
