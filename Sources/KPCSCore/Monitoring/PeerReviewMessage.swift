/// The messages of peer reviews and their recommendations.
public enum PeerReviewMessage: MessageKey {
    case onlyMonitoringRecordsReviews
    case daysOutOfRange(maximum: String)
    case missionNeedsDecision
    case decisionNotAdopted(decision: String)
    case visitNeedsNoDecision
    case teamSize(maximum: String)
    case memberUnknown(code: String)
    case memberTwice(code: String)
    case oneLeader
    case onlyReviewersMakeRecommendations(review: String)
    case ownerUnknown(owner: String, allowed: String)
    case onlyReviewersSignOff
    case onlyOwnerReports(owner: String)
    case progressOutOfRange
    case milestoneInFuture
    case madeOnlyOnce
    case recommendationClosed(number: String)
    case signOffNeedsEvidence(number: String)
    case reviewUnknown(id: String)
    case recommendationUnknown(id: String)
    case tooManyRecommendations(maximum: String)
    case csvMalformed(line: String, column: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .onlyMonitoringRecordsReviews:
            return (
                """
                A peer review is recorded by an administrator or a delegate of the participant chairing the Working\
                 Group on Monitoring; a review visit also by the participant that invites it.
                """,
                """
                Un examen par les pairs est enregistré par un administrateur ou un délégué du participant qui\
                 préside le Groupe de travail sur le suivi ; une visite d'examen aussi par le participant qui\
                 l'invite.
                """
            )
        case .daysOutOfRange(let maximum):
            return (
                "A review ends on or after the day it starts, and lasts \(maximum) days at most.",
                "Un examen finit le jour où il commence ou après, et dure \(maximum) jours au plus."
            )
        case .missionNeedsDecision:
            return (
                "A review mission is sent by an adopted decision: give its id in decision.",
                "Une mission d'examen est envoyée par une décision adoptée : donnez son identifiant dans decision."
            )
        case .decisionNotAdopted(let decision):
            return (
                "Decision \(decision) is not an adopted decision.",
                "La décision \(decision) n'est pas une décision adoptée."
            )
        case .visitNeedsNoDecision:
            return (
                "A review visit comes at the participant's invitation: it names no decision.",
                "Une visite d'examen vient à l'invitation du participant : elle ne nomme aucune décision."
            )
        case .teamSize(let maximum):
            return (
                "A review team has 1 to \(maximum) members.",
                "Une équipe d'examen compte de 1 à \(maximum) membres."
            )
        case .memberUnknown(let code):
            return (
                """
                \(code) cannot be on the team: a member is a participant (not the one reviewed) or an observer\
                 organisation, by its code.
                """,
                """
                \(code) ne peut pas faire partie de l'équipe : un membre est un participant (pas celui qui est\
                 examiné) ou une organisation observatrice, par son code.
                """
            )
        case .memberTwice(let code):
            return ("\(code) is on the team twice.", "\(code) figure deux fois dans l'équipe.")
        case .oneLeader:
            return ("A review team has exactly one leader.", "Une équipe d'examen a exactement un chef.")
        case .onlyReviewersMakeRecommendations(let review):
            return (
                "The recommendations of review \(review) are made by its team or by those who record reviews.",
                """
                Les recommandations de l'examen \(review) sont faites par son équipe ou par ceux qui enregistrent les\
                 examens.
                """
            )
        case .ownerUnknown(let owner, let allowed):
            return (
                "\(owner) cannot own this recommendation: its owner is one of \(allowed).",
                "\(owner) ne peut pas porter cette recommandation : son responsable est l'un de \(allowed)."
            )
        case .onlyReviewersSignOff:
            return (
                """
                A recommendation is signed off by a reviewer: a member of the review's team, or a delegate of a\
                 participant on the Working Group on Monitoring, never the reviewed participant.
                """,
                """
                Une recommandation est validée par un examinateur : un membre de l'équipe d'examen, ou un délégué\
                 d'un participant du Groupe de travail sur le suivi, jamais le participant examiné.
                """
            )
        case .onlyOwnerReports(let owner):
            return (
                "Progress, milestones and evidence are reported by \(owner), the recommendation's owner.",
                "L'avancement, les étapes et les preuves sont déclarés par \(owner), responsable de la recommandation."
            )
        case .progressOutOfRange:
            return (
                "progress is a whole percent from 0 to 100.",
                "progress est un pourcentage entier de 0 à 100."
            )
        case .milestoneInFuture:
            return (
                "A milestone is recorded once it is reached: its day is today or before.",
                "Une étape est enregistrée une fois atteinte : son jour est aujourd'hui ou avant."
            )
        case .madeOnlyOnce:
            return (
                """
                A recommendation is made once, with the review: its timeline takes progress, milestone, evidence or\
                 sign-off.
                """,
                """
                Une recommandation est faite une fois, avec l'examen : son historique prend progress, milestone,\
                 evidence ou sign-off.
                """
            )
        case .recommendationClosed(let number):
            return (
                "ReviewRecommendation \(number) has been signed off: its timeline is closed.",
                "La recommandation \(number) a été validée : son historique est clos."
            )
        case .signOffNeedsEvidence(let number):
            return (
                "ReviewRecommendation \(number) has no evidence yet: it is signed off once its owner has given some.",
                """
                La recommandation \(number) n'a pas encore de preuve : elle est validée une fois que son responsable\
                 en a fourni.
                """
            )
        case .reviewUnknown(let id):
            return ("No peer review has the id \(id).", "Aucun examen par les pairs n'a l'identifiant \(id).")
        case .recommendationUnknown(let id):
            return ("No recommendation has the id \(id).", "Aucune recommandation n'a l'identifiant \(id).")
        case .tooManyRecommendations(let maximum):
            return (
                "A review has \(maximum) recommendations at most.",
                "Un examen compte \(maximum) recommandations au plus."
            )
        case .csvMalformed(let line, let column):
            return (
                "Line \(line) of the CSV cannot be read at \(column).",
                "La ligne \(line) du CSV ne peut pas être lue à \(column)."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case onlyMonitoringRecordsReviews = "only-monitoring-records-reviews"
        case daysOutOfRange = "review-days-out-of-range"
        case missionNeedsDecision = "review-mission-needs-decision"
        case decisionNotAdopted = "review-decision-not-adopted"
        case visitNeedsNoDecision = "review-visit-needs-no-decision"
        case teamSize = "review-team-size"
        case memberUnknown = "review-member-unknown"
        case memberTwice = "review-member-twice"
        case oneLeader = "review-team-one-leader"
        case onlyReviewersMakeRecommendations = "only-reviewers-make-recommendations"
        case ownerUnknown = "recommendation-owner-unknown"
        case onlyReviewersSignOff = "only-reviewers-sign-off"
        case onlyOwnerReports = "only-owner-reports-progress"
        case progressOutOfRange = "recommendation-progress-out-of-range"
        case milestoneInFuture = "recommendation-milestone-in-future"
        case madeOnlyOnce = "recommendation-made-once"
        case recommendationClosed = "recommendation-closed"
        case signOffNeedsEvidence = "recommendation-sign-off-needs-evidence"
        case reviewUnknown = "review-unknown"
        case recommendationUnknown = "recommendation-unknown"
        case tooManyRecommendations = "too-many-recommendations"
        case csvMalformed = "recommendations-csv-malformed"
    }

    public var stableCode: Code {
        switch self {
        case .onlyMonitoringRecordsReviews: .onlyMonitoringRecordsReviews
        case .daysOutOfRange: .daysOutOfRange
        case .missionNeedsDecision: .missionNeedsDecision
        case .decisionNotAdopted: .decisionNotAdopted
        case .visitNeedsNoDecision: .visitNeedsNoDecision
        case .teamSize: .teamSize
        case .memberUnknown: .memberUnknown
        case .memberTwice: .memberTwice
        case .oneLeader: .oneLeader
        case .onlyReviewersMakeRecommendations: .onlyReviewersMakeRecommendations
        case .ownerUnknown: .ownerUnknown
        case .onlyReviewersSignOff: .onlyReviewersSignOff
        case .onlyOwnerReports: .onlyOwnerReports
        case .progressOutOfRange: .progressOutOfRange
        case .milestoneInFuture: .milestoneInFuture
        case .madeOnlyOnce: .madeOnlyOnce
        case .recommendationClosed: .recommendationClosed
        case .signOffNeedsEvidence: .signOffNeedsEvidence
        case .reviewUnknown: .reviewUnknown
        case .recommendationUnknown: .recommendationUnknown
        case .tooManyRecommendations: .tooManyRecommendations
        case .csvMalformed: .csvMalformed
        }
    }
}
