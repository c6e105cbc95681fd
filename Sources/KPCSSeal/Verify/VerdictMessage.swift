import KPCSCore

/// The eight verdicts of a seal's check, as a customs officer reads them.
public enum VerdictMessage: String, MessageKey, CaseIterable {
    case verdictNotASeal = "verdict-not-a-seal"
    case verdictUnknownKey = "verdict-unknown-key"
    case verdictTampered = "verdict-tampered"
    case verdictKeyRevoked = "verdict-key-revoked"
    case verdictVoided = "verdict-voided"
    case verdictExpired = "verdict-expired"
    case verdictTrustListStale = "verdict-trust-list-stale"
    case verdictGenuine = "verdict-genuine"

    public var stableCode: Self { self }

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .verdictNotASeal:
            return (
                "Not a kpcs seal: this text was not made by kpcs. Do not accept the certificate on it.",
                """
                Ce n'est pas un sceau kpcs : ce texte n'a pas été produit par kpcs. N'acceptez pas le certificat sur\
                 cette base.
                """
            )
        case .verdictUnknownKey:
            return (
                """
                Unknown key: the seal was signed with a key that is not in the trust list. Sync the trust list; if the\
                 key stays unknown, do not accept the certificate.
                """,
                """
                Clé inconnue : le sceau a été signé avec une clé absente de la liste de confiance. Synchronisez la\
                 liste ; si la clé reste inconnue, n'acceptez pas le certificat.
                """
            )
        case .verdictTampered:
            return (
                "Forged or altered: the signature does not match what the seal says. Do not accept the certificate.",
                """
                Falsifié ou modifié : la signature ne correspond pas au contenu du sceau. N'acceptez pas le certificat.
                """
            )
        case .verdictKeyRevoked:
            return (
                "Key revoked: the seal was made with a key after it was revoked. Do not accept the certificate.",
                "Clé révoquée : le sceau a été fait avec une clé après sa révocation. N'acceptez pas le certificat."
            )
        case .verdictVoided:
            return (
                "Genuine but voided: the issuing authority has voided this certificate. Do not accept it.",
                "Authentique mais annulé : l'autorité émettrice a annulé ce certificat. Ne l'acceptez pas."
            )
        case .verdictExpired:
            return (
                "Genuine but expired: the certificate is past its expiry date.",
                "Authentique mais expiré : la date d'expiration du certificat est passée."
            )
        case .verdictTrustListStale:
            return (
                """
                The signature is good, but the saved trust list is out of date: sync it before accepting the\
                 certificate.
                """,
                """
                La signature est bonne, mais la liste de confiance enregistrée est périmée : synchronisez-la avant\
                 d'accepter le certificat.
                """
            )
        case .verdictGenuine:
            return (
                "Genuine: sealed by a Kimberley Process authority, unchanged, not voided and not expired.",
                "Authentique : scellé par une autorité du Processus de Kimberley, non modifié, ni annulé ni expiré."
            )
        }
    }
}
