/// The certificate's messages: every issue rule, the numbering, the seal size, and the rules of its life.
public enum CertificateMessage: MessageKey {
    case exporterNotLicensed(company: String, participant: String)
    case importerNotLicensed(company: String, participant: String)
    case companySuspended(company: String)
    case officerOtherParticipant(own: String, asked: String)
    case authorityCannotExport(authority: String)
    case authorityCannotImport(authority: String)
    case linesMissing
    case linesTooMany(maximum: String)
    case hsCodeDuplicate(hsCode: String)
    case hsCodeUnknown(hsCode: String)
    case quantityNotPositive(field: String)
    case quantityNegative(field: String)
    case totalTooLarge(field: String, maximum: String)
    case quantityTooLarge(field: String, maximum: String)
    case sequenceExhausted(participant: String, count: String, year: String)
    case originCodeInvalid(country: String)
    case originKindUnknown(kind: String)
    case originMixedTooFew
    case originDuplicate(country: String)
    case expiryNotAfterIssue(expiry: String, issue: String)
    case expiryBeyondMaximum(expiry: String, maximumDays: String, latest: String)
    case replacedUnknown(number: String)
    case replacedNotVoided(number: String, state: String)
    case replacedOtherParticipant(number: String)
    case replacedAlready(number: String, replacement: String)
    case sealTooLarge(bytes: String, maximum: String)
    case certificateUnknown(number: String)
    case certificateNotVisible(number: String)
    case confirmNotImportingParticipant(participant: String, number: String)
    case certificateNotIssued(number: String, state: String)
    case confirmationLinesMismatch(hsCodes: String)
    case receivedBeforeIssue(received: String, issued: String)
    case receivedInFuture(received: String)
    case outcomeUnknown(outcome: String)
    case reasonMissing
    case voidNotIssuingAuthority(number: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .exporterNotLicensed(let company, let participant):
            return (
                "\(company) is not licensed to export by \(participant).",
                "\(company) n'est pas agréée à l'exportation par \(participant)."
            )
        case .importerNotLicensed(let company, let participant):
            return (
                "\(company) is not licensed to import by \(participant).",
                "\(company) n'est pas agréée à l'importation par \(participant)."
            )
        case .companySuspended(let company):
            return ("\(company) is suspended and may not trade.", "\(company) est suspendue et ne peut pas commercer.")
        case .officerOtherParticipant(let own, let asked):
            return (
                "Your authority belongs to \(own): you cannot act for \(asked).",
                "Votre autorité relève de \(own) : vous ne pouvez pas agir pour \(asked)."
            )
        case .authorityCannotExport(let authority):
            return (
                "Your authority (\(authority)) is not an exporting authority.",
                "Votre autorité (\(authority)) n'est pas une autorité exportatrice."
            )
        case .authorityCannotImport(let authority):
            return (
                "Your authority (\(authority)) is not an importing authority.",
                "Votre autorité (\(authority)) n'est pas une autorité importatrice."
            )
        case .linesMissing:
            return ("A certificate needs at least one line.", "Un certificat doit comporter au moins une ligne.")
        case .linesTooMany(let maximum):
            return (
                "At most \(maximum) lines are allowed, each for a different kind of goods.",
                "\(maximum) lignes au plus sont admises, chacune pour une sorte de marchandise différente."
            )
        case .hsCodeDuplicate(let hsCode):
            return ("HS code \(hsCode) appears more than once.", "Le code SH \(hsCode) figure plus d'une fois.")
        case .hsCodeUnknown(let hsCode):
            return (
                "\(hsCode) is not a rough-diamond HS code: use 7102.10, 7102.21 or 7102.31.",
                "\(hsCode) n'est pas un code SH de diamants bruts : utilisez 7102.10, 7102.21 ou 7102.31."
            )
        case .quantityNotPositive(let field):
            return (
                "\(field) must be a whole number greater than zero.",
                "\(field) doit être un nombre entier supérieur à zéro."
            )
        case .quantityNegative(let field):
            return (
                "\(field) must be a whole number, zero or more.", "\(field) doit être un nombre entier positif ou nul."
            )
        case .totalTooLarge(let field, let maximum):
            return (
                "The total of \(field) is too large: at most \(maximum).",
                "Le total de \(field) est trop grand : \(maximum) au plus."
            )
        case .quantityTooLarge(let field, let maximum):
            return ("\(field) is too large: at most \(maximum).", "\(field) est trop grand : \(maximum) au plus.")
        case .sequenceExhausted(let participant, let count, let year):
            return (
                "\(participant) has issued the \(count) certificates its numbers allow for \(year).",
                "\(participant) a délivré les \(count) certificats que sa numérotation permet pour \(year)."
            )
        case .originCodeInvalid(let country):
            return (
                "\(country) is not an ISO 3166-1 alpha-2 country code.",
                "\(country) n'est pas un code pays ISO 3166-1 alpha-2."
            )
        case .originKindUnknown(let kind):
            return (
                "The origin kind must be single or mixed, not \(kind).",
                "Le type d'origine doit être single ou mixed, pas \(kind)."
            )
        case .originMixedTooFew:
            return (
                "A mixed origin lists at least two countries.",
                "Une origine mixte comporte au moins deux pays."
            )
        case .originDuplicate(let country):
            return ("\(country) appears twice in the origin.", "\(country) figure deux fois dans l'origine.")
        case .expiryNotAfterIssue(let expiry, let issue):
            return (
                "The expiry date \(expiry) must be after the issue date \(issue).",
                "La date d'expiration \(expiry) doit être postérieure à la date de délivrance \(issue)."
            )
        case .expiryBeyondMaximum(let expiry, let maximumDays, let latest):
            return (
                """
                The expiry date \(expiry) is beyond the maximum validity of \(maximumDays) days (at the latest\
                 \(latest)).
                """,
                """
                La date d'expiration \(expiry) dépasse la validité maximale de \(maximumDays) jours (au plus tard le\
                 \(latest)).
                """
            )
        case .replacedUnknown(let number):
            return ("No certificate has the number \(number).", "Aucun certificat ne porte le numéro \(number).")
        case .replacedNotVoided(let number, let state):
            return (
                "Certificate \(number) is \(state): only a voided certificate can be replaced.",
                "Le certificat \(number) a l'état « \(state) » : seul un certificat annulé peut être remplacé."
            )
        case .replacedOtherParticipant(let number):
            return (
                "Certificate \(number) was issued by another participant.",
                "Le certificat \(number) a été délivré par un autre participant."
            )
        case .replacedAlready(let number, let replacement):
            return (
                "Certificate \(number) has already been replaced by \(replacement).",
                "Le certificat \(number) a déjà été remplacé par \(replacement)."
            )
        case .sealTooLarge(let bytes, let maximum):
            return (
                """
                The certificate's seal would be \(bytes) bytes, more than a printable QR code holds (\(maximum)):\
                 shorten the\
                 exporter's or importer's name.
                """,
                """
                Le sceau du certificat ferait \(bytes) octets, plus que ne peut contenir un code QR imprimable\
                 (\(maximum)) :\
                 raccourcissez le nom de l'exportateur ou de l'importateur.
                """
            )
        case .certificateUnknown(let number):
            return ("No certificate has the number \(number).", "Aucun certificat ne porte le numéro \(number).")
        case .certificateNotVisible(let number):
            return (
                "Certificate \(number) is neither from nor addressed to your participant.",
                "Le certificat \(number) n'émane pas de votre participant et ne lui est pas adressé."
            )
        case .confirmNotImportingParticipant(let participant, let number):
            return (
                "Only an importing authority of \(participant) can confirm certificate \(number).",
                "Seule une autorité importatrice de \(participant) peut confirmer le certificat \(number)."
            )
        case .certificateNotIssued(let number, let state):
            return (
                "Certificate \(number) is already \(state): only an issued certificate can change.",
                "Le certificat \(number) a déjà l'état « \(state) » : seul un certificat délivré peut changer."
            )
        case .confirmationLinesMismatch(let hsCodes):
            return (
                "Give one received line for each HS code of the certificate: \(hsCodes).",
                "Indiquez une ligne reçue pour chaque code SH du certificat : \(hsCodes)."
            )
        case .receivedBeforeIssue(let received, let issued):
            return (
                "The receipt date \(received) is before the issue date \(issued).",
                "La date de réception \(received) est antérieure à la date de délivrance \(issued)."
            )
        case .receivedInFuture(let received):
            return (
                "The receipt date \(received) is in the future.", "La date de réception \(received) est dans le futur."
            )
        case .outcomeUnknown(let outcome):
            return (
                "The outcome must be received or refused, not \(outcome).",
                "Le résultat doit être received ou refused, pas \(outcome)."
            )
        case .reasonMissing:
            return ("Give a reason.", "Indiquez un motif.")
        case .voidNotIssuingAuthority(let number):
            return (
                "Only the issuing authority can void certificate \(number).",
                "Seule l'autorité de délivrance peut annuler le certificat \(number)."
            )
        }
    }
}

extension CertificateMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
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
    }

    public var stableCode: Code {
        switch self {
        case .exporterNotLicensed: .exporterNotLicensed
        case .importerNotLicensed: .importerNotLicensed
        case .companySuspended: .companySuspended
        case .officerOtherParticipant: .officerOtherParticipant
        case .authorityCannotExport: .authorityCannotExport
        case .authorityCannotImport: .authorityCannotImport
        case .linesMissing: .linesMissing
        case .linesTooMany: .linesTooMany
        case .hsCodeDuplicate: .hsCodeDuplicate
        case .hsCodeUnknown: .hsCodeUnknown
        case .quantityNotPositive: .quantityNotPositive
        case .quantityNegative: .quantityNegative
        case .totalTooLarge: .totalTooLarge
        case .quantityTooLarge: .quantityTooLarge
        case .sequenceExhausted: .sequenceExhausted
        case .originCodeInvalid: .originCodeInvalid
        case .originKindUnknown: .originKindUnknown
        case .originMixedTooFew: .originMixedTooFew
        case .originDuplicate: .originDuplicate
        case .expiryNotAfterIssue: .expiryNotAfterIssue
        case .expiryBeyondMaximum: .expiryBeyondMaximum
        case .replacedUnknown: .replacedUnknown
        case .replacedNotVoided: .replacedNotVoided
        case .replacedOtherParticipant: .replacedOtherParticipant
        case .replacedAlready: .replacedAlready
        case .sealTooLarge: .sealTooLarge
        case .certificateUnknown: .certificateUnknown
        case .certificateNotVisible: .certificateNotVisible
        case .confirmNotImportingParticipant: .confirmNotImportingParticipant
        case .certificateNotIssued: .certificateNotIssued
        case .confirmationLinesMismatch: .confirmationLinesMismatch
        case .receivedBeforeIssue: .receivedBeforeIssue
        case .receivedInFuture: .receivedInFuture
        case .outcomeUnknown: .outcomeUnknown
        case .reasonMissing: .reasonMissing
        case .voidNotIssuingAuthority: .voidNotIssuingAuthority
        }
    }
}
