import KPCSCore

/// The texts of the conflict definitions' page, in English and French.
enum ConflictDefinitionText: CaseIterable, LocalizedText {
    case title, intro, definition, counted, deployment, whatIf, whatIfIntro, zones, certificates, carats, value
    case none, period

    static func name(_ definition: ConflictDefinition, _ language: Language) -> String {
        switch (definition, language) {
        case (.kp2003, .en): "The KP's definition (2003)"
        case (.kp2003, .fr): "La définition du KP (2003)"
        case (.broadened2019, .en): "The broadened definition proposed in 2018–2019"
        case (.broadened2019, .fr): "La définition élargie proposée en 2018-2019"
        }
    }

    static func summary(_ definition: ConflictDefinition, _ language: Language) -> String {
        switch (definition, language) {
        case (.kp2003, .en):
            """
            Rough diamonds used by rebel movements or their allies to finance conflict aimed at undermining \
            legitimate governments.
            """
        case (.kp2003, .fr):
            """
            Diamants bruts utilisés par des mouvements rebelles ou leurs alliés pour financer des conflits visant à \
            renverser des gouvernements légitimes.
            """
        case (.broadened2019, .en):
            """
            Violence by any actor, public or private security forces included; the 2019 Plenary did not reach \
            consensus on it.
            """
        case (.broadened2019, .fr):
            """
            La violence de tout acteur, forces de sécurité publiques ou privées comprises ; la Plénière de 2019 n'a \
            pas atteint le consensus.
            """
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("The conflict definition", "La définition du conflit")
        case .intro:
            (en, fr) = (
                """
                Each definition is a named, versioned policy that says which kinds of incident count. The \
                deployment's definition decides which corroborated reports put a zone under review.
                """,
                """
                Chaque définition est une politique nommée et versionnée qui dit quels types d'incident comptent. La \
                définition du déploiement décide quels signalements corroborés placent une zone en examen.
                """
            )
        case .definition: (en, fr) = ("Definition", "Définition")
        case .counted: (en, fr) = ("Kinds that count", "Types qui comptent")
        case .deployment: (en, fr) = ("applied by this deployment", "appliquée par ce déploiement")
        case .whatIf: (en, fr) = ("What if", "Et si")
        case .whatIfIntro:
            (en, fr) = (
                """
                Under each definition: the zones that the period's corroborated reports would affect, and the \
                certified trade of the period (voided certificates left out) whose origin was one of them.
                """,
                """
                Sous chaque définition : les zones que les signalements corroborés de la période toucheraient, et le \
                commerce certifié de la période (certificats annulés exclus) dont l'origine était l'une d'elles.
                """
            )
        case .zones: (en, fr) = ("Zones affected", "Zones touchées")
        case .certificates: (en, fr) = ("Certificates", "Certificats")
        case .carats: (en, fr) = ("Carats", "Carats")
        case .value: (en, fr) = ("USD", "USD")
        case .none: (en, fr) = ("none", "aucune")
        case .period: (en, fr) = ("Year", "Année")
        }
        return language == .fr ? fr : en
    }
}
