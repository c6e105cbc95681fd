/// The messages of annual reports: who reads their figures, who submits and reviews them, and what a version and a
/// review must hold.
public enum AnnualReportMessage: MessageKey {
    case figuresForbidden(participant: String)
    case onlyDelegateSubmits(participant: String)
    case ownReportNotReviewed(participant: String)
    case onlyMonitoringReviews(body: String)
    case reportForbidden(participant: String)
    case yearOutOfRange(first: String, last: String)
    case yearNotEnded(year: String)
    case underReview(year: String)
    case alreadyAccepted(year: String)
    case figureOutOfRange(figure: String, maximum: String)
    case returnNeedsComment
    case nothingToReview(year: String)
    case versionNotLast(version: String, last: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .figuresForbidden(let participant):
            return (
                """
                The figures of \(participant)'s annual report are for its officers and delegates, the administrators\
                 and the scheme-wide readers: they add up its certificates.
                """,
                """
                Les chiffres du rapport annuel de \(participant) sont réservés à ses agents et délégués, aux\
                 administrateurs et aux lecteurs de tout le Processus : ils additionnent ses certificats.
                """
            )
        case .onlyDelegateSubmits(let participant):
            return (
                "Only a delegate of \(participant) submits its annual report.",
                "Seul un délégué de \(participant) soumet son rapport annuel."
            )
        case .ownReportNotReviewed(let participant):
            return (
                "A delegate of \(participant) does not review \(participant)'s own annual report.",
                "Un délégué de \(participant) n'examine pas le rapport annuel de \(participant)."
            )
        case .onlyMonitoringReviews(let body):
            return (
                """
                Annual reports are reviewed by the \(body): a delegate of a participant that sits on it today, or an\
                 account with a seat of its own.
                """,
                """
                Les rapports annuels sont examinés par le \(body) : un délégué d'un participant qui y siège\
                 aujourd'hui, ou un compte qui y a son propre siège.
                """
            )
        case .reportForbidden(let participant):
            return (
                """
                \(participant)'s annual report is read by its officers and delegates, the administrators, the\
                 scheme-wide readers and those who sit on the Working Group on Monitoring.
                """,
                """
                Le rapport annuel de \(participant) est lu par ses agents et délégués, les administrateurs, les\
                 lecteurs de tout le Processus et ceux qui siègent au Groupe de travail sur le suivi.
                """
            )
        case .yearOutOfRange(let first, let last):
            return (
                "An annual report is on a year from \(first) to \(last).",
                "Un rapport annuel porte sur une année de \(first) à \(last)."
            )
        case .yearNotEnded(let year):
            return (
                "The report on \(year) is submitted once \(year) has ended.",
                "Le rapport sur \(year) est soumis une fois \(year) terminée."
            )
        case .underReview(let year):
            return (
                """
                The report on \(year) is with the Working Group on Monitoring: a new version is submitted once it\
                 has been returned.
                """,
                """
                Le rapport sur \(year) est entre les mains du Groupe de travail sur le suivi : une nouvelle version\
                 est soumise une fois qu'il a été renvoyé.
                """
            )
        case .alreadyAccepted(let year):
            return (
                "The report on \(year) has been accepted: it takes no new version.",
                "Le rapport sur \(year) a été accepté : il ne prend plus de nouvelle version."
            )
        case .figureOutOfRange(let figure, let maximum):
            return (
                "\(figure) is a whole number from 0 to \(maximum).",
                "\(figure) est un nombre entier de 0 à \(maximum)."
            )
        case .returnNeedsComment:
            return (
                "A report is returned with a comment that says what to change.",
                "Un rapport est renvoyé avec un commentaire qui dit quoi changer."
            )
        case .nothingToReview(let year):
            return (
                "The report on \(year) has no version waiting for review.",
                "Le rapport sur \(year) n'a aucune version en attente d'examen."
            )
        case .versionNotLast(let version, let last):
            return (
                "Version \(version) is not the one waiting for review: that is version \(last).",
                "La version \(version) n'est pas celle qui attend l'examen : c'est la version \(last)."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case figuresForbidden = "annual-report-figures-forbidden"
        case onlyDelegateSubmits = "only-delegate-submits-annual-report"
        case ownReportNotReviewed = "own-annual-report-not-reviewed"
        case onlyMonitoringReviews = "only-monitoring-reviews-annual-reports"
        case reportForbidden = "annual-report-forbidden"
        case yearOutOfRange = "annual-report-year-out-of-range"
        case yearNotEnded = "annual-report-year-not-ended"
        case underReview = "annual-report-under-review"
        case alreadyAccepted = "annual-report-accepted"
        case figureOutOfRange = "annual-report-figure-out-of-range"
        case returnNeedsComment = "annual-report-return-needs-comment"
        case nothingToReview = "annual-report-nothing-to-review"
        case versionNotLast = "annual-report-version-not-last"
    }

    public var stableCode: Code {
        switch self {
        case .figuresForbidden: .figuresForbidden
        case .onlyDelegateSubmits: .onlyDelegateSubmits
        case .ownReportNotReviewed: .ownReportNotReviewed
        case .onlyMonitoringReviews: .onlyMonitoringReviews
        case .reportForbidden: .reportForbidden
        case .yearOutOfRange: .yearOutOfRange
        case .yearNotEnded: .yearNotEnded
        case .underReview: .underReview
        case .alreadyAccepted: .alreadyAccepted
        case .figureOutOfRange: .figureOutOfRange
        case .returnNeedsComment: .returnNeedsComment
        case .nothingToReview: .nothingToReview
        case .versionNotLast: .versionNotLast
        }
    }
}
