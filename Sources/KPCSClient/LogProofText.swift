import KPCSCore

/// What a certificate's log proof showed, in English and French.
public enum LogProofText: CaseIterable, Sendable {
    case logProven, logNotProven

    public func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .logProven:
            (en, fr) = (
                "In the public log: this seal's issue and the events below are in the log's signed tree.",
                """
                Dans le journal public : la délivrance de ce sceau et les événements ci-dessous figurent dans l'arbre\
                 signé du journal.
                """
            )
        case .logNotProven:
            (en, fr) = (
                "Not proven in the public log: do not rely on this proof.",
                "Non prouvé dans le journal public : ne vous fiez pas à cette preuve."
            )
        }
        return language == .fr ? fr : en
    }
}
