import KPCSCore

/// The verify page's own texts, in English and French (the certificate's field names are ``CertificateLabel``).
enum VerifyText: CaseIterable, Sendable {
    case verifyTitle, verifyIntro, sealLabel, verifyButton, liveState, notTheStoredSeal

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .verifyTitle:
            (en, fr) = ("Verify a Kimberley Process certificate", "Vérifier un certificat du Processus de Kimberley")
        case .verifyIntro:
            (en, fr) = (
                """
                Paste the text of the certificate's QR code (it starts with KP1:). The seal is checked against the\
                 scheme's trust list and the certificate's current state.
                """,
                """
                Collez le texte du code QR du certificat (il commence par KP1:). Le sceau est vérifié avec la liste de\
                 confiance du système et l'état actuel du certificat.
                """
            )
        case .sealLabel: (en, fr) = ("Seal (QR code text)", "Sceau (texte du code QR)")
        case .verifyButton: (en, fr) = ("Verify", "Vérifier")
        case .liveState: (en, fr) = ("State now", "État actuel")
        case .notTheStoredSeal:
            (en, fr) = (
                "This seal is not the one kpcs stored for this certificate.",
                "Ce sceau n'est pas celui que kpcs a enregistré pour ce certificat."
            )
        }
        return language == .fr ? fr : en
    }
}
