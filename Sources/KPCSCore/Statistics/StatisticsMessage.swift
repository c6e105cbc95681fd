/// The statistics' messages: periods, production reports, who sees detail, sums too large.
public enum StatisticsMessage: String, MessageKey, CaseIterable {
    case statisticsTooLarge = "statistics-too-large"
    case periodAmbiguous = "period-ambiguous"
    case productionOtherParticipant = "production-other-participant"
    case productionPeriodInFuture = "production-period-in-future"
    case productionLineDuplicate = "production-line-duplicate"
    case productionCSVMalformed = "production-csv-malformed"
    case productionResubmissionReason = "production-resubmission-reason"
    case statisticsDetailForbidden = "statistics-detail-forbidden"

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .statisticsTooLarge:
            return (
                "A total of this period does not fit in kpcs's exact 64-bit sums; ask for a shorter period.",
                """
                Un total de cette période dépasse les sommes exactes sur 64 bits de kpcs ; demandez une période plus\
                 courte.
                """
            )
        case .periodAmbiguous:
            return (
                "Give either a half-year or a quarter, not both.", "Indiquez un semestre ou un trimestre, pas les deux."
            )
        case .productionOtherParticipant:
            return (
                "An authority of {1} cannot report the production of {0}.",
                "Une autorité de {1} ne peut pas déclarer la production de {0}."
            )
        case .productionPeriodInFuture:
            return (
                "The half-year {0} has not begun: production can be reported once it has.",
                "Le semestre {0} n'a pas commencé : la production pourra être déclarée ensuite."
            )
        case .productionLineDuplicate:
            return (
                "The line {0} (HS code/mining) appears twice.", "La ligne {0} (code SH/exploitation) figure deux fois."
            )
        case .productionCSVMalformed:
            return (
                """
                Line {0} of the CSV file cannot be read: check the column {1} (expected:\
                 hs_code,mining,carats,value_usd, decimals with a point).
                """,
                """
                La ligne {0} du fichier CSV est illisible : vérifiez la colonne {1} (attendu :\
                 hs_code,mining,carats,value_usd, décimales avec un point).
                """
            )
        case .productionResubmissionReason:
            return (
                "{0} already has a production report: a resubmission needs a reason.",
                "{0} a déjà une déclaration de production : une nouvelle soumission doit être motivée."
            )
        case .statisticsDetailForbidden:
            return (
                """
                The account {0} may see statistics only as published aggregates: certificate-level detail is for the\
                 authorities concerned, the KP Chair and the Working Group on Statistics.
                """,
                """
                Le compte {0} ne voit les statistiques que sous forme d'agrégats publiés : le détail par certificat\
                 est réservé aux autorités concernées, à la présidence du PK et au groupe de travail sur les\
                 statistiques.
                """
            )
        }
    }
}
