import KPCSCore

/// The texts of the peer reviews' and recommendations' pages, in English and French.
enum PeerReviewText: CaseIterable, LocalizedText {
    case title, intro, participant, kind, days, team, decision, noReviews, record, recordHint, startsOn, endsOn
    case teamField, teamHint, decisionField, recommendations, noRecommendations, number, text, owner, deadline
    case status, progress, overdue, make, textEn, textFr, importCSV, importHint, exportCSV, timeline, addEntry
    case entryKind, note, on, outcome, entryHint, saved, review, allReviews, yes, no, csvField, imported

    static func kind(_ kind: PeerReviewKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.visit, .en): "review visit"
        case (.visit, .fr): "visite d'examen"
        case (.mission, .en): "review mission"
        case (.mission, .fr): "mission d'examen"
        }
    }

    static func role(_ role: TeamRole, _ language: Language) -> String {
        switch (role, language) {
        case (.leader, .en): "leader"
        case (.leader, .fr): "chef"
        case (.member, .en): "member"
        case (.member, .fr): "membre"
        case (.expert, .en): "expert"
        case (.expert, .fr): "expert"
        }
    }

    static func status(_ status: RecommendationStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.open, .en): "open"
        case (.open, .fr): "ouverte"
        case (.inProgress, .en): "in progress"
        case (.inProgress, .fr): "en cours"
        case (.implemented, .en): "implemented"
        case (.implemented, .fr): "mise en œuvre"
        case (.notImplemented, .en): "not implemented"
        case (.notImplemented, .fr): "non mise en œuvre"
        }
    }

    static func entry(_ kind: RecommendationEventKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.made, .en): "made"
        case (.made, .fr): "faite"
        case (.progress, .en): "progress"
        case (.progress, .fr): "avancement"
        case (.milestone, .en): "milestone"
        case (.milestone, .fr): "étape"
        case (.evidence, .en): "evidence"
        case (.evidence, .fr): "preuve"
        case (.signOff, .en): "sign-off"
        case (.signOff, .fr): "validation"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Peer reviews", "Examens par les pairs")
        case .intro:
            (en, fr) = (
                """
                Review visits, at a participant's invitation, and review missions, sent by a decision, with their \
                recommendations. A recommendation's status and whether it is overdue are computed from its \
                timeline; closing one needs evidence and a reviewer's sign-off.
                """,
                """
                Les visites d'examen, à l'invitation d'un participant, et les missions d'examen, envoyées par une \
                décision, avec leurs recommandations. L'état d'une recommandation et son retard sont calculés à \
                partir de son historique ; la clore demande une preuve et la validation d'un examinateur.
                """
            )
        case .participant: (en, fr) = ("Participant", "Participant")
        case .kind: (en, fr) = ("Kind", "Type")
        case .days: (en, fr) = ("Days", "Dates")
        case .team: (en, fr) = ("Team", "Équipe")
        case .decision: (en, fr) = ("Decision", "Décision")
        case .noReviews: (en, fr) = ("No peer review recorded.", "Aucun examen par les pairs enregistré.")
        case .record: (en, fr) = ("Record a peer review", "Enregistrer un examen par les pairs")
        case .recordHint:
            (en, fr) = (
                "A mission names the adopted decision that sent it, by its id; a visit names none.",
                """
                Une mission nomme la décision adoptée qui l'a envoyée, par son identifiant ; une visite n'en nomme \
                aucune.
                """
            )
        case .startsOn: (en, fr) = ("First day", "Premier jour")
        case .endsOn: (en, fr) = ("Last day", "Dernier jour")
        case .teamField: (en, fr) = ("Team, one member per line", "Équipe, un membre par ligne")
        case .teamHint:
            (en, fr) = (
                "participant or organisation, its code, its role (leader, member, expert): participant CA leader",
                "participant ou organisation, son code, son rôle (leader, member, expert) : participant CA leader"
            )
        case .decisionField: (en, fr) = ("Decision (id, for a mission)", "Décision (identifiant, pour une mission)")
        case .recommendations: (en, fr) = ("Recommendations", "Recommandations")
        case .noRecommendations: (en, fr) = ("No recommendation yet.", "Aucune recommandation pour l'instant.")
        case .number: (en, fr) = ("No.", "N°")
        case .text: (en, fr) = ("ReviewRecommendation", "Recommandation")
        case .owner: (en, fr) = ("Owner", "Responsable")
        case .deadline: (en, fr) = ("Deadline", "Échéance")
        case .status: (en, fr) = ("Status", "État")
        case .progress: (en, fr) = ("Progress", "Avancement")
        case .overdue: (en, fr) = ("Overdue", "En retard")
        case .make: (en, fr) = ("Make a recommendation", "Faire une recommandation")
        case .textEn: (en, fr) = ("Text in English", "Texte en anglais")
        case .textFr: (en, fr) = ("Text in French", "Texte en français")
        case .importCSV: (en, fr) = ("Import recommendations (CSV)", "Importer des recommandations (CSV)")
        case .importHint:
            (en, fr) = (
                "Columns owner, deadline, text_en, text_fr (RFC 4180); a row with a number is left as it is.",
                """
                Colonnes owner, deadline, text_en, text_fr (RFC 4180) ; une ligne avec un numéro est laissée telle \
                quelle.
                """
            )
        case .exportCSV: (en, fr) = ("The recommendations as CSV", "Les recommandations en CSV")
        case .timeline: (en, fr) = ("Timeline", "Historique")
        case .addEntry: (en, fr) = ("Add to the timeline", "Ajouter à l'historique")
        case .entryKind: (en, fr) = ("Entry", "Entrée")
        case .note: (en, fr) = ("Note", "Note")
        case .on: (en, fr) = ("Day of the milestone", "Jour de l'étape")
        case .outcome: (en, fr) = ("Sign-off's outcome", "Résultat de la validation")
        case .entryHint:
            (en, fr) = (
                """
                Progress needs a percent; a milestone its day and a note; evidence a note. A sign-off closes the \
                recommendation and needs evidence on its timeline.
                """,
                """
                L'avancement demande un pourcentage ; une étape son jour et une note ; une preuve une note. Une \
                validation clôt la recommandation et demande une preuve dans son historique.
                """
            )
        case .saved: (en, fr) = ("Saved.", "Enregistré.")
        case .review: (en, fr) = ("Peer review", "Examen par les pairs")
        case .allReviews: (en, fr) = ("All peer reviews", "Tous les examens par les pairs")
        case .yes: (en, fr) = ("yes", "oui")
        case .no: (en, fr) = ("no", "non")
        case .csvField: (en, fr) = ("CSV text", "Texte CSV")
        case .imported: (en, fr) = ("Import", "Importer")
        }
        return language == .fr ? fr : en
    }
}
