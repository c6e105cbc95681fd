import KPCSCore

/// The ten verdicts of a seal's check, as a customs officer reads them.
public enum VerdictMessage: MessageKey {
    case verdictNotASeal
    case verdictUnknownKey
    case verdictTampered
    case verdictKeyRevoked
    case verdictVoided
    case verdictRefused(participant: String, day: String)
    case verdictReceived(participant: String, day: String)
    case verdictExpired
    case verdictTrustListStale
    case verdictGenuine

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
        case .verdictRefused(let participant, let day):
            return (
                "Genuine but refused: \(participant) refused this shipment on \(day). Do not accept the certificate.",
                """
                Authentique mais refusé : \(participant) a refusé cet envoi le \(day). N'acceptez pas le certificat.
                """
            )
        case .verdictReceived(let participant, let day):
            return (
                """
                Genuine but already used: \(participant) recorded the receipt of this shipment on \(day). Do not\
                 accept the certificate for another shipment.
                """,
                """
                Authentique mais déjà utilisé : \(participant) a enregistré la réception de cet envoi le \(day).\
                 N'acceptez pas le certificat pour un autre envoi.
                """
            )
        case .verdictExpired:
            return (
                "Genuine but expired: the certificate is past its expiry date. Do not accept it.",
                "Authentique mais expiré : la date d'expiration du certificat est passée. Ne l'acceptez pas."
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
                """
                Genuine and in transit: sealed by a Kimberley Process authority, unchanged, not voided, not expired,\
                 and no receipt recorded yet. You may accept it for this shipment.
                """,
                """
                Authentique et en transit : scellé par une autorité du Processus de Kimberley, non modifié, ni annulé\
                 ni expiré, et aucune réception encore enregistrée. Vous pouvez l'accepter pour cet envoi.
                """
            )
        }
    }
}

extension VerdictMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case verdictNotASeal = "verdict-not-a-seal"
        case verdictUnknownKey = "verdict-unknown-key"
        case verdictTampered = "verdict-tampered"
        case verdictKeyRevoked = "verdict-key-revoked"
        case verdictVoided = "verdict-voided"
        case verdictRefused = "verdict-refused"
        case verdictReceived = "verdict-received"
        case verdictExpired = "verdict-expired"
        case verdictTrustListStale = "verdict-trust-list-stale"
        case verdictGenuine = "verdict-genuine"
    }

    public var stableCode: Code {
        switch self {
        case .verdictNotASeal: .verdictNotASeal
        case .verdictUnknownKey: .verdictUnknownKey
        case .verdictTampered: .verdictTampered
        case .verdictKeyRevoked: .verdictKeyRevoked
        case .verdictVoided: .verdictVoided
        case .verdictRefused: .verdictRefused
        case .verdictReceived: .verdictReceived
        case .verdictExpired: .verdictExpired
        case .verdictTrustListStale: .verdictTrustListStale
        case .verdictGenuine: .verdictGenuine
        }
    }
}
