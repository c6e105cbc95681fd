/// The messages of incident reports.
public enum IncidentMessage: MessageKey {
    case onlyObserversFile
    case precisionOutOfRange(maximum: String)
    case placeRequired
    case dayOutOfRange
    case kindRequired
    case evidenceTooMuch(maximum: String, length: String)
    case publicationInPast
    case reviewChangesNothing
    case incidentUnknown(reference: String)
    case onlyReviewersReview
    case readForbidden
    case onlyConcernedResponds(participant: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .onlyObserversFile:
            return (
                """
                Incident reports are filed by observer organisations' accounts, or through the public form when\
                 signed out.
                """,
                """
                Les signalements d'incidents sont déposés par les comptes des organisations observatrices, ou par le\
                 formulaire public sans être connecté.
                """
            )
        case .precisionOutOfRange(let maximum):
            return (
                "A point needs its precision: a whole number of kilometres from 0 to \(maximum).",
                "Un point demande sa précision : un nombre entier de kilomètres de 0 à \(maximum)."
            )
        case .placeRequired:
            return (
                "Say where it happened: a registered zone of the participant, or a point with its precision.",
                "Dites où cela s'est passé : une zone enregistrée du participant, ou un point avec sa précision."
            )
        case .dayOutOfRange:
            return (
                "The day it happened is between 2003 and today.",
                "Le jour des faits est entre 2003 et aujourd'hui."
            )
        case .kindRequired:
            return ("Say at least one kind of incident.", "Indiquez au moins un type d'incident.")
        case .evidenceTooMuch(let maximum, let length):
            return (
                "At most \(maximum) pieces of evidence, each \(length) characters at most.",
                "Au plus \(maximum) éléments de preuve, de \(length) caractères chacun au plus."
            )
        case .publicationInPast:
            return (
                "A publication starts today or later.",
                "Une publication commence aujourd'hui ou plus tard."
            )
        case .reviewChangesNothing:
            return (
                "Say what the review changes: verification, publication or its first day.",
                "Dites ce que l'examen change : la vérification, la publication ou son premier jour."
            )
        case .incidentUnknown(let reference):
            return (
                "No incident report has the reference \(reference).", "Aucun signalement n'a la référence \(reference)."
            )
        case .onlyReviewersReview:
            return (
                """
                Incident reports are reviewed by administrators and by the delegates of participants on the Working\
                 Group on Monitoring, never by the concerned participant's.
                """,
                """
                Les signalements sont examinés par les administrateurs et par les délégués des participants du\
                 Groupe de travail sur le suivi, jamais par ceux du participant concerné.
                """
            )
        case .readForbidden:
            return (
                """
                A report is read whole by its reviewers and by the concerned participant's delegates; the public reads\
                 its summary once published.
                """,
                """
                Un signalement est lu en entier par ses examinateurs et par les délégués du participant concerné ; le\
                 public en lit le résumé une fois publié.
                """
            )
        case .onlyConcernedResponds(let participant):
            return (
                "Only a delegate of \(participant), the concerned participant, responds to this report.",
                "Seul un délégué de \(participant), participant concerné, répond à ce signalement."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case onlyObserversFile = "only-observers-file-incidents"
        case precisionOutOfRange = "incident-precision-out-of-range"
        case placeRequired = "incident-place-required"
        case dayOutOfRange = "incident-day-out-of-range"
        case kindRequired = "incident-kind-required"
        case evidenceTooMuch = "incident-evidence-too-much"
        case publicationInPast = "incident-publication-in-past"
        case reviewChangesNothing = "incident-review-changes-nothing"
        case incidentUnknown = "incident-unknown"
        case onlyReviewersReview = "only-reviewers-review-incidents"
        case readForbidden = "incident-read-forbidden"
        case onlyConcernedResponds = "only-concerned-participant-responds"
    }

    public var stableCode: Code {
        switch self {
        case .onlyObserversFile: .onlyObserversFile
        case .precisionOutOfRange: .precisionOutOfRange
        case .placeRequired: .placeRequired
        case .dayOutOfRange: .dayOutOfRange
        case .kindRequired: .kindRequired
        case .evidenceTooMuch: .evidenceTooMuch
        case .publicationInPast: .publicationInPast
        case .reviewChangesNothing: .reviewChangesNothing
        case .incidentUnknown: .incidentUnknown
        case .onlyReviewersReview: .onlyReviewersReview
        case .readForbidden: .readForbidden
        case .onlyConcernedResponds: .onlyConcernedResponds
        }
    }
}
