/// The governance messages: decisions, stances, written procedures, the Chair, delegates and observers.
public enum GovernanceMessage: MessageKey {
    case decisionUnknown(id: String)
    case proposerNotActive(participant: String, status: String)
    case onlyChairOpens(year: String, chair: String)
    case noChair(year: String)
    case decisionAlreadyOpen(id: String)
    case decisionNotOpen(id: String)
    case stanceAfterDeadline(id: String, deadline: String)
    case participantNotEntitled(participant: String, id: String)
    case positionUnknown(position: String)
    case objectionNeedsReason
    case deadlineInvalid(field: String)
    case deadlineTooSoon(earliest: String)
    case deadlineTooLate(latest: String)
    case effectKindUnknown(kind: String)
    case effectNeedsParticipant(kind: String)
    case effectNeedsYear(kind: String)
    case effectYearOutOfRange(year: String, earliest: String, latest: String)
    case effectStatusWrong(participant: String, status: String, needed: String)
    case effectMemberState(state: String, participant: String)
    case exportZonesInvalid(maximum: String, length: String)
    case organisationUnknown(code: String)
    case organisationCodeInvalid(code: String)
    case organisationCodeTaken(code: String)
    case organisationKindUnknown(kind: String)
    case delegateNeedsParticipant
    case onlyDelegateHasParticipant
    case onlyObserverHasOrganisation
    case commentNeedsOrganisation(username: String)
    case stanceForOtherParticipant(own: String, asked: String)
    case archiveNotClosed
    case archiveStanceTwice(participant: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .decisionUnknown(let id):
            return ("No decision has the id \(id).", "Aucune décision n'a l'identifiant \(id).")
        case .proposerNotActive(let participant, let status):
            return (
                "\(participant) is \(status): only an active participant may propose a decision.",
                "\(participant) est \(status) : seul un participant actif peut proposer une décision."
            )
        case .onlyChairOpens(let year, let chair):
            return (
                "Only the delegates of the Chair of \(year) (\(chair)) may put a decision to the participants.",
                """
                Seuls les délégués de la présidence de \(year) (\(chair)) peuvent soumettre une décision aux\
                 participants.
                """
            )
        case .noChair(let year):
            return (
                "The scheme has no Chair in \(year): nobody may put a decision to the participants.",
                """
                Le Processus n'a pas de présidence en \(year) : personne ne peut soumettre une décision aux\
                 participants.
                """
            )
        case .decisionAlreadyOpen(let id):
            return (
                "Decision \(id) has already been put to the participants.",
                "La décision \(id) a déjà été soumise aux participants."
            )
        case .decisionNotOpen(let id):
            return (
                "Decision \(id) has not been put to the participants yet: no stance can be recorded.",
                """
                La décision \(id) n'a pas encore été soumise aux participants : aucune position ne peut être\
                 enregistrée.
                """
            )
        case .stanceAfterDeadline(let id, let deadline):
            return (
                "The deadline of decision \(id) passed at \(deadline): stances are no longer accepted.",
                "Le délai de la décision \(id) a expiré le \(deadline) : les positions ne sont plus acceptées."
            )
        case .participantNotEntitled(let participant, let id):
            return (
                """
                \(participant) is not entitled to decide on decision \(id): only the participants active when it was\
                 opened are.
                """,
                """
                \(participant) ne peut pas se prononcer sur la décision \(id) : seuls les participants actifs à son\
                 ouverture le peuvent.
                """
            )
        case .positionUnknown(let position):
            return (
                "The position must be supports, no-objection or objects, not \(position).",
                "La position doit être supports, no-objection ou objects, pas \(position)."
            )
        case .objectionNeedsReason:
            return ("An objection needs its reason.", "Une objection doit être motivée.")
        case .deadlineInvalid(let field):
            return (
                "\(field) must be a UTC date and time, such as 2026-12-15T12:00Z.",
                "\(field) doit être une date et une heure UTC, par exemple 2026-12-15T12:00Z."
            )
        case .deadlineTooSoon(let earliest):
            return (
                "The deadline must leave the participants time to answer: \(earliest) at the earliest.",
                "Le délai doit laisser aux participants le temps de répondre : au plus tôt \(earliest)."
            )
        case .deadlineTooLate(let latest):
            return (
                "The deadline can be \(latest) at the latest.", "Le délai peut aller au plus tard jusqu'au \(latest)."
            )
        case .effectKindUnknown(let kind):
            return (
                "The effect must be admit, suspend, readmit, withdraw, elect-vice-chair or set-chair, not \(kind).",
                "L'effet doit être admit, suspend, readmit, withdraw, elect-vice-chair ou set-chair, pas \(kind)."
            )
        case .effectNeedsParticipant(let kind):
            return ("The effect \(kind) needs a participant.", "L'effet \(kind) doit désigner un participant.")
        case .effectNeedsYear(let kind):
            return ("The effect \(kind) needs a year.", "L'effet \(kind) doit désigner une année.")
        case .effectYearOutOfRange(let year, let earliest, let latest):
            return (
                "The year \(year) is outside the chair table (\(earliest) to \(latest)).",
                "L'année \(year) est hors de la table des présidences (\(earliest) à \(latest))."
            )
        case .effectStatusWrong(let participant, let status, let needed):
            return (
                "\(participant) is \(status): this effect needs it \(needed).",
                "\(participant) est \(status) : cet effet exige qu'il soit \(needed)."
            )
        case .effectMemberState(let state, let participant):
            return (
                "\(state) is a member state of \(participant): a decision concerns \(participant) as a whole.",
                """
                \(state) est un État membre de \(participant) : une décision porte sur \(participant) dans son\
                 ensemble.
                """
            )
        case .exportZonesInvalid(let maximum, let length):
            return (
                "A suspension lists at most \(maximum) export zones, each named in 1 to \(length) characters.",
                """
                Une suspension énumère au plus \(maximum) zones d'exportation, chacune nommée en 1 à \(length)\
                 caractères.
                """
            )
        case .organisationUnknown(let code):
            return (
                "No observer organisation has the code \(code).",
                "Aucune organisation observatrice n'a le code \(code)."
            )
        case .organisationCodeInvalid(let code):
            return (
                "An organisation's code has 2 to 12 capital letters or digits, not \(code).",
                "Le code d'une organisation compte de 2 à 12 lettres majuscules ou chiffres, pas \(code)."
            )
        case .organisationCodeTaken(let code):
            return ("The code \(code) is already taken.", "Le code \(code) est déjà pris.")
        case .organisationKindUnknown(let kind):
            return (
                "The kind must be industry, civil-society or independent, not \(kind).",
                "Le type doit être industry, civil-society ou independent, pas \(kind)."
            )
        case .delegateNeedsParticipant:
            return (
                "A delegate account needs its participant.", "Un compte de délégué doit désigner son participant."
            )
        case .onlyDelegateHasParticipant:
            return (
                "Only a delegate account speaks for a participant.",
                "Seul un compte de délégué parle au nom d'un participant."
            )
        case .onlyObserverHasOrganisation:
            return (
                "Only an observer account belongs to an observer organisation.",
                "Seul un compte d'observateur appartient à une organisation observatrice."
            )
        case .stanceForOtherParticipant(let own, let asked):
            return (
                "You speak for \(own): you cannot record the stance of \(asked).",
                "Vous parlez au nom de \(own) : vous ne pouvez pas enregistrer la position de \(asked)."
            )
        case .archiveNotClosed:
            return (
                "A decision from the record opened before its deadline, and its deadline has passed.",
                "Une décision reprise des archives s'est ouverte avant son échéance, et cette échéance est passée."
            )
        case .archiveStanceTwice(let participant):
            return (
                "The record gives \(participant) one stance only.",
                "Les archives ne donnent qu'une position pour \(participant)."
            )
        case .commentNeedsOrganisation(let username):
            return (
                "The account \(username) belongs to no observer organisation: it cannot comment on its behalf.",
                """
                Le compte \(username) n'appartient à aucune organisation observatrice : il ne peut pas commenter en\
                 son nom.
                """
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case decisionUnknown = "decision-unknown"
        case proposerNotActive = "proposer-not-active"
        case onlyChairOpens = "only-chair-opens"
        case noChair = "no-chair"
        case decisionAlreadyOpen = "decision-already-open"
        case decisionNotOpen = "decision-not-open"
        case stanceAfterDeadline = "stance-after-deadline"
        case participantNotEntitled = "participant-not-entitled"
        case positionUnknown = "position-unknown"
        case objectionNeedsReason = "objection-needs-reason"
        case deadlineInvalid = "deadline-invalid"
        case deadlineTooSoon = "deadline-too-soon"
        case deadlineTooLate = "deadline-too-late"
        case effectKindUnknown = "effect-kind-unknown"
        case effectNeedsParticipant = "effect-needs-participant"
        case effectNeedsYear = "effect-needs-year"
        case effectYearOutOfRange = "effect-year-out-of-range"
        case effectStatusWrong = "effect-status-wrong"
        case effectMemberState = "effect-member-state"
        case exportZonesInvalid = "export-zones-invalid"
        case organisationUnknown = "organisation-unknown"
        case organisationCodeInvalid = "organisation-code-invalid"
        case organisationCodeTaken = "organisation-code-taken"
        case organisationKindUnknown = "organisation-kind-unknown"
        case delegateNeedsParticipant = "delegate-needs-participant"
        case onlyDelegateHasParticipant = "only-delegate-has-participant"
        case onlyObserverHasOrganisation = "only-observer-has-organisation"
        case commentNeedsOrganisation = "comment-needs-organisation"
        case stanceForOtherParticipant = "stance-for-other-participant"
        case archiveNotClosed = "archive-not-closed"
        case archiveStanceTwice = "archive-stance-twice"
    }

    public var stableCode: Code {
        switch self {
        case .decisionUnknown: .decisionUnknown
        case .proposerNotActive: .proposerNotActive
        case .onlyChairOpens: .onlyChairOpens
        case .noChair: .noChair
        case .decisionAlreadyOpen: .decisionAlreadyOpen
        case .decisionNotOpen: .decisionNotOpen
        case .stanceAfterDeadline: .stanceAfterDeadline
        case .participantNotEntitled: .participantNotEntitled
        case .positionUnknown: .positionUnknown
        case .objectionNeedsReason: .objectionNeedsReason
        case .deadlineInvalid: .deadlineInvalid
        case .deadlineTooSoon: .deadlineTooSoon
        case .deadlineTooLate: .deadlineTooLate
        case .effectKindUnknown: .effectKindUnknown
        case .effectNeedsParticipant: .effectNeedsParticipant
        case .effectNeedsYear: .effectNeedsYear
        case .effectYearOutOfRange: .effectYearOutOfRange
        case .effectStatusWrong: .effectStatusWrong
        case .effectMemberState: .effectMemberState
        case .exportZonesInvalid: .exportZonesInvalid
        case .organisationUnknown: .organisationUnknown
        case .organisationCodeInvalid: .organisationCodeInvalid
        case .organisationCodeTaken: .organisationCodeTaken
        case .organisationKindUnknown: .organisationKindUnknown
        case .delegateNeedsParticipant: .delegateNeedsParticipant
        case .onlyDelegateHasParticipant: .onlyDelegateHasParticipant
        case .onlyObserverHasOrganisation: .onlyObserverHasOrganisation
        case .commentNeedsOrganisation: .commentNeedsOrganisation
        case .stanceForOtherParticipant: .stanceForOtherParticipant
        case .archiveNotClosed: .archiveNotClosed
        case .archiveStanceTwice: .archiveStanceTwice
        }
    }
}
