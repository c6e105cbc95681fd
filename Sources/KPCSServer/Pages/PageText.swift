import KPCSCore

/// Every text of the server's pages, in English and French. The switch has no default, so a text cannot exist in
/// one language only.
public enum PageText: CaseIterable, Sendable {
    case verifyTitle, verifyIntro, sealLabel, verifyButton, certificateNumber, exportingParticipant, importingParticipant
    case exporter, importer, origin, issuedOn, expiresOn, hsCode, carats, valueUsd, parcels, total, sealedBy, liveState
    case replaces, notTheStoredSeal, logProven, logNotProven

    public func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .verifyTitle: (en, fr) = ("Verify a Kimberley Process certificate", "Vérifier un certificat du Processus de Kimberley")
        case .verifyIntro:
            (en, fr) = (
                "Paste the text of the certificate's QR code (it starts with KP1:). The seal is checked against the scheme's trust list and the certificate's current state.",
                "Collez le texte du code QR du certificat (il commence par KP1:). Le sceau est vérifié avec la liste de confiance du système et l'état actuel du certificat."
            )
        case .sealLabel: (en, fr) = ("Seal (QR code text)", "Sceau (texte du code QR)")
        case .verifyButton: (en, fr) = ("Verify", "Vérifier")
        case .certificateNumber: (en, fr) = ("Certificate number", "Numéro du certificat")
        case .exportingParticipant: (en, fr) = ("Exporting participant", "Participant exportateur")
        case .importingParticipant: (en, fr) = ("Importing participant", "Participant importateur")
        case .exporter: (en, fr) = ("Exporter", "Exportateur")
        case .importer: (en, fr) = ("Importer", "Importateur")
        case .origin: (en, fr) = ("Country of origin", "Pays d'origine")
        case .issuedOn: (en, fr) = ("Date of issue", "Date de délivrance")
        case .expiresOn: (en, fr) = ("Date of expiry", "Date d'expiration")
        case .hsCode: (en, fr) = ("HS code", "Code SH")
        case .carats: (en, fr) = ("Carats", "Carats")
        case .valueUsd: (en, fr) = ("Value (USD)", "Valeur (USD)")
        case .parcels: (en, fr) = ("Parcels", "Colis")
        case .total: (en, fr) = ("Total", "Total")
        case .sealedBy: (en, fr) = ("Sealed by", "Scellé par")
        case .liveState: (en, fr) = ("State now", "État actuel")
        case .replaces: (en, fr) = ("Replaces", "Remplace")
        case .logProven:
            (en, fr) = (
                "In the public log: this seal's issue and the events below are in the log's signed tree.",
                "Dans le journal public : la délivrance de ce sceau et les événements ci-dessous figurent dans l'arbre signé du journal."
            )
        case .logNotProven:
            (en, fr) = (
                "Not proven in the public log: do not rely on this proof.",
                "Non prouvé dans le journal public : ne vous fiez pas à cette preuve."
            )
        case .notTheStoredSeal:
            (en, fr) = (
                "This seal is not the one kpcs stored for this certificate.",
                "Ce sceau n'est pas celui que kpcs a enregistré pour ce certificat."
            )
        }
        return language == .fr ? fr : en
    }
}
