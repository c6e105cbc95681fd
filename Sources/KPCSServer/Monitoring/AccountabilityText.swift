import KPCSCore

/// The texts of a participant's accountability page, in English and French.
enum AccountabilityText: CaseIterable, LocalizedText {
    case title, intro, status, annualReports, peerReviews, noReviews, open, overdue, noOverdue, zones, noZones
    case flags, noFlags, mirror, hub, link, reviewsLink, incidents, underReview

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Accountability", "Redevabilité")
        case .intro:
            (en, fr) = (
                """
                What the records say of this participant, computed when read: its status and the decisions behind it, \
                its annual reports, its peer reviews and their recommendations, its mining zones and the public \
                statistics flags. What is absent says "not reported" or "not reviewed", never a good mark.
                """,
                """
                Ce que disent les registres de ce participant, calculé à la lecture : son statut et les décisions qui \
                le fondent, ses rapports annuels, ses examens par les pairs et leurs recommandations, ses zones \
                minières et les signalements statistiques publics. Ce qui manque se lit « non déclaré » ou « non \
                examiné », jamais comme une bonne note.
                """
            )
        case .status: (en, fr) = ("Status today", "Statut aujourd'hui")
        case .annualReports: (en, fr) = ("Annual reports", "Rapports annuels")
        case .peerReviews: (en, fr) = ("Peer reviews and recommendations", "Examens par les pairs et recommandations")
        case .noReviews: (en, fr) = ("No peer review recorded.", "Aucun examen par les pairs enregistré.")
        case .open: (en, fr) = ("Recommendations not signed off", "Recommandations non validées")
        case .overdue: (en, fr) = ("Overdue recommendations", "Recommandations en retard")
        case .noOverdue: (en, fr) = ("No recommendation is overdue.", "Aucune recommandation n'est en retard.")
        case .zones: (en, fr) = ("Mining zones", "Zones minières")
        case .noZones: (en, fr) = ("No mining zone registered.", "Aucune zone minière enregistrée.")
        case .flags: (en, fr) = ("Public statistics flags", "Signalements statistiques publics")
        case .noFlags: (en, fr) = ("No public flag in this year.", "Aucun signalement public cette année.")
        case .mirror:
            (en, fr) = ("Mirror check: certified but not received", "Contrôle miroir : certifié mais non reçu")
        case .hub:
            (en, fr) = (
                "Trading-centre check: export over import unit value",
                "Contrôle des centres de négoce : valeur unitaire à l'export sur l'import"
            )
        case .link: (en, fr) = ("Accountability", "Redevabilité")
        case .underReview:
            (en, fr) = (
                "Zones under review by corroborated reports of the last 365 days",
                "Zones en examen du fait de signalements corroborés des 365 derniers jours"
            )
        case .incidents: (en, fr) = ("Incident reports, as published", "Signalements d'incidents, tels que publiés")
        case .reviewsLink: (en, fr) = ("All its peer reviews", "Tous ses examens par les pairs")
        }
        return language == .fr ? fr : en
    }
}
