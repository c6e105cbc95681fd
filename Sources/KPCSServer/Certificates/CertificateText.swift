import KPCSCore

/// The texts of the officer's certificate pages and dashboard, in English and French. The switch has no default,
/// so a text cannot exist in one language only; a test checks that none is empty.
enum CertificateText: CaseIterable, LocalizedText {
    case listTitle, listCaption, noCertificates, state, stateLabel, anyState, direction, directionAll, directionOutgoing
    case directionIncoming, issuedFrom, issuedTo, caratsColumn, usdColumn, certificateTitle, issuingAuthority,
        replacedBy
    case voidReason, mixedOrigin, singleOrigin, originKind, linesTitle, confirmationTitle, outcome, receivedOn,
        recordedAt
    case differencesTitle, certifiedCarats, receivedCarats, certifiedParcels, receivedParcels, historyTitle, when,
        event, actor
    case detail, logLeaf, printable, issueReplacement, confirmTitle, outcomeReceived, outcomeRefused, dateHint
    case receivedQuantities, confirmReason, confirmButton, voidTitle, voidIntro, voidButton, errorSummary, newTitle,
        newIntro
    case checkOk, choose, originCountries, originHint, linesHint, line, optional, checkButton, issueButton
    case originZoneHint
    case caratsDifference, parcelsDifference

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .listTitle: (en, fr) = ("Certificates", "Certificats")
        case .listCaption: (en, fr) = ("{0} certificates match", "{0} certificats correspondent")
        case .noCertificates: (en, fr) = ("No certificate.", "Aucun certificat.")
        case .state: (en, fr) = ("State", "État")
        case .stateLabel: (en, fr) = ("State:", "État :")
        case .anyState: (en, fr) = ("Any state", "Tous les états")
        case .direction: (en, fr) = ("Direction", "Sens")
        case .directionAll: (en, fr) = ("Exports and imports", "Exportations et importations")
        case .directionOutgoing: (en, fr) = ("Exports (we issued)", "Exportations (délivrés par nous)")
        case .directionIncoming: (en, fr) = ("Imports (addressed to us)", "Importations (qui nous sont adressés)")
        case .issuedFrom: (en, fr) = ("Issued from", "Délivrés à partir du")
        case .issuedTo: (en, fr) = ("to", "au")
        case .caratsColumn: (en, fr) = ("Carats", "Carats")
        case .usdColumn: (en, fr) = ("Value (USD)", "Valeur (USD)")
        case .certificateTitle: (en, fr) = ("Certificate", "Certificat")
        case .issuingAuthority: (en, fr) = ("Issuing authority", "Autorité de délivrance")
        case .replacedBy: (en, fr) = ("Replaced by", "Remplacé par")
        case .voidReason: (en, fr) = ("Reason for voiding", "Motif de l'annulation")
        case .mixedOrigin: (en, fr) = ("Mixed origin", "Origine mixte")
        case .singleOrigin: (en, fr) = ("Single origin", "Origine unique")
        case .originKind: (en, fr) = ("Origin", "Origine")
        case .linesTitle: (en, fr) = ("Contents", "Contenu")
        case .confirmationTitle: (en, fr) = ("Importing authority's answer", "Réponse de l'autorité importatrice")
        case .outcome: (en, fr) = ("Outcome", "Résultat")
        case .receivedOn: (en, fr) = ("Received on", "Reçu le")
        case .recordedAt: (en, fr) = ("Recorded", "Enregistré")
        case .differencesTitle:
            (en, fr) = ("Differences between certified and received", "Écarts entre le certifié et le reçu")
        case .certifiedCarats: (en, fr) = ("Certified carats", "Carats certifiés")
        case .receivedCarats: (en, fr) = ("Received carats", "Carats reçus")
        case .certifiedParcels: (en, fr) = ("Certified parcels", "Colis certifiés")
        case .receivedParcels: (en, fr) = ("Received parcels", "Colis reçus")
        case .caratsDifference: (en, fr) = ("Difference in carats", "Écart en carats")
        case .parcelsDifference: (en, fr) = ("Difference in parcels", "Écart en colis")
        case .historyTitle: (en, fr) = ("History", "Historique")
        case .when: (en, fr) = ("When", "Quand")
        case .event: (en, fr) = ("Event", "Événement")
        case .actor: (en, fr) = ("By", "Par")
        case .detail: (en, fr) = ("Detail", "Détail")
        case .logLeaf: (en, fr) = ("Public log entry", "Entrée du journal public")
        case .printable: (en, fr) = ("Printable certificate (PDF)", "Certificat imprimable (PDF)")
        case .issueReplacement: (en, fr) = ("Issue a replacement certificate", "Délivrer un certificat de remplacement")
        case .confirmTitle: (en, fr) = ("Record the receipt of the shipment", "Enregistrer la réception de l'envoi")
        case .outcomeReceived:
            (en, fr) = ("Received (give the quantities received)", "Reçu (indiquez les quantités reçues)")
        case .outcomeRefused: (en, fr) = ("Refused (give the reason)", "Refusé (indiquez le motif)")
        case .dateHint: (en, fr) = ("YYYY-MM-DD", "AAAA-MM-JJ")
        case .receivedQuantities: (en, fr) = ("Quantities received", "Quantités reçues")
        case .confirmReason: (en, fr) = ("Note or reason for refusal", "Remarque ou motif du refus")
        case .confirmButton: (en, fr) = ("Record", "Enregistrer")
        case .voidTitle: (en, fr) = ("Void this certificate", "Annuler ce certificat")
        case .voidIntro:
            (en, fr) = (
                """
                A voided certificate cannot be used for the shipment. The reason is kept in the certificate's history\
                 and the public log.
                """,
                """
                Un certificat annulé ne peut plus accompagner l'envoi. Le motif est conservé dans l'historique du\
                 certificat et le journal public.
                """
            )
        case .voidButton: (en, fr) = ("Void the certificate", "Annuler le certificat")
        case .errorSummary: (en, fr) = ("Please correct these fields", "Veuillez corriger ces champs")
        case .newTitle: (en, fr) = ("New certificate", "Nouveau certificat")
        case .newIntro:
            (en, fr) = (
                """
                Fill in the shipment. “Check” tests the certificate against every rule without issuing it; “Issue”\
                 issues and seals it.
                """,
                """
                Décrivez l'envoi. «\u{00A0}Contrôler sans délivrer\u{00A0}» applique au certificat toutes les\
                 règles sans le délivrer ; «\u{00A0}Délivrer\u{00A0}» le délivre et le scelle.
                """
            )
        case .checkOk:
            (en, fr) = (
                "Checked: this certificate can be issued as it is.",
                "Contrôlé : ce certificat peut être délivré tel quel."
            )
        case .choose: (en, fr) = ("— choose —", "— choisir —")
        case .originCountries: (en, fr) = ("Countries of origin", "Pays d'origine")
        case .originHint: (en, fr) = ("(ISO codes, e.g. BW or BW, ZA)", "(codes ISO, par ex. BW ou BW, ZA)")
        case .originZoneHint:
            (en, fr) = (
                "(the mining zone's code, e.g. CF-BERBERATI: needed for rough of your own origin once zones exist)",
                """
                (le code de la zone minière, par ex. CF-BERBERATI : requis pour un brut de votre origine dès qu'il y a\
                 des zones)
                """
            )
        case .linesHint:
            (en, fr) = (
                "One line per HS code. Carats and US dollars with up to two decimals; empty lines are ignored.",
                """
                Une ligne par code SH. Carats et dollars US avec au plus deux décimales ; les lignes vides sont\
                 ignorées.
                """
            )
        case .line: (en, fr) = ("Line", "Ligne")
        case .optional: (en, fr) = ("optional", "facultatif")
        case .checkButton: (en, fr) = ("Check", "Contrôler sans délivrer")
        case .issueButton: (en, fr) = ("Issue", "Délivrer")
        }
        return language == .fr ? fr : en
    }

    /// What the certificate page says after an action succeeded.
    static func notice(_ state: CertificateState, _ language: Language) -> String {
        switch state {
        case .issued: return language == .fr ? "Certificat délivré et scellé." : "Certificate issued and sealed."
        case .confirmed:
            return language == .fr ? "Réception enregistrée : conforme." : "Receipt recorded: as certified."
        case .discrepancy:
            return language == .fr ? "Réception enregistrée, avec un écart." : "Receipt recorded, with a discrepancy."
        case .refused: return language == .fr ? "Refus enregistré." : "Refusal recorded."
        case .voided: return language == .fr ? "Certificat annulé." : "Certificate voided."
        case .expired: return language == .fr ? "Certificat expiré." : "Certificate expired."
        }
    }
}

/// The texts of the dashboard, in English and French.
enum DashboardText: CaseIterable, LocalizedText {
    case title, awaitingTitle, awaitingCaption, allAwaiting, recentTitle, noEvents, allCertificates

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Dashboard", "Tableau de bord")
        case .awaitingTitle: (en, fr) = ("Waiting for your confirmation", "En attente de votre confirmation")
        case .awaitingCaption:
            (en, fr) = (
                "{0} certificates addressed to you are not yet confirmed",
                "{0} certificats qui vous sont adressés ne sont pas encore confirmés"
            )
        case .allAwaiting: (en, fr) = ("All certificates waiting", "Tous les certificats en attente")
        case .recentTitle: (en, fr) = ("Recent events", "Événements récents")
        case .noEvents: (en, fr) = ("Nothing has happened yet.", "Rien ne s'est encore passé.")
        case .allCertificates: (en, fr) = ("All certificates", "Tous les certificats")
        }
        return language == .fr ? fr : en
    }

    /// "Signed in as bw-officer, Botswana Demo KP Office (BW)."
    static func welcome(_ principal: Principal, _ language: Language) -> String {
        let role = AdminText.role(principal.role, language)
        guard let authority = principal.authority else { return "\(principal.username) — \(role)." }
        return "\(principal.username) — \(role), \(authority.name) (\(authority.participantCode))."
    }
}
