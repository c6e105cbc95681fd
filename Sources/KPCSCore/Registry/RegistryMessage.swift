/// The registry's messages: participants, their status, authorities and companies.
public enum RegistryMessage: String, MessageKey, CaseIterable {
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

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .registryMalformed:
            return (
                "The participant registry is malformed at line {0} ({1}).",
                "Le registre des participants est mal formé à la ligne {0} ({1})."
            )
        case .participantUnknown:
            return ("No participant has the code {0}.", "Aucun participant n'a le code {0}.")
        case .participantNotActive:
            return (
                "{0} is {1} in the Kimberley Process and may not trade.",
                "{0} a le statut « {1} » dans le Processus de Kimberley et ne peut pas commercer."
            )
        case .memberStateNotParticipant:
            return (
                "{0} is a member state of {1}: name the participant {1}.",
                "{0} est un État membre de {1} : indiquez le participant {1}."
            )
        case .sameParticipant:
            return (
                """
                Exporting and importing participant are both {0}: a shipment within one participant is not a Kimberley\
                 Process shipment.
                """,
                """
                Le participant exportateur et le participant importateur sont tous deux {0} : une expédition au sein\
                 d'un même participant n'est pas une expédition du Processus de Kimberley.
                """
            )
        case .statusUnchanged:
            return ("{0} is already {1}.", "{0} a déjà le statut « {1} ».")
        case .effectiveDateInFuture:
            return (
                "The effective date {0} is in the future: record the change on the day it takes effect.",
                "La date d'effet {0} est dans le futur : enregistrez le changement le jour où il prend effet."
            )
        case .authorityUnknown:
            return ("No authority has the id {0}.", "Aucune autorité n'a l'identifiant {0}.")
        case .authorityNeedsRight:
            return (
                "An authority must be allowed to export, import or both.",
                "Une autorité doit pouvoir exporter, importer ou les deux."
            )
        case .memberStateInvalid:
            return ("{0} is not a member state of {1}.", "{0} n'est pas un État membre de {1}.")
        case .companyUnknown:
            return ("No company has the id {0}.", "Aucune entreprise n'a l'identifiant {0}.")
        case .companyNeedsRole:
            return (
                "A company must be licensed to export, import or both.",
                "Une entreprise doit être agréée pour exporter, importer ou les deux."
            )
        case .companyAlreadySuspended:
            return ("{0} is already suspended.", "{0} est déjà suspendue.")
        case .companyNotSuspended:
            return ("{0} is not suspended.", "{0} n'est pas suspendue.")
        case .licenceTaken:
            return (
                "{0} already has a company with licence number {1}.",
                "{0} a déjà une entreprise avec le numéro d'agrément {1}."
            )
        case .companyOtherParticipant:
            return (
                "{0} is licensed by {1}; your authority belongs to {2}.",
                "{0} est agréée par {1} ; votre autorité relève de {2}."
            )
        }
    }
}
