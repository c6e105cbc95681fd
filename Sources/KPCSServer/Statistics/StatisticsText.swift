import KPCSCore

/// Every text of the statistics API and page, in English and French. The switch has no default, so a text cannot
/// exist in one language only.
enum StatisticsText: CaseIterable, Sendable {
    case title, intro, periodLabel, yearLabel, halfLabel, wholeYear, show, participant, production, exports, imports
    case carats, usd, usdPerCarat, certificates, world, memberStates, notReported, chartProduction, chartTrade
    case mirrorTitle, mirrorIntro, exporter, importer, certified, received, shortfall, flaggedPair, refused, waiting,
        expired
    case definitionsTitle, definitions, leadsNotVerdicts, downloads, noData, hubTitle, hubIntro

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Rough diamond statistics", "Statistiques des diamants bruts")
        case .intro:
            (en, fr) = (
                """
                Computed from the certificates themselves: exports when a certificate is issued, imports when the\
                 importing authority confirms what it received. Production is reported by each producing participant\
                 every half-year.
                """,
                """
                Calculées à partir des certificats eux-mêmes : exportations à la délivrance d'un certificat,\
                 importations quand l'autorité importatrice confirme ce qu'elle a reçu. La production est déclarée par\
                 chaque participant producteur chaque semestre.
                """
            )
        case .periodLabel: (en, fr) = ("Period", "Période")
        case .yearLabel: (en, fr) = ("Year", "Année")
        case .halfLabel: (en, fr) = ("Half-year", "Semestre")
        case .wholeYear: (en, fr) = ("Whole year", "Année entière")
        case .show: (en, fr) = ("Show", "Afficher")
        case .participant: (en, fr) = ("Participant", "Participant")
        case .production: (en, fr) = ("Production", "Production")
        case .exports: (en, fr) = ("Exports", "Exportations")
        case .imports: (en, fr) = ("Imports", "Importations")
        case .carats: (en, fr) = ("Carats", "Carats")
        case .usd: (en, fr) = ("USD", "USD")
        case .usdPerCarat: (en, fr) = ("USD/ct", "USD/ct")
        case .certificates: (en, fr) = ("Certificates", "Certificats")
        case .world: (en, fr) = ("World (sum of participants)", "Monde (somme des participants)")
        case .memberStates: (en, fr) = ("EU member states", "États membres de l'UE")
        case .notReported: (en, fr) = ("not reported", "non déclarée")
        case .chartProduction: (en, fr) = ("Production by participant, USD", "Production par participant, en USD")
        case .chartTrade:
            (en, fr) = (
                "Exports and imports by participant, USD", "Exportations et importations par participant, en USD"
            )
        case .mirrorTitle: (en, fr) = ("Mirror check", "Contrôle miroir")
        case .mirrorIntro:
            (en, fr) = (
                """
                For each pair of participants: what the exporter certified beside what the importer confirmed, for the\
                 certificates issued in the period. Refused and still unanswered certificates are counted apart; a\
                 pair is flagged when more than 10 % of the carats that should have arrived did not, over at least 10\
                 certificates.
                """,
                """
                Pour chaque couple de participants : ce que l'exportateur a certifié face à ce que l'importateur a\
                 confirmé, pour les certificats délivrés dans la période. Les certificats refusés et ceux encore sans\
                 réponse sont comptés à part ; un couple est signalé quand plus de 10 % des carats qui auraient dû\
                 arriver ne sont pas arrivés, sur au moins 10 certificats.
                """
            )
        case .exporter: (en, fr) = ("Exporter", "Exportateur")
        case .importer: (en, fr) = ("Importer", "Importateur")
        case .certified: (en, fr) = ("Certified, ct", "Certifié, ct")
        case .received: (en, fr) = ("Received, ct", "Reçu, ct")
        case .shortfall: (en, fr) = ("Shortfall", "Manque")
        case .flaggedPair: (en, fr) = ("Flagged", "Signalé")
        case .refused: (en, fr) = ("Refused", "Refusés")
        case .waiting: (en, fr) = ("Awaiting answer", "En attente")
        case .expired: (en, fr) = ("Expired", "Expirés")
        case .definitionsTitle: (en, fr) = ("Definitions", "Définitions")
        case .definitions:
            (en, fr) = (
                """
                Exports: every certificate issued in the period by the exporting participant, except voided ones, at\
                 its certified carats and value. Imports: every certificate whose receipt the importing participant\
                 confirmed in the period (by date of receipt), at the carats received and the certified value of the\
                 lines received. Production: the current report of each half-year. World figures are sums over the\
                 participants, so goods re-exported through trading centres count each time they cross a border, as in\
                 the KP's own tables. USD per carat is value divided by carats, rounded to the cent. The European\
                 Union counts as one participant; its member states are shown below it by the authority that issued or\
                 confirmed.
                """,
                """
                Exportations : tous les certificats délivrés dans la période par le participant exportateur, sauf les\
                 certificats annulés, pour leurs carats et valeur certifiés. Importations : tous les certificats dont\
                 le participant importateur a confirmé la réception dans la période (par date de réception), pour les\
                 carats reçus et la valeur certifiée des lignes reçues. Production : la déclaration en vigueur de\
                 chaque semestre. Les chiffres mondiaux sont des sommes sur les participants : les marchandises\
                 réexportées par les centres de négoce comptent à chaque passage de frontière, comme dans les tableaux\
                 du PK. L'USD par carat est la valeur divisée par les carats, arrondie au cent. L'Union européenne\
                 compte pour un participant ; ses États membres figurent en dessous, selon l'autorité qui a délivré ou\
                 confirmé.
                """
            )
        case .leadsNotVerdicts:
            (en, fr) = (
                """
                Flags are leads for the Working Group on Statistics, never verdicts: a flagged certificate or pair may\
                 have a good explanation.
                """,
                """
                Les signalements sont des pistes pour le groupe de travail sur les statistiques, jamais des verdicts :\
                 un certificat ou un couple signalé peut avoir une bonne explication.
                """
            )
        case .downloads: (en, fr) = ("Download", "Télécharger")
        case .noData: (en, fr) = ("No figures for this period.", "Aucun chiffre pour cette période.")
        case .hubTitle:
            (en, fr) = (
                "Trading centres: export and import unit values",
                "Centres de négoce : valeurs unitaires à l'exportation et à l'importation"
            )
        case .hubIntro:
            (en, fr) = (
                """
                For participants that import at least half as many carats as they export: USD per carat of their\
                 exports beside their imports. A ratio above 1.5 or below 1/1.5 is flagged.
                """,
                """
                Pour les participants qui importent au moins la moitié des carats qu'ils exportent : USD par carat de\
                 leurs exportations face à leurs importations. Un rapport supérieur à 1,5 ou inférieur à 1/1,5 est\
                 signalé.
                """
            )
        }
        return language == .fr ? fr : en
    }

    /// Why a line was flagged, in words.
    static func flagReason(_ flag: UnitValueFlag, period: StatisticsPeriod, _ language: Language) -> String {
        let value = Quantity.usd(flag.line.usdPerCaratCents, language)
        let lower = Quantity.usd(flag.lowerCentsPerCarat, language)
        let upper = Quantity.usd(flag.upperCentsPerCarat, language)
        let median = Quantity.usd(flag.medianCentsPerCarat, language)
        let origin = flag.line.origin
        if language == .fr {
            let side = flag.position == .below ? "sous" : "au-dessus de"
            return
                """
                \(value) par carat, \(side) la fourchette \(lower) – \(upper) (médiane \(median)) de l'origine\
                 \(origin), SH \(flag.line.hsCode), \(period).
                """
        }
        let side = flag.position == .below ? "below" : "above"
        return
            """
            \(value) per carat, \(side) the band \(lower) – \(upper) (median \(median)) of origin \(origin), HS\
             \(flag.line.hsCode), \(period).
            """
    }
}
