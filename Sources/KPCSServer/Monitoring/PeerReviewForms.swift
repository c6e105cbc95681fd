import KPCSCore

/// The parts of the peer review pages: a review's facts, its recommendations' table, and the forms that record a
/// review and make recommendations (one, or a pasted CSV).
enum PeerReviewForms {
    static func details(_ review: PeerReview, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <dl id="review-details"><dt>\(chrome.t(PeerReviewText.participant))</dt>\
            <dd><a href="\(RegistryURL.participant(.value(review.participant)))">\(review.participant)</a></dd>\
            <dt>\(chrome.t(PeerReviewText.kind))</dt><dd>\(PeerReviewText.kind(review.kind, language))</dd>\
            <dt>\(chrome.t(PeerReviewText.days))</dt><dd>\(WebFormat.date(review.startsOn, language)) –\
             \(WebFormat.date(review.endsOn, language))</dd>
            """
        if let decision = review.decisionId {
            html += """
                <dt>\(chrome.t(PeerReviewText.decision))</dt><dd><a\
                 href="\(GovernanceURL.decision(.value(String(decision))))">\
                \(review.decisionNumber ?? String(decision))\
                </a></dd>
                """
        }
        html += "</dl><h2>\(chrome.t(PeerReviewText.team))</h2><ul id=\"review-team\">"
        for member in review.team {
            html += "<li>\(member.code) — \(PeerReviewText.role(member.role, language))</li>"
        }
        return html + "</ul>"
    }

    static func recommendationTable(_ items: [ReviewRecommendation], today: CalendarDate, chrome: WebChrome) -> HTML {
        let language = chrome.language
        guard !items.isEmpty else {
            return "<p id=\"recommendations\">\(chrome.t(PeerReviewText.noRecommendations))</p>"
        }
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="recommendations"><thead><tr><th\
             scope="col">\(chrome.t(PeerReviewText.number))</th><th scope="col">\(chrome.t(PeerReviewText.text))</th>\
            <th scope="col">\(chrome.t(PeerReviewText.owner))</th><th\
             scope="col">\(chrome.t(PeerReviewText.deadline))</th><th\
             scope="col">\(chrome.t(PeerReviewText.status))</th><th\
             scope="col">\(chrome.t(PeerReviewText.progress))</th><th\
             scope="col">\(chrome.t(PeerReviewText.overdue))</th></tr></thead><tbody>
            """
        for item in items {
            let overdue = item.isOverdue(today: today)
            html += """
                <tr\(overdue ? " class=\"flag\"" : "")><td><a\
                 href="\(MonitoringURL.recommendation(.value(String(item.id))))">\(String(item.number))</a></td>\
                <td>\(item.text(in: language))</td><td>\(item.owner)</td>\
                <td>\(WebFormat.date(item.deadline, language))</td><td>\(PeerReviewText.status(item.status, language))\
                </td>\(WebFormat.numberCell(item.progress.map { "\($0) %" } ?? "—"))\
                <td>\(chrome.t(overdue ? PeerReviewText.yes : PeerReviewText.no))</td></tr>
                """
        }
        return html + "</tbody></table></div>"
    }

    static func field(
        _ id: String, name: String, label: PeerReviewText, type: String = "text", size: Int = 20,
        errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome
    ) -> HTML {
        """
        <p><label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" type="\(type)"\
         size="\(size)" value="\(form[name] ?? "")"\(errors.attributes(id))>\(errors.message(id))</p>
        """
    }

    static func record(errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome) -> HTML {
        let language = chrome.language
        var kinds: HTML = ""
        for kind in PeerReviewKind.allCases {
            kinds += WebParts.option(
                kind.rawValue, PeerReviewText.kind(kind, language), selected: form["kind"] == kind.rawValue)
        }
        func input(_ name: String, _ label: PeerReviewText, type: String = "text", size: Int = 20) -> HTML {
            field(
                "review-\(name)", name: name, label: label, type: type, size: size, errors: errors, form: form,
                chrome: chrome)
        }
        return """
            <section aria-labelledby="review-form-title"><h2 id="review-form-title">\
            \(chrome.t(PeerReviewText.record))</h2><p class="hint">\(chrome.t(PeerReviewText.recordHint))</p>\
            <form method="post" action="\(MonitoringURL.peerReviews)" id="review-form">\(chrome.csrfField)\
            \(input("participant", .participant, size: 4))\
            <p><label for="review-kind">\(chrome.t(PeerReviewText.kind))</label> <select id="review-kind"\
             name="kind"\(errors.attributes("review-kind"))>\(kinds)</select>\(errors.message("review-kind"))</p>\
            \(input("startsOn", .startsOn, type: "date"))\(input("endsOn", .endsOn, type: "date"))\
            <p><label for="review-team">\(chrome.t(PeerReviewText.teamField))</label><br><textarea id="review-team"\
             name="team" rows="4" cols="50" aria-describedby="review-team-hint"\(errors.attributes("review-team"))>\
            \(form["team"] ?? "")</textarea><span class="hint" id="review-team-hint">\
            \(chrome.t(PeerReviewText.teamHint))</span>\(errors.message("review-team"))</p>\
            \(input("decision", .decisionField, size: 8))\
            <p><button type="submit">\(chrome.t(PeerReviewText.record))</button></p></form></section>
            """
    }

    static func make(_ review: Int64, errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome) -> HTML {
        let action = MonitoringURL.peerReviewRecommendations(.value(String(review)))
        func area(_ name: String, _ label: PeerReviewText) -> HTML {
            let id = "recommendation-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label><br><textarea id="\(id)" name="\(name)" rows="3"\
                 cols="70"\(errors.attributes(id))>\(form[name] ?? "")</textarea>\(errors.message(id))</p>
                """
        }
        func input(_ name: String, _ label: PeerReviewText, type: String = "text", size: Int = 20) -> HTML {
            field(
                "recommendation-\(name)", name: name, label: label, type: type, size: size, errors: errors, form: form,
                chrome: chrome)
        }
        return """
            <section aria-labelledby="make-title"><h2 id="make-title">\(chrome.t(PeerReviewText.make))</h2>\
            <form method="post" action="\(action)" id="recommendation-form">\(chrome.csrfField)\
            \(area("textEn", .textEn))\(area("textFr", .textFr))\
            \(input("owner", .owner, size: 8))\(input("deadline", .deadline, type: "date"))\
            <p><button type="submit">\(chrome.t(PeerReviewText.make))</button></p></form></section>\
            <section aria-labelledby="import-title"><h2 id="import-title">\(chrome.t(PeerReviewText.importCSV))</h2>\
            <p class="hint" id="recommendation-csv-hint">\(chrome.t(PeerReviewText.importHint))</p>\
            <form method="post" action="\(action)" id="import-form">\(chrome.csrfField)\
            <p><label for="recommendation-csv">\(chrome.t(PeerReviewText.csvField))</label><br><textarea\
             id="recommendation-csv" name="csv" rows="6" cols="70" aria-describedby="recommendation-csv-hint"\
            \(errors.attributes("recommendation-csv"))>\(form["csv"] ?? "")</textarea>\
            \(errors.message("recommendation-csv"))</p>\
            <p><button type="submit">\(chrome.t(PeerReviewText.imported))</button></p></form></section>
            """
    }
}
