import Foundation
import KPCSCore
import KPCSSeal

/// A verification as plain text for a terminal: the verdict, then what the seal says, in English or French.
public enum SealReport {
    /// The report; `listsIssuedAt` (Unix seconds) is when the saved lists were signed, for the state line of an
    /// offline check.
    public static func text(_ result: SealVerification, listsIssuedAt: Int64? = nil, language: Language) -> String {
        var lines = [(result.verdict.isAcceptable ? "OK  " : "NO  ") + result.message(in: language)]
        if let detail = result.detail { lines.append("    (\(detail))") }
        if let listsIssuedAt, result.claims != nil, result.verdict != .notASeal {
            lines.append(SyncStateText.line(for: result, listsIssuedAt: listsIssuedAt, language: language))
        }
        guard let claims = result.claims, result.verdict != .notASeal else { return lines.joined(separator: "\n") }
        func add(_ label: CertificateLabel, _ value: String) {
            lines.append("\(label.text(language).padding(toLength: 26, withPad: " ", startingAt: 0))\(value)")
        }
        lines.append("")
        add(.certificateNumber, claims.number)
        add(.exportingParticipant, claims.exportingParticipant)
        add(.importingParticipant, claims.importingParticipant)
        add(.exporter, claims.exporterName)
        add(.importer, claims.importerName)
        add(.origin, claims.origin.joined(separator: ", "))
        if let zone = claims.originZone { add(.originZone, zone) }
        add(.issuedOn, claims.issuedOn.description)
        add(.expiresOn, claims.expiresOn.description)
        if let replaces = claims.replaces { add(.replaces, replaces) }
        if let key = result.key {
            add(.sealedBy, "\(key.authorityName) (\(key.participant), \(key.status.label(in: language)))")
        }
        for line in claims.lines {
            add(
                .hsCode,
                """
                \(line.hsCode.rawValue)  \(Quantity.carats(line.caratsX100, language)) ct \
                 \(Quantity.usd(line.valueUsdCents, language))  \(line.parcels)
                """
            )
        }
        add(
            .total,
            """
            \(Quantity.carats(claims.totals.caratsX100, language)) ct \
             \(Quantity.usd(claims.totals.valueUsdCents, language))  \(claims.totals.parcels)
            """
        )
        return lines.joined(separator: "\n")
    }

    /// What a proof bundle showed, as terminal text.
    public static func logText(_ outcome: ProofBundle.Outcome, language: Language) -> String {
        guard let checkpoint = outcome.checkpoint, outcome.problem == nil else {
            return "NO  " + LogProofText.logNotProven.text(language) + "\n    (\(outcome.problem ?? ""))"
        }
        let events = outcome.events.map { "\($0.event) #\($0.index)" }.joined(separator: ", ")
        return "OK  " + LogProofText.logProven.text(language)
            + "\n    \(checkpoint.origin) \(checkpoint.size): \(events)"
    }
}
