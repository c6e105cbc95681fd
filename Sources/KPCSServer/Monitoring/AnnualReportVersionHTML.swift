import KPCSCore

/// The versions of a report, newest first: each section's text, the figures beside what kpcs computed (or a note
/// that they are withheld), and the WGM's review with its comment.
enum AnnualReportVersionHTML {
    static func versions(_ report: AnnualReport, chrome: WebChrome) -> HTML {
        guard !report.versions.isEmpty else {
            return "<p id=\"report-versions\">\(chrome.t(AnnualReportText.noVersion))</p>"
        }
        var html: HTML = "<div id=\"report-versions\">"
        for version in report.versions.reversed() { html += self.version(version, chrome: chrome) }
        return html + "</div>"
    }

    static func version(_ version: AnnualReportVersion, chrome: WebChrome) -> HTML {
        let language = chrome.language
        let id = "version-\(version.number)"
        var html: HTML = """
            <section class="report-version" id="\(id)" aria-labelledby="\(id)-title"><h2 id="\(id)-title">\
            \(chrome.t(AnnualReportText.version)) \(String(version.number))</h2><p>\
            \(chrome.t(AnnualReportText.submittedOn)) \(WebFormat.instant(version.submittedAt, language))\
             \(chrome.t(AnnualReportText.submittedBy)) \(version.submittedBy)</p>
            """
        if let review = version.review {
            html += """
                <div class="review" id="\(id)-review"><h3>\(chrome.t(AnnualReportText.review))</h3><p><strong>\
                \(AnnualReportText.outcome(review.outcome, language))</strong> — \
                \(chrome.t(AnnualReportText.reviewedBy)) \(review.reviewedBy),\
                 \(WebFormat.instant(review.reviewedAt, language))</p>\
                <p class="comment">\(review.comment ?? chrome.t(AnnualReportText.commentNone))</p></div>
                """
        }
        for section in AnnualReportSection.allCases {
            html += """
                <h3>\(AnnualReportText.section(section, language))</h3>\
                <p class="report-text">\(version.sections[section] ?? "")</p>
                """
        }
        guard let figures = version.figures else {
            return html + "<p class=\"hint\">\(chrome.t(AnnualReportText.withheld))</p></section>"
        }
        html += """
            <div class="scroll" tabindex="0"><table class="report-figures"><caption>\
            \(chrome.t(AnnualReportText.figuresHeading))</caption><thead><tr><th\
             scope="col">\(chrome.t(AnnualReportText.figure))</th><th\
             scope="col">\(chrome.t(AnnualReportText.reported))</th><th\
             scope="col">\(chrome.t(AnnualReportText.computed))</th><th\
             scope="col">\(chrome.t(AnnualReportText.reason))</th></tr></thead><tbody>
            """
        for figure in AnnualReportFigure.allCases {
            let reported = figures[figure] ?? ReportedFigure(value: nil, computed: nil)
            html += """
                <tr\(reported.isEdited ? " class=\"edited\"" : "")><th scope="row">\
                \(AnnualReportText.figure(figure, language))</th>\
                \(WebFormat.numberCell(AnnualReportText.value(reported.value, of: figure, language)))\
                \(WebFormat.numberCell(AnnualReportText.value(reported.computed, of: figure, language)))\
                <td>\(reported.reason ?? "")</td></tr>
                """
        }
        return html + "</tbody></table></div></section>"
    }
}
