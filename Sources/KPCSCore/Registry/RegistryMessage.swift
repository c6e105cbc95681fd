/// The registry's messages: participants, their status, authorities and companies.
public enum RegistryMessage: MessageKey {
    case registryMalformed(line: String, column: String)
    case participantUnknown(code: String)
    case participantNotActive(code: String, status: String)
    case memberStateNotParticipant(state: String, participant: String)
    case sameParticipant(code: String)
    case statusUnchanged(code: String, status: String)
    case effectiveDateInFuture(date: String)
    case authorityUnknown(id: String)
    case authorityNeedsRight
    case memberStateInvalid(state: String, participant: String)
    case companyUnknown(id: String)
    case companyNeedsRole
    case companyAlreadySuspended(company: String)
    case companyNotSuspended(company: String)
    case licenceTaken(participant: String, licence: String)
    case companyOtherParticipant(company: String, licensedBy: String, authorityParticipant: String)
    case textNotPrintable(field: String, characters: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .registryMalformed(let line, let column):
            return (
                "The participant registry is malformed at line \(line) (\(column)).",
                "Le registre des participants est mal formé à la ligne \(line) (\(column))."
            )
        case .participantUnknown(let code):
            return ("No participant has the code \(code).", "Aucun participant n'a le code \(code).")
        case .participantNotActive(let code, let status):
            return (
                "\(code) is \(status) in the Kimberley Process and may not trade.",
                "\(code) a le statut « \(status) » dans le Processus de Kimberley et ne peut pas commercer."
            )
        case .memberStateNotParticipant(let state, let participant):
            return (
                "\(state) is a member state of \(participant): name the participant \(participant).",
                "\(state) est un État membre de \(participant) : indiquez le participant \(participant)."
            )
        case .sameParticipant(let code):
            return (
                """
                Exporting and importing participant are both \(code): a shipment within one participant is not a\
                 Kimberley\
                 Process shipment.
                """,
                """
                Le participant exportateur et le participant importateur sont tous deux \(code) : une expédition au\
                 sein\
                 d'un même participant n'est pas une expédition du Processus de Kimberley.
                """
            )
        case .statusUnchanged(let code, let status):
            return ("\(code) is already \(status).", "\(code) a déjà le statut « \(status) ».")
        case .effectiveDateInFuture(let date):
            return (
                "The effective date \(date) is in the future: record the change on the day it takes effect.",
                "La date d'effet \(date) est dans le futur : enregistrez le changement le jour où il prend effet."
            )
        case .authorityUnknown(let id):
            return ("No authority has the id \(id).", "Aucune autorité n'a l'identifiant \(id).")
        case .authorityNeedsRight:
            return (
                "An authority must be allowed to export, import or both.",
                "Une autorité doit pouvoir exporter, importer ou les deux."
            )
        case .memberStateInvalid(let state, let participant):
            return (
                "\(state) is not a member state of \(participant).",
                "\(state) n'est pas un État membre de \(participant)."
            )
        case .companyUnknown(let id):
            return ("No company has the id \(id).", "Aucune entreprise n'a l'identifiant \(id).")
        case .companyNeedsRole:
            return (
                "A company must be licensed to export, import or both.",
                "Une entreprise doit être agréée pour exporter, importer ou les deux."
            )
        case .companyAlreadySuspended(let company):
            return ("\(company) is already suspended.", "\(company) est déjà suspendue.")
        case .companyNotSuspended(let company):
            return ("\(company) is not suspended.", "\(company) n'est pas suspendue.")
        case .textNotPrintable(let field, let characters):
            return (
                """
                \(field) cannot be printed on the certificate as written (\(characters)): its script needs shaping or\
                 right-to-left layout, or no font of kpcs has it. Give it in Latin letters, as on the licence.
                """,
                """
                \(field) ne peut pas être imprimé tel quel sur le certificat (\(characters)) : son écriture demande une\
                 mise en forme ou un sens de droite à gauche, ou aucune police de kpcs ne l'a. Donnez-le en lettres\
                 latines, comme sur l'agrément.
                """
            )
        case .licenceTaken(let participant, let licence):
            return (
                "\(participant) already has a company with licence number \(licence).",
                "\(participant) a déjà une entreprise avec le numéro d'agrément \(licence)."
            )
        case .companyOtherParticipant(let company, let licensedBy, let authorityParticipant):
            return (
                "\(company) is licensed by \(licensedBy); your authority belongs to \(authorityParticipant).",
                "\(company) est agréée par \(licensedBy) ; votre autorité relève de \(authorityParticipant)."
            )
        }
    }
}

extension RegistryMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case registryMalformed = "registry-malformed"
        case participantUnknown = "participant-unknown"
        case participantNotActive = "participant-not-active"
        case memberStateNotParticipant = "member-state-not-participant"
        case sameParticipant = "same-participant"
        case statusUnchanged = "status-unchanged"
        case effectiveDateInFuture = "effective-date-in-future"
        case authorityUnknown = "authority-unknown"
        case authorityNeedsRight = "authority-needs-right"
        case memberStateInvalid = "member-state-invalid"
        case companyUnknown = "company-unknown"
        case companyNeedsRole = "company-needs-role"
        case companyAlreadySuspended = "company-already-suspended"
        case companyNotSuspended = "company-not-suspended"
        case licenceTaken = "licence-taken"
        case companyOtherParticipant = "company-other-participant"
        case textNotPrintable = "text-not-printable"
    }

    public var stableCode: Code {
        switch self {
        case .registryMalformed: .registryMalformed
        case .participantUnknown: .participantUnknown
        case .participantNotActive: .participantNotActive
        case .memberStateNotParticipant: .memberStateNotParticipant
        case .sameParticipant: .sameParticipant
        case .statusUnchanged: .statusUnchanged
        case .effectiveDateInFuture: .effectiveDateInFuture
        case .authorityUnknown: .authorityUnknown
        case .authorityNeedsRight: .authorityNeedsRight
        case .memberStateInvalid: .memberStateInvalid
        case .companyUnknown: .companyUnknown
        case .companyNeedsRole: .companyNeedsRole
        case .companyAlreadySuspended: .companyAlreadySuspended
        case .companyNotSuspended: .companyNotSuspended
        case .licenceTaken: .licenceTaken
        case .companyOtherParticipant: .companyOtherParticipant
        case .textNotPrintable: .textNotPrintable
        }
    }
}
