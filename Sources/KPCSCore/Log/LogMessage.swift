/// The transparency log's messages: its origin, sizes and indexes, tiles, witnesses and their cosignatures.
public enum LogMessage: String, MessageKey, CaseIterable {
    case logOriginChanged = "log-origin-changed"
    case logSizeBeyond = "log-size-beyond"
    case logIndexBeyond = "log-index-beyond"
    case logConsistencyRange = "log-consistency-range"
    case logTileUnknown = "log-tile-unknown"
    case cosignatureInvalid = "cosignature-invalid"
    case witnessUnknown = "witness-unknown"

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .logOriginChanged:
            return (
                "This database's log is named {0}, not {1}: set KPCS_LOG_ORIGIN back to {0}; a log cannot be renamed.",
                """
                Le journal de cette base s'appelle {0}, pas {1} : remettez KPCS_LOG_ORIGIN à {0} ; un journal ne peut\
                 pas être renommé.
                """
            )
        case .logSizeBeyond:
            return ("The log has {1} entries; {0} is beyond it.", "Le journal compte {1} entrées ; {0} va au-delà.")
        case .logIndexBeyond:
            return (
                "Leaf {0} is not in a tree of {1} entries (leaves count from 0).",
                "La feuille {0} n'est pas dans un arbre de {1} entrées (les feuilles se comptent à partir de 0)."
            )
        case .logConsistencyRange:
            return (
                "A consistency proof needs from ≤ to, not from {0} to {1}.",
                "Une preuve de cohérence demande from ≤ to, pas de {0} à {1}."
            )
        case .logTileUnknown:
            return ("There is no tile {0} in this log.", "Il n'y a pas de tuile {0} dans ce journal.")
        case .cosignatureInvalid:
            return (
                "The cosignature is not valid for this log's checkpoint: {0}.",
                "La cosignature n'est pas valable pour un point de contrôle de ce journal : {0}."
            )
        case .witnessUnknown:
            return ("{0} is not a witness this log accepts.", "{0} n'est pas un témoin accepté par ce journal.")
        }
    }
}
