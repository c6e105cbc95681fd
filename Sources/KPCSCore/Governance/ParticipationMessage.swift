/// The messages of participation: applications, who records them and the CPC's review.
public enum ParticipationMessage: MessageKey {
    case applicationUnknown(id: String)
    case onlyCandidateApplies(candidate: String)
    case notACandidate(candidate: String, status: String)
    case applicationPending(candidate: String, id: String)
    case letterRequired
    case contactsCount(maximum: String)
    case onlyCPCChairReviews(chair: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .applicationUnknown(let id):
            return ("No application has the id \(id).", "Aucune candidature n'a l'identifiant \(id).")
        case .onlyCandidateApplies(let candidate):
            return (
                "Only an administrator or a delegate of \(candidate) may record its application.",
                "Seuls un administrateur ou un délégué de \(candidate) peuvent enregistrer sa candidature."
            )
        case .notACandidate(let candidate, let status):
            return (
                "\(candidate) is \(status), not a candidate: it cannot apply.",
                "\(candidate) a le statut \(status), pas celui de candidat : il ne peut pas poser sa candidature."
            )
        case .applicationPending(let candidate, let id):
            return (
                "\(candidate) has an application under way already (\(id)).",
                "\(candidate) a déjà une candidature en cours (\(id))."
            )
        case .letterRequired:
            return (
                "The letter of application is needed, in English (letterEn), French (letterFr) or both.",
                "La lettre de candidature est requise, en anglais (letterEn), en français (letterFr) ou les deux."
            )
        case .contactsCount(let maximum):
            return (
                "Give from 1 to \(maximum) contacts, each with a name.",
                "Indiquez de 1 à \(maximum) contacts, chacun avec un nom."
            )
        case .onlyCPCChairReviews(let chair):
            return (
                "Only an administrator or a delegate of the CPC's chair (\(chair)) may record its review.",
                "Seuls un administrateur ou un délégué de la présidence du CPC (\(chair)) peuvent enregistrer son avis."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case applicationUnknown = "application-unknown"
        case onlyCandidateApplies = "only-candidate-applies"
        case notACandidate = "not-a-candidate"
        case applicationPending = "application-pending"
        case letterRequired = "letter-required"
        case contactsCount = "contacts-count"
        case onlyCPCChairReviews = "only-cpc-chair-reviews"
    }

    public var stableCode: Code {
        switch self {
        case .applicationUnknown: .applicationUnknown
        case .onlyCandidateApplies: .onlyCandidateApplies
        case .notACandidate: .notACandidate
        case .applicationPending: .applicationPending
        case .letterRequired: .letterRequired
        case .contactsCount: .contactsCount
        case .onlyCPCChairReviews: .onlyCPCChairReviews
        }
    }
}
