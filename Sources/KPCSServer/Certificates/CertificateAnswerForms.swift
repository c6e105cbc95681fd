import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The forms a certificate page shows its importer (confirm receipt or refuse) and its exporter (void), and the
/// reading of the posted confirmation.
extension CertificatePages {
    // MARK: the importer's confirmation

    static func confirmForm(
        _ certificate: Certificate, chrome: WebChrome, errors: WebParts.FieldErrors, form: [String: String]
    ) -> HTML {
        let language = chrome.language
        let refused = form["outcome"] == "refused"
        let receivedOn = form["receivedOn"] ?? CalendarDate(utcDayOf: Date()).description
        var html: HTML = """
            <h2 id="confirm-title">\(chrome.t(CertificateText.confirmTitle))</h2>\(errors.summary(chrome, labels: [:]))
            <form method="post" action="\(CertificatesURL.confirm(.value(certificate.number)))" id="confirm-form"\
             aria-labelledby="confirm-title">\(chrome.csrfField)
            <fieldset><legend>\(chrome.t(CertificateText.outcome))</legend>
            <p><input type="radio" id="outcome-received" name="outcome"\
             value="received"\(refused ? "" : " checked")\(errors.attributes("outcome-received"))> <label\
             for="outcome-received">\(chrome.t(CertificateText.outcomeReceived))</label><br>
            <input type="radio" id="outcome-refused" name="outcome" value="refused"\(refused ? " checked" : "")>\
             <label\
             for="outcome-refused">\(chrome.t(CertificateText.outcomeRefused))</label></p>\
            \(errors.message("outcome-received"))</fieldset>
            <p><label for="receivedOn">\(chrome.t(CertificateText.receivedOn))</label> <span class="hint"\
             id="receivedOn-hint">(\(chrome.t(CertificateText.dateHint)))</span><br>
            <input id="receivedOn" name="receivedOn" size="10"\
             value="\(receivedOn)"\(errors.attributes("receivedOn"))>\(errors.message("receivedOn"))</p>
            <p id="receipt-intro">\(chrome.t(ReceiptText.receiptIntro))</p>
            <table aria-describedby="receipt-intro"><caption>\(chrome.t(CertificateText.receivedQuantities))</caption>
            <thead><tr><th scope="col">\(chrome.t(CertificateLabel.hsCode))</th><th\
             scope="col">\(chrome.t(CertificateText.certifiedCarats))</th>
            <th scope="col">\(chrome.t(CertificateText.receivedCarats))</th><th\
             scope="col">\(chrome.t(CertificateText.certifiedParcels))</th><th\
             scope="col">\(chrome.t(CertificateText.receivedParcels))</th></tr></thead><tbody>
            """
        for (index, line) in certificate.lines.enumerated() {
            let carats = form["received-\(index)-carats"] ?? ""
            let parcels = form["received-\(index)-parcels"] ?? ""
            let caratsLabel = "\(CertificateText.receivedCarats.text(language)) \(line.hsCode.rawValue)"
            let parcelsLabel = "\(CertificateText.receivedParcels.text(language)) \(line.hsCode.rawValue)"
            html += """
                <tr><th scope="row">\(line.hsCode.rawValue)<input type="hidden" name="received-\(index)-hsCode"\
                 value="\(line.hsCode.rawValue)"></th>
                <td class="n">\(Quantity.carats(line.caratsX100, language))</td>
                <td><input id="received-\(index)-carats" name="received-\(index)-carats" size="12" inputmode="decimal"\
                 aria-label="\(caratsLabel)"\
                 value="\(carats)"\(errors.attributes("received-\(index)-carats"))>\
                \(errors.message("received-\(index)-carats"))</td>
                <td class="n">\(line.parcels)</td>
                <td><input id="received-\(index)-parcels" name="received-\(index)-parcels" size="6"\
                 inputmode="numeric" aria-label="\(parcelsLabel)"\
                 value="\(parcels)"\(errors.attributes("received-\(index)-parcels"))>\
                \(errors.message("received-\(index)-parcels"))</td></tr>
                """
        }
        html += """
            </tbody></table>
            <p><input type="checkbox" id="as-certified" name="asCertified"\
             value="yes"\(form["asCertified"] == "yes" ? " checked" : "")\(errors.attributes("as-certified"))>\
             <label for="as-certified">\(chrome.t(ReceiptText.asCertified))</label>\(errors.message("as-certified"))</p>
            <p><label for="confirm-reason">\(chrome.t(CertificateText.confirmReason))</label><br><textarea\
             id="confirm-reason" name="reason"\
             rows="3"\(errors.attributes("confirm-reason"))>\(form["reason"] ?? "")</textarea>\
            \(errors.message("confirm-reason"))</p>
            <p><button type="submit" id="confirm-submit">\(chrome.t(CertificateText.confirmButton))</button></p></form>
            """
        return html
    }

    /// The posted confirmation as the API's draft; a quantity that is not a number is an error on its field.
    static func confirmationDraft(
        _ fields: [String: String], certificate: Certificate, language: Language, errors: inout WebParts.FieldErrors
    ) -> ConfirmationDraft {
        let outcome = fields["outcome"] ?? "received"
        var lines: [ConfirmationDraft.ReceivedLineDraft] = []
        if outcome == "received", fields["asCertified"] == "yes" {
            // The quantities are the certified ones, said in so many words; a figure typed that differs is a
            // contradiction, not something to drop silently.
            for (index, line) in certificate.lines.enumerated() {
                let typedCarats = FormNumbers.hundredths(
                    fields.filled("received-\(index)-carats"), field: "as-certified",
                    label: CertificateText.receivedCarats, language: language, errors: &errors)
                let typedParcels = FormNumbers.whole(
                    fields.filled("received-\(index)-parcels"), field: "as-certified",
                    label: CertificateText.receivedParcels, language: language, errors: &errors)
                let differs =
                    typedCarats.map { $0 != line.caratsX100 } == true || typedParcels.map { $0 != line.parcels } == true
                if differs {
                    errors.add("as-certified", ReceiptText.asCertifiedConflict.text(language))
                }
                lines.append(.init(hsCode: line.hsCode.rawValue, caratsX100: line.caratsX100, parcels: line.parcels))
            }
        } else if outcome == "received" {
            for index in certificate.lines.indices {
                let caratsField = "received-\(index)-carats"
                let parcelsField = "received-\(index)-parcels"
                let carats = FormNumbers.hundredths(
                    fields[caratsField], field: caratsField, label: CertificateText.receivedCarats, language: language,
                    errors: &errors)
                let parcels = FormNumbers.whole(
                    fields[parcelsField], field: parcelsField, label: CertificateText.receivedParcels,
                    language: language, errors: &errors)
                lines.append(.init(hsCode: fields["received-\(index)-hsCode"], caratsX100: carats, parcels: parcels))
            }
        }
        return ConfirmationDraft(
            outcome: outcome, receivedOn: fields["receivedOn"], lines: outcome == "received" ? lines : nil,
            reason: fields.filled("reason"))
    }

    /// The form field a confirmation error's JSON pointer names.
    static func confirmField(_ pointer: String) -> String {
        let parts = pointer.split(separator: "/")
        if parts.count == 3, parts[0] == "lines", let index = Int(parts[1]) {
            return parts[2] == "parcels" ? "received-\(index)-parcels" : "received-\(index)-carats"
        }
        switch pointer {
        case "/receivedOn": return "receivedOn"
        case "/reason": return "confirm-reason"
        default: return "outcome-received"
        }
    }

    // MARK: the exporter's void

    static func voidForm(
        _ certificate: Certificate, chrome: WebChrome, errors: WebParts.FieldErrors, form: [String: String]
    ) -> HTML {
        """
        <h2 id="void-title">\(chrome.t(CertificateText.voidTitle))</h2><p>\(chrome.t(CertificateText.voidIntro))</p>
        <form method="post" action="\(CertificatesURL.void(.value(certificate.number)))" id="void-form"\
         aria-labelledby="void-title">\(chrome.csrfField)
        <p><label for="void-reason">\(chrome.t(CertificateText.voidReason))</label><br><textarea id="void-reason"\
         name="reason" rows="3"\
         required\(errors.attributes("void-reason"))>\(form["reason"] ?? "")</textarea>\
        \(errors.message("void-reason"))</p>
        <p><button type="submit" id="void-submit">\(chrome.t(CertificateText.voidButton))</button></p></form>
        """
    }
}
