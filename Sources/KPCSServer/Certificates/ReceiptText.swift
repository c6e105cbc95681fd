import KPCSCore

/// The receipt form's own texts: the importer enters what arrived, or says in so many words that it matches.
enum ReceiptText: CaseIterable, LocalizedText {
    case receiptIntro, asCertified, asCertifiedConflict

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .receiptIntro:
            (en, fr) = (
                """
                Enter the carats and parcels you weighed and counted on arrival; the certified quantities are shown\
                 beside each line. If the shipment matches exactly, tick “Received exactly as certified” instead.
                """,
                """
                Indiquez les carats et les colis pesés et comptés à l’arrivée ; les quantités certifiées figurent à\
                 côté de chaque ligne. Si l’envoi correspond exactement, cochez plutôt « Reçu exactement comme\
                 certifié ».
                """
            )
        case .asCertified:
            (en, fr) = ("Received exactly as certified", "Reçu exactement comme certifié")
        case .asCertifiedConflict:
            (en, fr) = (
                """
                You ticked “Received exactly as certified” but entered other quantities: clear the box or the\
                 quantities that differ.
                """,
                """
                Vous avez coché « Reçu exactement comme certifié » mais saisi d’autres quantités : décochez la case ou\
                 corrigez les quantités qui diffèrent.
                """
            )
        }
        return language == .fr ? fr : en
    }
}
