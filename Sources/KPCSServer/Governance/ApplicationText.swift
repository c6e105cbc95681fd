import KPCSCore

/// The texts of the applications' pages, in English and French.
enum ApplicationText: CaseIterable, LocalizedText {
    case title, intro, none, candidate, submitted, state, recommendation, applicationOf, letter, contacts
    case letterForDeliberation, review, noReview, decisions, noDecision, reviewTitle, reasonsEn, reasonsFr
    case reviewButton, applyTitle, applyHint, candidateCode, letterEn, letterFr, contactName, contactFunction
    case contactEmail, applyButton

    static func state(_ state: ApplicationState, _ language: Language) -> String {
        switch (state, language) {
        case (.submitted, .en): "submitted"
        case (.submitted, .fr): "déposée"
        case (.reviewed, .en): "reviewed by the CPC"
        case (.reviewed, .fr): "examinée par le CPC"
        case (.beforeDecision, .en): "before the participants"
        case (.beforeDecision, .fr): "soumise aux participants"
        case (.admitted, .en): "admitted"
        case (.admitted, .fr): "admis"
        case (.notAdmitted, .en): "not admitted"
        case (.notAdmitted, .fr): "non admis"
        }
    }

    static func recommendation(_ recommendation: Recommendation, _ language: Language) -> String {
        switch (recommendation, language) {
        case (.admit, .en): "admit"
        case (.admit, .fr): "admettre"
        case (.postpone, .en): "not yet: meet the minimum requirements first"
        case (.postpone, .fr): "pas encore : satisfaire d'abord aux exigences minimales"
        case (.notAdmit, .en): "do not admit"
        case (.notAdmit, .fr): "ne pas admettre"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Applications to take part", "Candidatures")
        case .intro:
            (en, fr) = (
                """
                Candidates apply by letter; the Committee on Participation and Chairmanship (CPC) reviews each and \
                recommends; a decision of the participants admits the candidate, who may trade from then on. Where \
                each stands is computed from the review and those decisions.
                """,
                """
                Les candidats écrivent une lettre de candidature ; le Comité de participation et de présidence (CPC) \
                examine chacune et fait une recommandation ; une décision des participants admet le candidat, qui \
                peut commercer dès lors. L'état de chacune est calculé à partir de l'avis et de ces décisions.
                """
            )
        case .none: (en, fr) = ("No application recorded yet.", "Aucune candidature enregistrée pour l'instant.")
        case .candidate: (en, fr) = ("Candidate", "Candidat")
        case .submitted: (en, fr) = ("Submitted", "Déposée")
        case .state: (en, fr) = ("Where it stands", "État")
        case .recommendation: (en, fr) = ("CPC's recommendation", "Recommandation du CPC")
        case .applicationOf: (en, fr) = ("Application of", "Candidature de")
        case .letter: (en, fr) = ("Letter of application", "Lettre de candidature")
        case .contacts: (en, fr) = ("Contacts", "Contacts")
        case .letterForDeliberation:
            (en, fr) = (
                "The letter and the contacts are for delegates, observers and administrators.",
                "La lettre et les contacts sont réservés aux délégués, observateurs et administrateurs."
            )
        case .review: (en, fr) = ("The CPC's review", "L'avis du CPC")
        case .noReview: (en, fr) = ("Not reviewed yet.", "Pas encore examinée.")
        case .decisions: (en, fr) = ("Decisions to admit", "Décisions d'admission")
        case .noDecision: (en, fr) = ("None proposed yet.", "Aucune proposée pour l'instant.")
        case .reviewTitle: (en, fr) = ("Record the CPC's review", "Enregistrer l'avis du CPC")
        case .reasonsEn: (en, fr) = ("Reasons in English", "Motifs en anglais")
        case .reasonsFr: (en, fr) = ("Reasons in French", "Motifs en français")
        case .reviewButton: (en, fr) = ("Record the review", "Enregistrer l'avis")
        case .applyTitle: (en, fr) = ("Record an application", "Enregistrer une candidature")
        case .applyHint:
            (en, fr) = (
                """
                The candidate must be a participant of the registry whose status is candidate. The letter in English, \
                French or both; at least one contact.
                """,
                """
                Le candidat doit être un participant du registre au statut de candidat. La lettre en anglais, en \
                français ou les deux ; au moins un contact.
                """
            )
        case .candidateCode: (en, fr) = ("Candidate (code)", "Candidat (code)")
        case .letterEn: (en, fr) = ("Letter in English", "Lettre en anglais")
        case .letterFr: (en, fr) = ("Letter in French", "Lettre en français")
        case .contactName: (en, fr) = ("Name", "Nom")
        case .contactFunction: (en, fr) = ("Function", "Fonction")
        case .contactEmail: (en, fr) = ("E-mail", "Courriel")
        case .applyButton: (en, fr) = ("Record the application", "Enregistrer la candidature")
        }
        return language == .fr ? fr : en
    }
}
