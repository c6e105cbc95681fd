import Foundation
import KPCSCore

/// The texts of the exporter's part of the dashboard (its exports awaiting receipt, received with a discrepancy,
/// refused), in English and French. `{0}` is a count. The switch has no default, so a text cannot exist in one
/// language only.
enum ExportDashboardText: CaseIterable, LocalizedText {
    case awaitingTitle, awaitingCaption, noneAwaiting, discrepancyTitle, discrepancyCaption, noneDiscrepancy
    case refusedTitle, refusedCaption, noneRefused, daysLeft, answered, seeAll

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .awaitingTitle:
            (en, fr) = ("Your exports awaiting receipt ({0})", "Vos exportations en attente de réception ({0})")
        case .awaitingCaption:
            (en, fr) = (
                "Not yet confirmed by the importing participant, soonest expiry first",
                "Pas encore confirmées par le participant importateur, la plus proche de l'expiration d'abord"
            )
        case .noneAwaiting:
            (en, fr) = (
                "None of your exports is awaiting receipt.", "Aucune de vos exportations n'attend sa réception."
            )
        case .discrepancyTitle: (en, fr) = ("Received with a discrepancy ({0})", "Reçues avec un écart ({0})")
        case .discrepancyCaption:
            (en, fr) = (
                "Your exports received with a discrepancy, latest answer first",
                "Vos exportations reçues avec un écart, la réponse la plus récente d'abord"
            )
        case .noneDiscrepancy:
            (en, fr) = (
                "None of your exports was received with a discrepancy.",
                "Aucune de vos exportations n'a été reçue avec un écart."
            )
        case .refusedTitle: (en, fr) = ("Refused ({0})", "Refusées ({0})")
        case .refusedCaption:
            (en, fr) = (
                "Your exports refused by the importing participant, latest answer first",
                "Vos exportations refusées par le participant importateur, la réponse la plus récente d'abord"
            )
        case .noneRefused:
            (en, fr) = ("None of your exports was refused.", "Aucune de vos exportations n'a été refusée.")
        case .daysLeft: (en, fr) = ("Days to expiry", "Jours avant l'expiration")
        case .answered: (en, fr) = ("Answer recorded", "Réponse enregistrée")
        case .seeAll: (en, fr) = ("All {0} in the certificates list", "Les {0} dans la liste des certificats")
        }
        return language == .fr ? fr : en
    }

    /// A text with its `{0}` replaced by a count written as the language writes numbers.
    func text(_ language: Language, count: Int64) -> String {
        text(language).replacingOccurrences(of: "{0}", with: Quantity.whole(count, language))
    }

    /// The days an export has left: "expires today", "1 day", "12 days".
    static func days(_ days: Int, _ language: Language) -> String {
        switch (days, language) {
        case (0, .en): return "expires today"
        case (0, .fr): return "expire aujourd'hui"
        case (1, .en): return "1 day"
        case (1, .fr): return "1 jour"
        case (_, .en): return "\(Quantity.whole(Int64(days), language)) days"
        case (_, .fr): return "\(Quantity.whole(Int64(days), language)) jours"
        }
    }

    /// The words that mark an export expiring soon, so the mark is not colour alone.
    static func expiresSoon(_ language: Language) -> String {
        let days = DashboardRules.soonDays
        return language == .fr ? "expire dans les \(days) jours" : "expires within \(days) days"
    }
}
