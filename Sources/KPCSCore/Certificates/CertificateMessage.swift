/// The certificate's messages: every issue rule, the numbering, the seal size, and the rules of its life.
public enum CertificateMessage: String, MessageKey, CaseIterable {
    case exporterNotLicensed = "exporter-not-licensed"
    case importerNotLicensed = "importer-not-licensed"
    case companySuspended = "company-suspended"
    case officerOtherParticipant = "officer-other-participant"
    case authorityCannotExport = "authority-cannot-export"
    case authorityCannotImport = "authority-cannot-import"
    case linesMissing = "lines-missing"
    case linesTooMany = "lines-too-many"
    case hsCodeDuplicate = "hs-code-duplicate"
    case hsCodeUnknown = "hs-code-unknown"
    case quantityNotPositive = "quantity-not-positive"
    case quantityNegative = "quantity-negative"
    case totalTooLarge = "total-too-large"
    case quantityTooLarge = "quantity-too-large"
    case sequenceExhausted = "sequence-exhausted"
    case originCodeInvalid = "origin-code-invalid"
    case originKindUnknown = "origin-kind-unknown"
    case originMixedTooFew = "origin-mixed-too-few"
    case originDuplicate = "origin-duplicate"
    case expiryNotAfterIssue = "expiry-not-after-issue"
    case expiryBeyondMaximum = "expiry-beyond-maximum"
    case replacedUnknown = "replaced-unknown"
    case replacedNotVoided = "replaced-not-voided"
    case replacedOtherParticipant = "replaced-other-participant"
    case replacedAlready = "replaced-already"
    case sealTooLarge = "seal-too-large"
    case certificateUnknown = "certificate-unknown"
    case certificateNotVisible = "certificate-not-visible"
    case confirmNotImportingParticipant = "confirm-not-importing-participant"
    case certificateNotIssued = "certificate-not-issued"
    case confirmationLinesMismatch = "confirmation-lines-mismatch"
    case receivedBeforeIssue = "received-before-issue"
    case receivedInFuture = "received-in-future"
    case outcomeUnknown = "outcome-unknown"
    case reasonMissing = "reason-missing"
    case voidNotIssuingAuthority = "void-not-issuing-authority"

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .exporterNotLicensed:
            return ("{0} is not licensed to export by {1}.", "{0} n'est pas agréée à l'exportation par {1}.")
        case .importerNotLicensed:
            return ("{0} is not licensed to import by {1}.", "{0} n'est pas agréée à l'importation par {1}.")
        case .companySuspended:
            return ("{0} is suspended and may not trade.", "{0} est suspendue et ne peut pas commercer.")
        case .officerOtherParticipant:
            return (
                "Your authority belongs to {0}: you cannot act for {1}.",
                "Votre autorité relève de {0} : vous ne pouvez pas agir pour {1}."
            )
        case .authorityCannotExport:
            return (
                "Your authority ({0}) is not an exporting authority.",
                "Votre autorité ({0}) n'est pas une autorité exportatrice."
            )
        case .authorityCannotImport:
            return (
                "Your authority ({0}) is not an importing authority.",
                "Votre autorité ({0}) n'est pas une autorité importatrice."
            )
        case .linesMissing:
            return ("A certificate needs at least one line.", "Un certificat doit comporter au moins une ligne.")
        case .linesTooMany:
            return (
                "At most {0} lines are allowed, each for a different kind of goods.",
                "{0} lignes au plus sont admises, chacune pour une sorte de marchandise différente."
            )
        case .hsCodeDuplicate:
            return ("HS code {0} appears more than once.", "Le code SH {0} figure plus d'une fois.")
        case .hsCodeUnknown:
            return (
                "{0} is not a rough-diamond HS code: use 7102.10, 7102.21 or 7102.31.",
                "{0} n'est pas un code SH de diamants bruts : utilisez 7102.10, 7102.21 ou 7102.31."
            )
        case .quantityNotPositive:
            return ("{0} must be a whole number greater than zero.", "{0} doit être un nombre entier supérieur à zéro.")
        case .quantityNegative:
            return ("{0} must be a whole number, zero or more.", "{0} doit être un nombre entier positif ou nul.")
        case .totalTooLarge:
            return ("The total of {0} is too large: at most {1}.", "Le total de {0} est trop grand : {1} au plus.")
        case .quantityTooLarge:
            return ("{0} is too large: at most {1}.", "{0} est trop grand : {1} au plus.")
        case .sequenceExhausted:
            return (
                "{0} has issued the {1} certificates its numbers allow for {2}.",
                "{0} a délivré les {1} certificats que sa numérotation permet pour {2}."
            )
        case .originCodeInvalid:
            return (
                "{0} is not an ISO 3166-1 alpha-2 country code.",
                "{0} n'est pas un code pays ISO 3166-1 alpha-2."
            )
        case .originKindUnknown:
            return (
                "The origin kind must be single or mixed, not {0}.",
                "Le type d'origine doit être single ou mixed, pas {0}."
            )
        case .originMixedTooFew:
            return (
                "A mixed origin lists at least two countries.",
                "Une origine mixte comporte au moins deux pays."
            )
        case .originDuplicate:
            return ("{0} appears twice in the origin.", "{0} figure deux fois dans l'origine.")
        case .expiryNotAfterIssue:
            return (
                "The expiry date {0} must be after the issue date {1}.",
                "La date d'expiration {0} doit être postérieure à la date de délivrance {1}."
            )
        case .expiryBeyondMaximum:
            return (
                "The expiry date {0} is beyond the maximum validity of {1} days (at the latest {2}).",
                "La date d'expiration {0} dépasse la validité maximale de {1} jours (au plus tard le {2})."
            )
        case .replacedUnknown:
            return ("No certificate has the number {0}.", "Aucun certificat ne porte le numéro {0}.")
        case .replacedNotVoided:
            return (
                "Certificate {0} is {1}: only a voided certificate can be replaced.",
                "Le certificat {0} a l'état « {1} » : seul un certificat annulé peut être remplacé."
            )
        case .replacedOtherParticipant:
            return (
                "Certificate {0} was issued by another participant.",
                "Le certificat {0} a été délivré par un autre participant."
            )
        case .replacedAlready:
            return (
                "Certificate {0} has already been replaced by {1}.",
                "Le certificat {0} a déjà été remplacé par {1}."
            )
        case .sealTooLarge:
            return (
                """
                The certificate's seal would be {0} bytes, more than a printable QR code holds ({1}): shorten the\
                 exporter's or importer's name.
                """,
                """
                Le sceau du certificat ferait {0} octets, plus que ne peut contenir un code QR imprimable ({1}) :\
                 raccourcissez le nom de l'exportateur ou de l'importateur.
                """
            )
        case .certificateUnknown:
            return ("No certificate has the number {0}.", "Aucun certificat ne porte le numéro {0}.")
        case .certificateNotVisible:
            return (
                "Certificate {0} is neither from nor addressed to your participant.",
                "Le certificat {0} n'émane pas de votre participant et ne lui est pas adressé."
            )
        case .confirmNotImportingParticipant:
            return (
                "Only an importing authority of {0} can confirm certificate {1}.",
                "Seule une autorité importatrice de {0} peut confirmer le certificat {1}."
            )
        case .certificateNotIssued:
            return (
                "Certificate {0} is already {1}: only an issued certificate can change.",
                "Le certificat {0} a déjà l'état « {1} » : seul un certificat délivré peut changer."
            )
        case .confirmationLinesMismatch:
            return (
                "Give one received line for each HS code of the certificate: {0}.",
                "Indiquez une ligne reçue pour chaque code SH du certificat : {0}."
            )
        case .receivedBeforeIssue:
            return (
                "The receipt date {0} is before the issue date {1}.",
                "La date de réception {0} est antérieure à la date de délivrance {1}."
            )
        case .receivedInFuture:
            return ("The receipt date {0} is in the future.", "La date de réception {0} est dans le futur.")
        case .outcomeUnknown:
            return (
                "The outcome must be received or refused, not {0}.",
                "Le résultat doit être received ou refused, pas {0}."
            )
        case .reasonMissing:
            return ("Give a reason.", "Indiquez un motif.")
        case .voidNotIssuingAuthority:
            return (
                "Only the issuing authority can void certificate {0}.",
                "Seule l'autorité de délivrance peut annuler le certificat {0}."
            )
        }
    }
}
