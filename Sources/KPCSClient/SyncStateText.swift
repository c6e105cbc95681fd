import Foundation
import KPCSCore
import KPCSSeal

/// What the saved lists said of a certificate when they were fetched, for the offline report: the paper's state is
/// only as recent as the last sync, so the report says when that was.
public enum SyncStateText: Sendable {
    /// No answer and no void on the saved lists.
    case notAnswered(syncedAt: String)
    /// The saved lists name the certificate as answered or voided.
    case recorded(syncedAt: String, what: String)

    /// The line for a verification made with lists signed at `issuedAt` (Unix seconds).
    public static func line(for result: SealVerification, listsIssuedAt issuedAt: Int64, language: Language) -> String {
        let syncedAt = Timestamp.string(Date(timeIntervalSince1970: TimeInterval(issuedAt)))
        if let answered = result.answered {
            let what =
                switch (answered.outcome, language) {
                case (.received, .en): "received by \(answered.by) on \(answered.on)"
                case (.received, .fr): "reçu par \(answered.by) le \(answered.on)"
                case (.refused, .en): "refused by \(answered.by) on \(answered.on)"
                case (.refused, .fr): "refusé par \(answered.by) le \(answered.on)"
                }
            return SyncStateText.recorded(syncedAt: syncedAt, what: what).text(language)
        }
        if let voided = result.voided {
            let what = language == .fr ? "annulé le \(voided.voidedAt)" : "voided at \(voided.voidedAt)"
            return SyncStateText.recorded(syncedAt: syncedAt, what: what).text(language)
        }
        return SyncStateText.notAnswered(syncedAt: syncedAt).text(language)
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notAnswered(let at), .en):
            return "State as of the last sync (\(at)): no receipt, refusal or void recorded. Sync again to be sure."
        case (.notAnswered(let at), .fr):
            return """
                État à la dernière synchronisation (\(at)) : ni réception, ni refus, ni annulation enregistrés.\
                 Synchronisez de nouveau pour en être sûr.
                """
        case (.recorded(let at, let what), .en):
            return "State as of the last sync (\(at)): \(what)."
        case (.recorded(let at, let what), .fr):
            return "État à la dernière synchronisation (\(at)) : \(what)."
        }
    }
}
