import KPCSCore

/// The texts of the incident reports' pages, in English and French.
enum IncidentText: CaseIterable, LocalizedText {
    case title, intro, file, fileIntro, participant, zone, longitude, latitude, precision, occurredOn, kinds
    case description, evidence, evidenceHint, reporterName, reporterContact, reporterHint, filed, summaries
    case noSummaries, month, place, verification, publication, publishedFrom, response, respondedAt, review
    case respond, reports, noReports, reference, sealedNote, fileLink

    static func kind(_ kind: IncidentKind, _ language: Language) -> String {
        let (en, fr): (String, String)
        switch kind {
        case .rebelFinancing: (en, fr) = ("rebel financing", "financement de rebelles")
        case .securityForceAbuse:
            (en, fr) = (
                "abuses by public or private security forces", "exactions de forces de sécurité publiques ou privées"
            )
        case .forcedOrChildLabour: (en, fr) = ("forced or child labour", "travail forcé ou des enfants")
        case .sexualViolence: (en, fr) = ("sexual violence", "violences sexuelles")
        case .killings: (en, fr) = ("killings", "meurtres")
        case .environmentalCrime: (en, fr) = ("environmental crimes", "crimes environnementaux")
        case .smuggling: (en, fr) = ("smuggling", "contrebande")
        case .other: (en, fr) = ("other", "autre")
        }
        return language == .fr ? fr : en
    }

    static func verification(_ state: VerificationState, _ language: Language) -> String {
        switch (state, language) {
        case (.received, .en): "received"
        case (.received, .fr): "reçu"
        case (.underReview, .en): "under review"
        case (.underReview, .fr): "en examen"
        case (.corroborated, .en): "corroborated"
        case (.corroborated, .fr): "corroboré"
        case (.notCorroborated, .en): "not corroborated"
        case (.notCorroborated, .fr): "non corroboré"
        }
    }

    static func publication(_ state: PublicationState, _ language: Language) -> String {
        switch (state, language) {
        case (.private, .en): "private"
        case (.private, .fr): "privé"
        case (.publicSummary, .en): "public summary"
        case (.publicSummary, .fr): "résumé public"
        case (.public, .en): "public"
        case (.public, .fr): "public"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Incident reports", "Signalements d'incidents")
        case .intro:
            (en, fr) = (
                """
                Reports of abuses in the diamond sector, by observer organisations and by the public. The reporter \
                is sealed and shown to no one. A report is checked (its verification) apart from what the public \
                sees (its publication); a public summary gives the zone or a place rounded to the degree, and the month.
                """,
                """
                Signalements d'exactions dans le secteur du diamant, par les organisations observatrices et par le \
                public. L'auteur est scellé et montré à personne. Un signalement est vérifié (sa vérification) à part \
                de ce que voit le public (sa publication) ; un résumé public donne la zone ou un lieu arrondi au \
                degré, et le mois.
                """
            )
        case .file: (en, fr) = ("File an incident report", "Déposer un signalement")
        case .fileIntro:
            (en, fr) = (
                "Without an account, your report is held for review before anything of it is shown.",
                "Sans compte, votre signalement est retenu pour examen avant que rien n'en soit montré."
            )
        case .participant: (en, fr) = ("Participant concerned (code)", "Participant concerné (code)")
        case .zone: (en, fr) = ("Mining zone (code), if known", "Zone minière (code), si connue")
        case .longitude: (en, fr) = ("Longitude", "Longitude")
        case .latitude: (en, fr) = ("Latitude", "Latitude")
        case .precision: (en, fr) = ("Precision of the point (km)", "Précision du point (km)")
        case .occurredOn: (en, fr) = ("Day it happened", "Jour des faits")
        case .kinds: (en, fr) = ("What happened", "Ce qui s'est passé")
        case .description: (en, fr) = ("Description", "Description")
        case .evidence: (en, fr) = ("Evidence, one per line", "Preuves, une par ligne")
        case .evidenceHint:
            (en, fr) = (
                "A document, a photograph, a testimony: what it is and where it is kept.",
                "Un document, une photographie, un témoignage : ce que c'est et où il est gardé."
            )
        case .reporterName: (en, fr) = ("Your name (optional)", "Votre nom (facultatif)")
        case .reporterContact: (en, fr) = ("How to reach you (optional)", "Comment vous joindre (facultatif)")
        case .reporterHint:
            (en, fr) = (
                "Sealed under the operator's master key: no participant, page or log shows it.",
                """
                Scellé sous la clé maîtresse de l'opérateur : aucun participant, aucune page, aucun journal ne le \
                montre.
                """
            )
        case .filed: (en, fr) = ("Report filed. Its reference:", "Signalement déposé. Sa référence :")
        case .summaries: (en, fr) = ("Published reports", "Signalements publiés")
        case .noSummaries: (en, fr) = ("No report published.", "Aucun signalement publié.")
        case .month: (en, fr) = ("Month", "Mois")
        case .place: (en, fr) = ("Place", "Lieu")
        case .verification: (en, fr) = ("Verification", "Vérification")
        case .publication: (en, fr) = ("Publication", "Publication")
        case .publishedFrom: (en, fr) = ("Shown from", "Affiché à partir du")
        case .response: (en, fr) = ("Response of the participant", "Réponse du participant")
        case .respondedAt: (en, fr) = ("Responded on", "Réponse du")
        case .review: (en, fr) = ("Review the report", "Examiner le signalement")
        case .respond: (en, fr) = ("Respond", "Répondre")
        case .reports: (en, fr) = ("Reports you may read", "Signalements que vous pouvez lire")
        case .noReports: (en, fr) = ("No report to read.", "Aucun signalement à lire.")
        case .reference: (en, fr) = ("Reference", "Référence")
        case .sealedNote: (en, fr) = ("The reporter is sealed.", "L'auteur est scellé.")
        case .fileLink: (en, fr) = ("File a report", "Déposer un signalement")
        }
        return language == .fr ? fr : en
    }
}
