/// The transparency log's messages: its origin, sizes and indexes, tiles, witnesses and their cosignatures.
public enum LogMessage: MessageKey {
    case logOriginChanged(stored: String, configured: String)
    case logSizeBeyond(asked: String, size: String)
    case logIndexBeyond(leaf: String, size: String)
    case logConsistencyRange(from: String, to: String)
    case logTileUnknown(tile: String)
    case cosignatureInvalid(reason: String)
    case witnessUnknown(names: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .logOriginChanged(let stored, let configured):
            return (
                """
                This database's log is named \(stored), not \(configured): set KPCS_LOG_ORIGIN back to \(stored); a\
                 log cannot be renamed.
                """,
                """
                Le journal de cette base s'appelle \(stored), pas \(configured) : remettez KPCS_LOG_ORIGIN à \(stored)\
                 ; un journal ne peut\
                 pas être renommé.
                """
            )
        case .logSizeBeyond(let asked, let size):
            return (
                "The log has \(size) entries; \(asked) is beyond it.",
                "Le journal compte \(size) entrées ; \(asked) va au-delà."
            )
        case .logIndexBeyond(let leaf, let size):
            return (
                "Leaf \(leaf) is not in a tree of \(size) entries (leaves count from 0).",
                """
                La feuille \(leaf) n'est pas dans un arbre de \(size) entrées (les feuilles se comptent à partir de\
                 0).
                """
            )
        case .logConsistencyRange(let from, let to):
            return (
                "A consistency proof needs from ≤ to, not from \(from) to \(to).",
                "Une preuve de cohérence demande from ≤ to, pas de \(from) à \(to)."
            )
        case .logTileUnknown(let tile):
            return ("There is no tile \(tile) in this log.", "Il n'y a pas de tuile \(tile) dans ce journal.")
        case .cosignatureInvalid(let reason):
            return (
                "The cosignature is not valid for this log's checkpoint: \(reason).",
                "La cosignature n'est pas valable pour un point de contrôle de ce journal : \(reason)."
            )
        case .witnessUnknown(let names):
            return (
                "\(names) is not a witness this log accepts.", "\(names) n'est pas un témoin accepté par ce journal."
            )
        }
    }
}

extension LogMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case logOriginChanged = "log-origin-changed"
        case logSizeBeyond = "log-size-beyond"
        case logIndexBeyond = "log-index-beyond"
        case logConsistencyRange = "log-consistency-range"
        case logTileUnknown = "log-tile-unknown"
        case cosignatureInvalid = "cosignature-invalid"
        case witnessUnknown = "witness-unknown"
    }

    public var stableCode: Code {
        switch self {
        case .logOriginChanged: .logOriginChanged
        case .logSizeBeyond: .logSizeBeyond
        case .logIndexBeyond: .logIndexBeyond
        case .logConsistencyRange: .logConsistencyRange
        case .logTileUnknown: .logTileUnknown
        case .cosignatureInvalid: .cosignatureInvalid
        case .witnessUnknown: .witnessUnknown
        }
    }
}
