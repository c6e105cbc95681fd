import Foundation
import KPCSCore
import KPCSStore

/// A catalogue of interface texts, one case per text, each in English and French.
protocol LocalizedText: Sendable {
    func text(_ language: Language) -> String
}

extension WebText: LocalizedText {}
extension CertificateLabel: LocalizedText {}
extension VerifyText: LocalizedText {}

extension WebChrome {
    /// Any catalogue's text in this page's language (escaped where it is interpolated into ``HTML``).
    func t(_ text: some LocalizedText) -> String { text.text(language) }
}

/// Dates, times and names as a reader of each language expects them. Quantities come from ``Quantity``.
enum WebFormat {
    static let monthsEn = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let monthsFr = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    /// `23 November 2026` or `23 novembre 2026`.
    static func date(_ date: CalendarDate, _ language: Language) -> String {
        "\(date.day) \((language == .fr ? monthsFr : monthsEn)[date.month - 1]) \(date.year)"
    }

    /// An ISO 8601 UTC instant as `23 November 2026, 14:05 UTC`.
    static func instant(_ text: String, _ language: Language) -> String {
        guard let instant = Timestamp.date(text) else { return text }
        let seconds = Int(instant.timeIntervalSince1970)
        let day = CalendarDate(utcDayOf: instant)
        let minutes = (seconds % 86_400 + 86_400) % 86_400 / 60
        let clock = String(format: "%02d:%02d", minutes / 60, minutes % 60)
        return date(day, language) + ", \(clock) UTC"
    }

    static func participant(_ named: NamedParticipant, _ language: Language) -> String {
        "\(language == .fr ? named.nameFr : named.nameEn) (\(named.code))"
    }

    /// `<td class="n">` for a number.
    static func numberCell(_ text: String) -> HTML { "<td class=\"n\">\(text)</td>" }

    /// A participant's code, its name in the page's language spelled out for whoever hovers or reads aloud.
    static func participantCode(_ named: NamedParticipant, _ language: Language) -> HTML {
        "<abbr title=\"\(language == .fr ? named.nameFr : named.nameEn)\">\(named.code)</abbr>"
    }

    /// A certificate's state as a coloured tag: the words carry the meaning, the colour only helps the eye.
    static func stateTag(_ state: CertificateState, _ language: Language) -> HTML {
        "<span class=\"tag s-\(state.rawValue)\">\(state.label(in: language))</span>"
    }
}

/// Pieces several pages share: a list of certificates, the pager, form fields with their error beside them.
enum WebParts {
    /// A table of certificates with a link to each, or a sentence when there is none.
    static func certificateTable(_ records: [CertificateRecord], id: String, caption: String, chrome: WebChrome) -> HTML
    {
        guard !records.isEmpty else { return "<p>\(chrome.t(CertificateText.noCertificates))</p>" }
        let language = chrome.language
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="\(id)"><caption>\(caption)</caption><thead><tr><th\
             scope="col">\(chrome.t(CertificateLabel.certificateNumber))</th>
            <th scope="col">\(chrome.t(CertificateText.state))</th><th\
             scope="col">\(chrome.t(CertificateLabel.exportingParticipant))</th>
            <th scope="col">\(chrome.t(CertificateLabel.importingParticipant))</th><th\
             scope="col">\(chrome.t(CertificateLabel.exporter))</th><th\
             scope="col">\(chrome.t(CertificateLabel.importer))</th><th\
             scope="col">\(chrome.t(CertificateLabel.issuedOn))</th><th\
             scope="col">\(chrome.t(CertificateLabel.expiresOn))</th>
            <th scope="col">\(chrome.t(CertificateText.caratsColumn))</th><th\
             scope="col">\(chrome.t(CertificateText.usdColumn))</th></tr></thead><tbody>
            """
        for record in records {
            let certificate = record.certificate
            html +=
                """
                <tr><td><a\
                 href="\(CertificatesURL.certificate(.value(certificate.number)))"\
                  class="nw">\(certificate.number)</a></td>
                """
            html += "<td>\(WebFormat.stateTag(certificate.state, language))</td>"
            html += "<td>\(WebFormat.participantCode(record.exportingParticipant, language))</td>"
            html += "<td>\(WebFormat.participantCode(record.importingParticipant, language))</td>"
            html += "<td>\(record.exporter.name)</td><td>\(record.importer.name)</td>"
            html += "<td class=\"nw\">\(WebFormat.date(certificate.issuedOn, language))</td>"
            html += "<td class=\"nw\">\(WebFormat.date(certificate.expiresOn, language))</td>"
            html += WebFormat.numberCell(Quantity.carats(certificate.totals.caratsX100, language))
            html += WebFormat.numberCell(Quantity.dollars(certificate.totals.valueUsdCents, language)) + "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// An `<option>` of a `<select>`.
    static func option(_ value: String, _ text: String, selected: Bool) -> HTML {
        "<option value=\"\(value)\"\(selected ? " selected" : "")>\(text)</option>"
    }

    /// "Page 2 of 7 · Previous page · Next page", the links keeping the other query parameters.
    static func pager(
        page: Int, perPage: Int, total: Int64, path: some SiteURL, query: [(String, String)], chrome: WebChrome
    ) -> HTML {
        let pages = max(1, Int((total + Int64(perPage) - 1) / Int64(perPage)))
        let base = path.path(query: query + [("lang", chrome.language.rawValue)])
        let pageOf = WebText.pageOf.text(chrome.language).replacingOccurrences(
            of: "{0}", with: String(min(page, pages))
        )
        .replacingOccurrences(of: "{1}", with: String(pages))
        var html: HTML = "<p>\(pageOf)"
        if page > 1 {
            html += " · <a href=\"\(base)&amp;page=\(page - 1)\" rel=\"prev\">\(chrome.t(WebText.previousPage))</a>"
        }
        if page < pages {
            html += " · <a href=\"\(base)&amp;page=\(page + 1)\" rel=\"next\">\(chrome.t(WebText.nextPage))</a>"
        }
        return html + "</p>"
    }

    /// The errors of a form, each field's message beside it and a summary at the top linking to each field.
    struct FieldErrors: Sendable {
        var messages: [String: [String]] = [:]
        var order: [String] = []

        mutating func add(_ field: String, _ message: String) {
            if messages[field] == nil { order.append(field) }
            messages[field, default: []].append(message)
        }

        var isEmpty: Bool { messages.isEmpty }

        /// Puts a refusal's messages beside the fields its JSON pointers name (`field` maps a pointer to a field id),
        /// leaving out fields already at fault (a number that could not be read is then also "required"). A
        /// "required" message names the field by its label when `labels` has it, not by the API's field name.
        mutating func add(
            _ error: KPCSError, language: Language, labels: [String: String] = [:], skipping: Set<String> = [],
            field: (String) -> String
        ) {
            if error.violations.isEmpty { add(field(""), error.message.text(in: language)) }
            for violation in error.violations {
                let id = field(violation.pointer)
                guard !skipping.contains(id) else { continue }
                let message =
                    violation.message.has(RequestMessage.Code.fieldRequired) && labels[id] != nil
                    ? LocalizedMessage(RequestMessage.fieldRequired(field: labels[id] ?? id)) : violation.message
                add(id, message.text(in: language))
            }
        }

        /// `aria-invalid` and `aria-describedby` for a field at fault.
        func attributes(_ field: String) -> HTML {
            messages[field] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(field)-error\""
        }

        /// The message paragraph beside a field, if it is at fault.
        func message(_ field: String) -> HTML {
            guard let texts = messages[field] else { return "" }
            return "<p class=\"field-error error\" id=\"\(field)-error\">\(texts.joined(separator: " "))</p>"
        }

        /// The summary at the top of the form.
        func summary(_ chrome: WebChrome, labels: [String: String]) -> HTML {
            guard !isEmpty else { return "" }
            var html: HTML =
                """
                <div id="error-summary" class="verdict bad" role="alert"\
                 tabindex="-1"><h2>\(chrome.t(CertificateText.errorSummary))</h2><ul>
                """
            for field in order {
                let label = labels[field].map { $0 + " — " } ?? ""
                html +=
                    "<li><a href=\"#\(field)\">\(label)\(messages[field, default: []].joined(separator: " "))</a></li>"
            }
            return html + "</ul></div>"
        }
    }
}

/// Numbers typed into forms, read exactly; a number that cannot be read, or is negative, is an error on its field,
/// in words.
enum FormNumbers {
    /// Carats or US dollars into hundredths; nil (and no error) when the field is empty, so the rules say it is
    /// required.
    static func hundredths(
        _ text: String?, field: String, label: some LocalizedText, language: Language,
        errors: inout WebParts.FieldErrors
    ) -> Int64? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Quantity.hundredths(text, language) else {
            let (name, example) = (label.text(language), language == .fr ? "1234,56" : "1234.56")
            let message: WebMessage =
                if let magnitude = unsigned(text).flatMap({ Quantity.hundredths($0, language) }), magnitude > 0 {
                    .numberNegative(field: name, example: example)
                } else {
                    .decimalInvalid(field: name, example: example)
                }
            errors.add(field, LocalizedMessage(message).text(in: language))
            return nil
        }
        return value
    }

    /// A count (parcels).
    static func whole(
        _ text: String?, field: String, label: some LocalizedText, language: Language,
        errors: inout WebParts.FieldErrors
    ) -> Int64? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard text.allSatisfy(\.isASCIIDigit), let value = Int64(text) else {
            let digits = unsigned(text) ?? ""
            let message: WebMessage =
                if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.contains(where: { $0 != "0" }) {
                    .numberNegative(field: label.text(language), example: "3")
                } else {
                    .wholeNumberInvalid(field: label.text(language))
                }
            errors.add(field, LocalizedMessage(message).text(in: language))
            return nil
        }
        return value
    }

    /// The signs a person may type before a negative number: hyphen-minus, minus sign (U+2212), en dash.
    static let minusSigns: Set<Character> = ["-", "\u{2212}", "\u{2013}"]

    /// What follows a leading minus sign, when the text has one and something after it; nil otherwise. A negative
    /// number is then named as such, not as a number that cannot be read.
    static func unsigned(_ text: String) -> String? {
        guard let first = text.first, minusSigns.contains(first) else { return nil }
        let rest = text.dropFirst().trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }
}
