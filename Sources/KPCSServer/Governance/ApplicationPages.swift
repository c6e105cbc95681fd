import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/applications` and `/applications/{id}`: candidates' applications, where each stands (computed), the CPC's
/// review and the decisions that would admit the candidate; the letter and contacts for delegates, observers and
/// administrators; and the review form for an administrator or a delegate of the CPC's chair.
enum ApplicationPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, GovernanceURL.applications, .anyone) { request, context in
                try await listPage(store, request: request, context: context, errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.get, GovernanceURL.application(.key), .anyone) { request, context in
                try await detail(
                    store, id: try ApplicationAPI.applicationId(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, GovernanceURL.applicationReview(.key), .roles([.administrator, .delegate])) {
                request, context in
                let id = try ApplicationAPI.applicationId(context)
                let fields = try await WebForm.read(request, context)
                var errors = WebParts.FieldErrors()
                do {
                    _ = try await store.governance.reviewApplication(
                        id,
                        ReviewDraft(
                            recommendation: fields.filled("recommendation"), textEn: fields.filled("textEn"),
                            textFr: fields.filled("textFr")),
                        by: try context.principal())
                    return WebChrome.redirect(
                        GovernanceURL.application(.value(String(id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError
                    where error.kind == .invalid || error.kind == .forbidden
                {
                    let language = WebLanguage.resolve(request, context: context)
                    errors.add(error, language: language) { $0.isEmpty ? "review" : "review-\($0.dropFirst())" }
                }
                return try await detail(store, id: id, request: request, context: context, errors: errors, form: fields)
            },
        ]
    }

    /// The list, with the form to record an application for those who may (``ApplicationForm``).
    static func listPage(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
        let result = try await store.governance.applications(page: page, for: chrome.principal)
        let names = try await DecisionPages.participantNames(store)
        var html = list(result, names: names, chrome: chrome)
        html += try await ApplicationForm.html(store, errors: errors, form: form, chrome: chrome)
        return chrome.page(
            ApplicationText.title.text(chrome.language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func list(
        _ result: PageResult<ApplicationSummary>, names: [String: Participant], chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML = "<h1>\(chrome.t(ApplicationText.title))</h1><p>\(chrome.t(ApplicationText.intro))</p>"
        guard !result.items.isEmpty else {
            return html + "<p id=\"applications\">\(chrome.t(ApplicationText.none))</p>"
        }
        html += """
            <div class="scroll" tabindex="0"><table id="applications"><thead><tr><th\
             scope="col">\(chrome.t(ApplicationText.candidate))</th><th\
             scope="col">\(chrome.t(ApplicationText.submitted))</th><th\
             scope="col">\(chrome.t(ApplicationText.state))</th><th\
             scope="col">\(chrome.t(ApplicationText.recommendation))</th></tr></thead><tbody>
            """
        for summary in result.items {
            let application = summary.application
            let recommendation = application.review.map { ApplicationText.recommendation($0.recommendation, language) }
            html += """
                <tr><td><a href="\(GovernanceURL.application(.value(String(application.id))))">\
                \(DecisionPages.name(application.candidate, names, language))</a></td>\
                <td>\(WebFormat.instant(application.submittedAt, language))</td>\
                <td>\(ApplicationText.state(summary.state, language))</td><td>\(recommendation ?? "—")</td></tr>
                """
        }
        return html + "</tbody></table></div>"
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: GovernanceURL.applications,
                query: [], chrome: chrome)
    }

    static func detail(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let summary = try await store.governance.application(id, for: chrome.principal)
        let application = summary.application
        let names = try await DecisionPages.participantNames(store)
        let title =
            "\(chrome.t(ApplicationText.applicationOf)) \(DecisionPages.name(application.candidate, names, language))"
        var html: HTML =
            "<h1>\(title)</h1><p><a href=\"\(GovernanceURL.applications)\">\(chrome.t(ApplicationText.title))</a></p>"
        if request.query("saved") != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(GovernanceText.saved))</p>"
        }
        html += errors.summary(chrome, labels: [:])
        html += """
            <dl id="application-facts"><dt>\(chrome.t(ApplicationText.state))</dt><dd id="application-state">\
            \(ApplicationText.state(summary.state, language))</dd><dt>\(chrome.t(ApplicationText.submitted))</dt>\
            <dd>\(WebFormat.instant(application.submittedAt, language))</dd></dl>
            """
        if GovernanceAccess.seesDeliberation(chrome.principal) {
            html += "<h2>\(chrome.t(ApplicationText.letter))</h2><div id=\"letter\" class=\"prose\">"
            for text in [application.letterEn, application.letterFr].compactMap({ $0 }) {
                html += DecisionWords.paragraphs(text)
            }
            html += "</div><h2>\(chrome.t(ApplicationText.contacts))</h2><ul id=\"contacts\">"
            for contact in application.contacts {
                let function = contact.function.map { ", \($0)" } ?? ""
                let email = contact.email.map { " — \($0)" } ?? ""
                html += "<li>\(contact.name)\(function)\(email)</li>"
            }
            html += "</ul>"
        } else {
            html += "<p class=\"hint\">\(chrome.t(ApplicationText.letterForDeliberation))</p>"
        }
        html += DocumentList.html(
            try await store.governance.documents(of: .application(id), for: chrome.principal), chrome: chrome)
        if chrome.csrf != nil, try await store.governance.mayAddDocument(to: .application(id), by: chrome.principal) {
            html += DocumentForm.html(owner: .application(id), errors: errors, form: form, chrome: chrome)
        }
        html += "<h2>\(chrome.t(ApplicationText.review))</h2>"
        if let review = application.review {
            let reasons = DecisionWords.paragraphs(language == .fr ? review.textFr : review.textEn)
            html += """
                <p id="recommendation">\(ApplicationText.recommendation(review.recommendation, language)) \
                (\(WebFormat.instant(review.recordedAt, language)))</p>\
                <div id="review" class="prose">\(reasons)</div>
                """
        } else {
            html += "<p id=\"recommendation\">\(chrome.t(ApplicationText.noReview))</p>"
        }
        html += "<h2>\(chrome.t(ApplicationText.decisions))</h2>"
        if summary.decisions.isEmpty {
            html += "<p id=\"application-decisions\">\(chrome.t(ApplicationText.noDecision))</p>"
        } else {
            html += "<ul id=\"application-decisions\">"
            for decision in summary.decisions {
                html += """
                    <li><a href="\(GovernanceURL.decision(.value(String(decision))))">\
                    \(chrome.t(GovernanceText.decision)) \(String(decision))</a></li>
                    """
            }
            html += "</ul>"
        }
        if try await mayReview(store, principal: chrome.principal) {
            html += reviewForm(id: id, errors: errors, form: form, chrome: chrome)
        }
        return chrome.page(
            title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Whether the review form is for this caller: an administrator, or a delegate of the CPC's chair today.
    static func mayReview(_ store: Store, principal: Principal?) async throws -> Bool {
        guard let principal else { return false }
        if principal.role == .administrator { return true }
        guard principal.role == .delegate, let own = principal.delegation else { return false }
        let today = CalendarDate(utcDayOf: store.configuration.now())
        let cpc = try await store.governance.workingBody(ParticipationRules.committee, for: principal)
        return cpc.holder(of: .chair, on: today) == .participant(own)
    }

    static func reviewForm(id: Int64, errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome) -> HTML {
        let language = chrome.language
        func value(_ name: String) -> String { form[name] ?? "" }
        let options: HTML = Recommendation.allCases.map {
            WebParts.option(
                $0.rawValue, ApplicationText.recommendation($0, language),
                selected: value("recommendation") == $0.rawValue)
        }.joined()
        func text(_ name: String, _ label: ApplicationText) -> HTML {
            """
            <p><label for="review-\(name)">\(chrome.t(label))</label><br><textarea id="review-\(name)" name="\(name)"\
             rows="4" cols="70"\(errors.attributes("review-\(name)"))>\(value(name))</textarea>\
            \(errors.message("review-\(name)"))</p>
            """
        }
        return """
            <section aria-labelledby="review-title"><h2 id="review-title">\(chrome.t(ApplicationText.reviewTitle))</h2>
            <form method="post" action="\(GovernanceURL.applicationReview(.value(String(id))))" id="review-form">\
            \(chrome.csrfField)\(errors.message("review"))
            <p><label for="review-recommendation">\(chrome.t(ApplicationText.recommendation))</label> <select\
             id="review-recommendation" name="recommendation"\(errors.attributes("review-recommendation"))>\
            \(options)</select>\(errors.message("review-recommendation"))</p>
            \(text("textEn", .reasonsEn))\(text("textFr", .reasonsFr))
            <p><button type="submit" id="review-submit">\(chrome.t(ApplicationText.reviewButton))</button></p></form>\
            </section>
            """
    }
}
