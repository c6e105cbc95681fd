import KPCSCore

/// The texts of the annual reports' pages, in English and French.
enum AnnualReportText: CaseIterable, LocalizedText {
    case title, intro, year, dueOn, state, timeliness, firstSubmitted, versions, read, participantLink
    case reportTitle, version, submittedOn, submittedBy, figure, computed, reported, reason, noVersion
    case withheld, notReported, submit, submitHint, sectionsHeading, figuresHeading, reasonHint
    case review, accept, giveBack, comment, reviewHint, reviewedBy, outcome, saved, allReports, commentNone

    /// A section's heading.
    static func section(_ section: AnnualReportSection, _ language: Language) -> String {
        let (en, fr): (String, String)
        switch section {
        case .legislation: (en, fr) = ("Legislation and institutions", "Législation et institutions")
        case .controls: (en, fr) = ("Export and import controls", "Contrôles à l'exportation et à l'importation")
        case .statistics: (en, fr) = ("Statistics", "Statistiques")
        case .infringements: (en, fr) = ("Infringements and forgeries", "Infractions et falsifications")
        case .artisanal: (en, fr) = ("Artisanal and alluvial production", "Production artisanale et alluviale")
        case .other: (en, fr) = ("Other matters", "Autres questions")
        }
        return language == .fr ? fr : en
    }

    /// A figure's name, with its unit.
    static func figure(_ figure: AnnualReportFigure, _ language: Language) -> String {
        let (en, fr): (String, String)
        switch figure {
        case .exportCertificates: (en, fr) = ("Certificates issued (not voided)", "Certificats délivrés (non annulés)")
        case .exportCaratsX100: (en, fr) = ("Carats exported", "Carats exportés")
        case .exportValueUsdCents: (en, fr) = ("Value exported (USD)", "Valeur exportée (USD)")
        case .importCertificates: (en, fr) = ("Certificates received (not voided)", "Certificats reçus (non annulés)")
        case .importCaratsX100: (en, fr) = ("Carats imported", "Carats importés")
        case .importValueUsdCents: (en, fr) = ("Value imported (USD)", "Valeur importée (USD)")
        case .importsConfirmed: (en, fr) = ("Receipts confirmed", "Réceptions confirmées")
        case .importDiscrepancies: (en, fr) = ("Received with a discrepancy", "Reçus avec un écart")
        case .exportsRefused: (en, fr) = ("Exports refused by the importer", "Exportations refusées par l'importateur")
        case .exportsVoided: (en, fr) = ("Certificates voided", "Certificats annulés")
        case .exportsExpired: (en, fr) = ("Certificates expired", "Certificats expirés")
        case .productionCaratsX100: (en, fr) = ("Carats produced", "Carats produits")
        case .productionValueUsdCents: (en, fr) = ("Value produced (USD)", "Valeur produite (USD)")
        case .artisanalCaratsX100:
            (en, fr) = ("Carats of artisanal and alluvial mining", "Carats de l'extraction artisanale et alluviale")
        case .unitValueFlags:
            (en, fr) = (
                "Export lines flagged by the unit-value screen",
                "Lignes d'exportation signalées par le contrôle des valeurs unitaires"
            )
        }
        return language == .fr ? fr : en
    }

    /// A figure's value in its unit, or "not reported".
    static func value(_ value: Int64?, of figure: AnnualReportFigure, _ language: Language) -> String {
        guard let value else { return notReported.text(language) }
        switch figure.unit {
        case .count: return Quantity.whole(value, language)
        case .caratsX100: return Quantity.carats(value, language)
        case .usdCents: return Quantity.dollars(value, language)
        }
    }

    static func state(_ state: AnnualReportState, _ language: Language) -> String {
        switch (state, language) {
        case (.notSubmitted, .en): "not submitted"
        case (.notSubmitted, .fr): "non soumis"
        case (.submitted, .en): "with the WGM for review"
        case (.submitted, .fr): "en examen au Groupe de travail sur le suivi"
        case (.returned, .en): "returned by the WGM"
        case (.returned, .fr): "renvoyé par le Groupe de travail sur le suivi"
        case (.accepted, .en): "accepted"
        case (.accepted, .fr): "accepté"
        }
    }

    static func timeliness(_ timeliness: ReportTimeliness, _ language: Language) -> String {
        switch (timeliness, language) {
        case (.notYetDue, .en): "not yet due"
        case (.notYetDue, .fr): "pas encore dû"
        case (.onTime, .en): "on time"
        case (.onTime, .fr): "à temps"
        case (.late, .en): "late"
        case (.late, .fr): "en retard"
        case (.missing, .en): "missing"
        case (.missing, .fr): "manquant"
        }
    }

    static func outcome(_ outcome: ReviewOutcome, _ language: Language) -> String {
        switch (outcome, language) {
        case (.accepted, .en): "accepted"
        case (.accepted, .fr): "accepté"
        case (.returned, .en): "returned"
        case (.returned, .fr): "renvoyé"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Annual reports", "Rapports annuels")
        case .intro:
            (en, fr) = (
                """
                Each participant reports every year on how it implements the scheme. On time, late and missing are \
                computed from the day a report was first submitted and the day it was due, never typed.
                """,
                """
                Chaque participant rend compte chaque année de sa mise en œuvre du système. À temps, en retard et \
                manquant sont calculés à partir du jour où le rapport a été soumis pour la première fois et du jour \
                où il était dû, jamais saisis.
                """
            )
        case .year: (en, fr) = ("Year", "Année")
        case .dueOn: (en, fr) = ("Due on", "Dû le")
        case .state: (en, fr) = ("State", "État")
        case .timeliness: (en, fr) = ("On time?", "À temps ?")
        case .firstSubmitted: (en, fr) = ("First submitted on", "Soumis pour la première fois le")
        case .versions: (en, fr) = ("Versions", "Versions")
        case .read: (en, fr) = ("Read the report", "Lire le rapport")
        case .participantLink: (en, fr) = ("The participant", "Le participant")
        case .reportTitle: (en, fr) = ("Annual report", "Rapport annuel")
        case .version: (en, fr) = ("Version", "Version")
        case .submittedOn: (en, fr) = ("submitted on", "soumise le")
        case .submittedBy: (en, fr) = ("by", "par")
        case .figure: (en, fr) = ("Figure", "Chiffre")
        case .computed: (en, fr) = ("Computed by kpcs", "Calculé par kpcs")
        case .reported: (en, fr) = ("Reported", "Déclaré")
        case .reason: (en, fr) = ("Reason for the change", "Motif de la modification")
        case .noVersion: (en, fr) = ("No version has been submitted.", "Aucune version n'a été soumise.")
        case .withheld:
            (en, fr) = (
                "The figures are withheld: they add up certificates, which observer organisations do not read.",
                """
                Les chiffres sont retenus : ils additionnent des certificats, que les organisations observatrices ne \
                lisent pas.
                """
            )
        case .notReported: (en, fr) = ("not reported", "non déclaré")
        case .submit: (en, fr) = ("Submit the report", "Soumettre le rapport")
        case .submitHint:
            (en, fr) = (
                """
                The figures are prefilled from kpcs's own records: the year's certificates, production reports and \
                statistics flags. Change one only with a reason; the computed value stays beside it.
                """,
                """
                Les chiffres sont préremplis à partir des données de kpcs : les certificats de l'année, les \
                déclarations de production et les signalements statistiques. N'en changez un qu'avec un motif ; la \
                valeur calculée reste à côté.
                """
            )
        case .sectionsHeading: (en, fr) = ("Sections", "Sections")
        case .figuresHeading: (en, fr) = ("Figures", "Chiffres")
        case .reasonHint:
            (en, fr) = (
                "Needed only where the reported figure differs.", "Requis seulement si le chiffre déclaré diffère."
            )
        case .review: (en, fr) = ("Review by the WGM", "Examen par le Groupe de travail sur le suivi (WGM)")
        case .accept: (en, fr) = ("Accept", "Accepter")
        case .giveBack: (en, fr) = ("Return with a comment", "Renvoyer avec un commentaire")
        case .comment: (en, fr) = ("Comment", "Commentaire")
        case .reviewHint:
            (en, fr) = (
                """
                A returned report needs a comment that says what to change; the participant then submits a new \
                version.
                """,
                """
                Un rapport renvoyé demande un commentaire qui dit quoi changer ; le participant soumet alors une \
                nouvelle version.
                """
            )
        case .reviewedBy: (en, fr) = ("Reviewed by", "Examiné par")
        case .outcome: (en, fr) = ("Outcome", "Décision")
        case .saved: (en, fr) = ("Saved.", "Enregistré.")
        case .allReports:
            (en, fr) = ("All the participant's annual reports", "Tous les rapports annuels du participant")
        case .commentNone: (en, fr) = ("no comment", "sans commentaire")
        }
        return language == .fr ? fr : en
    }
}
