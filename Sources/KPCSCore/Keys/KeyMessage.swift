/// The keys' messages: signing keys, their revocation, the master key.
public enum KeyMessage: String, MessageKey, CaseIterable {
    case keyUnknown = "key-unknown"
    case keyAlreadyRevoked = "key-already-revoked"
    case revocationInFuture = "revocation-in-future"
    case masterKeyInvalid = "master-key-invalid"
    case masterKeyMismatch = "master-key-mismatch"

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .keyUnknown:
            return ("No signing key has the id {0}.", "Aucune clé de signature n'a l'identifiant {0}.")
        case .keyAlreadyRevoked:
            return ("The key {0} is already revoked.", "La clé {0} est déjà révoquée.")
        case .revocationInFuture:
            return (
                "A revocation cannot take effect in the future ({0}).",
                "Une révocation ne peut pas prendre effet dans le futur ({0})."
            )
        case .masterKeyInvalid:
            return (
                "The master key must be 32 bytes written in base64: {0}.",
                "La clé maîtresse doit compter 32 octets écrits en base64 : {0}."
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
