/// The statistics' messages: periods, production reports, who sees detail, sums too large.
public enum StatisticsMessage: MessageKey {
    case statisticsTooLarge
    case periodAmbiguous
    case productionOtherParticipant(producer: String, authorityParticipant: String)
    case productionPeriodInFuture(period: String)
    case productionLineDuplicate(line: String)
    case productionCSVMalformed(line: String, column: String)
    case productionResubmissionReason(period: String)
    case statisticsDetailForbidden(username: String)

    public var texts: (en: MessageText, fr: MessageText) {
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
        case .productionOtherParticipant(let producer, let authorityParticipant):
            return (
                "An authority of \(authorityParticipant) cannot report the production of \(producer).",
                "Une autorité de \(authorityParticipant) ne peut pas déclarer la production de \(producer)."
            )
        case .productionPeriodInFuture(let period):
            return (
                "The half-year \(period) has not begun: production can be reported once it has.",
                "Le semestre \(period) n'a pas commencé : la production pourra être déclarée ensuite."
            )
        case .productionLineDuplicate(let line):
            return (
                "The line \(line) (HS code/mining) appears twice.",
                "La ligne \(line) (code SH/exploitation) figure deux fois."
            )
        case .productionCSVMalformed(let line, let column):
            return (
                """
                Line \(line) of the CSV file cannot be read: check the column \(column) (expected:\
                 hs_code,mining,carats,value_usd, decimals with a point).
                """,
                """
                La ligne \(line) du fichier CSV est illisible : vérifiez la colonne \(column) (attendu :\
                 hs_code,mining,carats,value_usd, décimales avec un point).
                """
            )
        case .productionResubmissionReason(let period):
            return (
                "\(period) already has a production report: a resubmission needs a reason.",
                "\(period) a déjà une déclaration de production : une nouvelle soumission doit être motivée."
            )
        case .statisticsDetailForbidden(let username):
            return (
                """
                The account \(username) may see statistics only as published aggregates: certificate-level detail is\
                 for the\
                 authorities concerned, the KP Chair and the Working Group on Statistics.
                """,
                """
                Le compte \(username) ne voit les statistiques que sous forme d'agrégats publiés : le détail par\
                 certificat\
                 est réservé aux autorités concernées, à la présidence du PK et au groupe de travail sur les\
                 statistiques.
                """
            )
        }
    }
}

extension StatisticsMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case statisticsTooLarge = "statistics-too-large"
        case periodAmbiguous = "period-ambiguous"
        case productionOtherParticipant = "production-other-participant"
        case productionPeriodInFuture = "production-period-in-future"
        case productionLineDuplicate = "production-line-duplicate"
        case productionCSVMalformed = "production-csv-malformed"
        case productionResubmissionReason = "production-resubmission-reason"
        case statisticsDetailForbidden = "statistics-detail-forbidden"
    }

    public var stableCode: Code {
        switch self {
        case .statisticsTooLarge: .statisticsTooLarge
        case .periodAmbiguous: .periodAmbiguous
        case .productionOtherParticipant: .productionOtherParticipant
        case .productionPeriodInFuture: .productionPeriodInFuture
        case .productionLineDuplicate: .productionLineDuplicate
        case .productionCSVMalformed: .productionCSVMalformed
        case .productionResubmissionReason: .productionResubmissionReason
        case .statisticsDetailForbidden: .statisticsDetailForbidden
        }
    }
}
