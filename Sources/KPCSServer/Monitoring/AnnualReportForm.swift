import KPCSCore

/// The forms of an annual report: the delegate's submission (each section, each figure prefilled from kpcs's
/// records with the computed value beside it, a reason where it changes) and the WGM's review.
enum AnnualReportForm {
    /// A figure's label, for the number readers' messages.
    struct FigureLabel: LocalizedText {
        let figure: AnnualReportFigure
        func text(_ language: Language) -> String { AnnualReportText.figure(figure, language) }
    }

    /// The form's field for a refusal's JSON pointer: `/sections/legislation` is `section-legislation`,
    /// `/figures/exports-voided/reason` is `reason-exports-voided`, any other figure fault is on its value.
    static func fieldId(_ pointer: String) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        if parts.first == "sections", parts.count > 1 { return "section-\(parts[1])" }
        if parts.first == "figures", parts.count > 1 {
            return (parts.last == "reason" ? "reason-" : "figure-") + parts[1]
        }
        return "section-\(AnnualReportSection.legislation.rawValue)"
    }

    /// The draft the posted fields make: every section, and every figure as typed (an empty value is not
    /// reported), with its reason. A number that cannot be read is an error on its field.
    static func draft(
        _ fields: [String: String], language: Language, errors: inout WebParts.FieldErrors
    ) -> AnnualReportDraft {
        var sections: [String: String] = [:]
        for section in AnnualReportSection.allCases {
            sections[section.rawValue] = fields["section-\(section.rawValue)"] ?? ""
        }
        var figures: [String: AnnualReportDraft.FigureDraft] = [:]
        for figure in AnnualReportFigure.allCases {
            let id = "figure-\(figure.rawValue)"
            let text = fields[id]
            let label = FigureLabel(figure: figure)
            let value =
                figure.unit == .count
                ? FormNumbers.whole(text, field: id, label: label, language: language, errors: &errors)
                : FormNumbers.hundredths(text, field: id, label: label, language: language, errors: &errors)
            figures[figure.rawValue] = AnnualReportDraft.FigureDraft(
                value: value, reason: fields.filled("reason-\(figure.rawValue)"))
        }
        return AnnualReportDraft(sections: sections, figures: figures)
    }

    /// A value as the form shows it for editing.
    static func editable(_ value: Int64?, of figure: AnnualReportFigure, _ language: Language) -> String {
        guard let value else { return "" }
        return figure.unit == .count ? String(value) : Quantity.editable(value, language)
    }

    static func submission(
        _ report: AnnualReport, computed: [AnnualReportFigure: Int64], errors: WebParts.FieldErrors,
        form: [String: String], chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        let last = report.versions.last
        let action = MonitoringURL.annualReport(.value(report.participant), .value(String(report.year)))
        var html: HTML = """
            <section aria-labelledby="report-form-title"><h2 id="report-form-title">\
            \(chrome.t(AnnualReportText.submit))</h2><p class="hint">\(chrome.t(AnnualReportText.submitHint))</p>\
            <form method="post" action="\(action)" id="report-form">\(chrome.csrfField)\
            <h3>\(chrome.t(AnnualReportText.sectionsHeading))</h3>
            """
        for section in AnnualReportSection.allCases {
            let id = "section-\(section.rawValue)"
            let text = form[id] ?? last?.sections[section] ?? ""
            html += """
                <p><label for="\(id)">\(AnnualReportText.section(section, language))</label><br><textarea\
                 id="\(id)" name="\(id)" rows="4" cols="70"\(errors.attributes(id))>\(text)</textarea>\
                \(errors.message(id))</p>
                """
        }
        html += """
            <h3>\(chrome.t(AnnualReportText.figuresHeading))</h3><div class="scroll" tabindex="0"><table\
             id="report-figures"><thead><tr><th scope="col">\(chrome.t(AnnualReportText.figure))</th><th\
             scope="col">\(chrome.t(AnnualReportText.computed))</th><th\
             scope="col">\(chrome.t(AnnualReportText.reported))</th><th\
             scope="col">\(chrome.t(AnnualReportText.reason))</th></tr></thead><tbody>
            """
        for figure in AnnualReportFigure.allCases {
            let (id, reasonId) = ("figure-\(figure.rawValue)", "reason-\(figure.rawValue)")
            // A figure the last version changed keeps its change and reason; any other starts from the computed.
            let previous = last?.figures?[figure].flatMap { $0.isEdited ? $0 : nil }
            let value = form[id] ?? editable(previous?.value ?? computed[figure], of: figure, language)
            let reason = form[reasonId] ?? previous?.reason ?? ""
            let name = AnnualReportText.figure(figure, language)
            html += """
                <tr><th scope="row"><label for="\(id)">\(name)</label></th>\
                \(WebFormat.numberCell(AnnualReportText.value(computed[figure], of: figure, language)))\
                <td><input id="\(id)" name="\(id)" size="16" inputmode="decimal" value="\(value)"\
                \(errors.attributes(id))>\(errors.message(id))</td>\
                <td><input id="\(reasonId)" name="\(reasonId)" size="30" value="\(reason)"\
                 aria-label="\(chrome.t(AnnualReportText.reason)) — \(name)"\(errors.attributes(reasonId))>\
                \(errors.message(reasonId))</td></tr>
                """
        }
        return html + """
            </tbody></table></div><p class="hint">\(chrome.t(AnnualReportText.reasonHint))</p>\
            <p><button type="submit">\(chrome.t(AnnualReportText.submit))</button></p></form></section>
            """
    }

    static func review(
        _ report: AnnualReport, version: Int, errors: WebParts.FieldErrors, form: [String: String],
        chrome: WebChrome
    ) -> HTML {
        let action = MonitoringURL.annualReportReview(.value(report.participant), .value(String(report.year)))
        let returned = form["outcome"] == ReviewOutcome.returned.rawValue
        return """
            <section aria-labelledby="review-form-title"><h2 id="review-form-title">\
            \(chrome.t(AnnualReportText.review)) — \(chrome.t(AnnualReportText.version)) \(String(version))</h2>\
            <p class="hint">\(chrome.t(AnnualReportText.reviewHint))</p>\
            <form method="post" action="\(action)" id="review-form">\(chrome.csrfField)\
            <input type="hidden" name="version" value="\(String(version))">\
            <fieldset><legend>\(chrome.t(AnnualReportText.outcome))</legend>\
            <p><input type="radio" id="review-accepted" name="outcome" value="accepted"\
            \(returned ? "" : " checked")> <label for="review-accepted">\
            \(chrome.t(AnnualReportText.accept))</label></p>\
            <p><input type="radio" id="review-returned" name="outcome" value="returned"\(returned ? " checked" : "")>\
             <label for="review-returned">\(chrome.t(AnnualReportText.giveBack))</label></p></fieldset>\
            \(errors.message("review-accepted"))\
            <p><label for="review-comment">\(chrome.t(AnnualReportText.comment))</label><br><textarea\
             id="review-comment" name="comment" rows="4" cols="70"\(errors.attributes("review-comment"))>\
            \(form["comment"] ?? "")</textarea>\(errors.message("review-comment"))</p>\
            <p><button type="submit">\(chrome.t(AnnualReportText.review))</button></p></form></section>
            """
    }
}
