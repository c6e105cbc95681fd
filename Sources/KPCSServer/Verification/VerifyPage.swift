import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore

/// `GET /verify`: a form for the `KP1:` text and, when one is given, the verdict and what the seal says.
enum VerifyPage {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, VerificationURL.page, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let seal = request.query("seal")
                var result: OnlineVerification?
                if let seal { result = try await store.keys.verifyOnline(seal) }
                return chrome.page(
                    VerifyText.verifyTitle.text(chrome.language),
                    body: body(seal: seal, result: result, language: chrome.language),
                    request: request)
            }
        ]
    }

    static func body(seal: String?, result: OnlineVerification?, language: Language) -> HTML {
        func t(_ text: some LocalizedText) -> String { text.text(language) }
        var html: HTML = """
            <h1>\(t(VerifyText.verifyTitle))</h1><p>\(t(VerifyText.verifyIntro))</p>
            <form method="get" action="\(VerificationURL.page)"><input type="hidden" name="lang"\
             value="\(language.rawValue)">
            <label for="seal">\(t(VerifyText.sealLabel))</label><br>
            <textarea id="seal" name="seal" rows="6" required>\(seal ?? "")</textarea><br>
            <button type="submit">\(t(VerifyText.verifyButton))</button></form>
            """
        guard let result else { return html }
        let verification = result.verification
        html +=
            """
            <section aria-live="polite"><h2 id="verdict" class="verdict \(Self.verdictClass(result))"\
             data-verdict="\(verification.verdict.rawValue)">\(verification.message(in: language))</h2>
            """
        if verification.verdict != .notASeal, verification.claims != nil, !result.matchesRecord {
            html += "<p class=\"verdict bad\">\(t(VerifyText.notTheStoredSeal))</p>"
        }
        if let claims = verification.claims, verification.verdict != .notASeal {
            html += claimsTable(claims, key: verification.key, liveState: result.liveState, language: language)
        }
        return html + "</section>"
    }

    /// The verdict's colour: one per kind (accept, used, refused, voided, expired, forged, sync first); a genuine
    /// seal that is not the one stored for its certificate is shown as forged.
    static func verdictClass(_ result: OnlineVerification) -> String {
        let kind = result.verification.verdict.kind
        if kind == .accept { return result.matchesRecord ? "ok" : "bad" }
        return kind == .forged ? "bad" : "v-\(kind.rawValue)"
    }

    static func claimsTable(
        _ claims: SealClaims, key: TrustedKey?, liveState: CertificateState?, language: Language
    ) -> HTML {
        func t(_ text: some LocalizedText) -> String { text.text(language) }
        func row(_ label: some LocalizedText, _ value: String) -> HTML {
            "<tr><th scope=\"row\">\(t(label))</th><td>\(value)</td></tr>"
        }
        var html: HTML = "<table>"
        html += row(CertificateLabel.certificateNumber, claims.number)
        html +=
            row(CertificateLabel.exportingParticipant, claims.exportingParticipant)
            + row(CertificateLabel.importingParticipant, claims.importingParticipant)
        html +=
            row(CertificateLabel.exporter, claims.exporterName) + row(CertificateLabel.importer, claims.importerName)
        html += row(CertificateLabel.origin, claims.origin.joined(separator: ", "))
        if let zone = claims.originZone { html += row(CertificateLabel.originZone, zone) }
        html +=
            row(CertificateLabel.issuedOn, claims.issuedOn.description)
            + row(CertificateLabel.expiresOn, claims.expiresOn.description)
        if let replaces = claims.replaces { html += row(CertificateLabel.replaces, replaces) }
        if let key { html += row(CertificateLabel.sealedBy, "\(key.authorityName) (\(key.participant))") }
        if let liveState { html += row(VerifyText.liveState, liveState.label(in: language)) }
        html +=
            """
            </table><table><thead><tr><th scope="col">\(t(CertificateLabel.hsCode))</th><th\
             scope="col">\(t(CertificateLabel.carats))</th>
            """
        html +=
            """
            <th scope="col">\(t(CertificateLabel.valueUsd))</th><th\
             scope="col">\(t(CertificateLabel.parcels))</th></tr></thead><tbody>
            """
        for line in claims.lines {
            html +=
                "<tr><td>\(line.hsCode.rawValue)</td><td class=\"n\">\(Quantity.carats(line.caratsX100, language))</td>"
            html +=
                """
                <td class="n">\(Quantity.usd(line.valueUsdCents, language))</td><td class="n">\(line.parcels)</td></tr>
                """
        }
        html +=
            """
            <tr><th scope="row">\(t(CertificateLabel.total))</th><td\
             class="n">\(Quantity.carats(claims.totals.caratsX100, language))</td>
            """
        html +=
            """
            <td class="n">\(Quantity.usd(claims.totals.valueUsdCents, language))</td><td\
             class="n">\(claims.totals.parcels)</td></tr>
            """
        return html + "</tbody></table>"
    }
}
