import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/incidents`: the published summaries and, for their readers, the reports; `/incidents/new`: the form that files
/// one (an observer organisation's account, or anyone signed out); `/incidents/{reference}`: a report whole, with
/// the WGM's review form and the concerned participant's response form.
enum IncidentPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, MonitoringURL.incidents, .anyone) { request, context in
                try await listPage(store, request: request, context: context)
            },
            Operation.page(.get, MonitoringURL.newIncident, .anyone) { request, context in
                formPage(request: request, context: context, errors: WebParts.FieldErrors(), form: [:], filed: nil)
            },
            Operation.page(.post, MonitoringURL.newIncident, .anyone) { request, context in
                context.trace.withhold()
                let fields = try await readForm(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let incident = try await store.monitoring.fileIncident(
                        IncidentForms.draft(fields), by: try context.optionalPrincipal())
                    return formPage(
                        request: request, context: context, errors: errors, form: [:], filed: incident.reference)
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: language, field: IncidentForms.fieldId)
                }
                return formPage(request: request, context: context, errors: errors, form: fields, filed: nil)
            },
            Operation.page(.get, MonitoringURL.incident(.key), .signedIn) { request, context in
                try await reportPage(store, request: request, context: context, errors: WebParts.FieldErrors())
            },
            Operation.page(.post, MonitoringURL.incidentReview(.key), .signedIn) { request, context in
                let fields = try await WebForm.read(request, context)
                var errors = WebParts.FieldErrors()
                do {
                    _ = try await store.monitoring.reviewIncident(
                        IncidentAPI.reference(context),
                        IncidentReviewDraft(
                            verification: fields.filled("verification"), publication: fields.filled("publication"),
                            publishedFrom: fields.filled("publishedFrom")), by: try context.principal())
                    return WebChrome.redirect(
                        MonitoringURL.incident(.value(IncidentAPI.reference(context))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: WebLanguage.resolve(request, context: context)) { _ in
                        "review-verification"
                    }
                }
                return try await reportPage(store, request: request, context: context, errors: errors)
            },
            Operation.page(.post, MonitoringURL.incidentResponse(.key), .roles([.delegate])) { request, context in
                let fields = try await WebForm.read(request, context)
                var errors = WebParts.FieldErrors()
                do {
                    _ = try await store.monitoring.respondToIncident(
                        IncidentAPI.reference(context), text: fields.filled("text"), by: try context.principal())
                    return WebChrome.redirect(
                        MonitoringURL.incident(.value(IncidentAPI.reference(context))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: WebLanguage.resolve(request, context: context)) { _ in "response-text" }
                }
                return try await reportPage(store, request: request, context: context, errors: errors)
            },
        ]
    }

    /// The posted form: signed in, checked against the session's token; signed out, against the token the form
    /// page set in its cookie (as the login form does).
    static func readForm(_ request: Request, _ context: KPCSRequestContext) async throws -> [String: String] {
        guard context.sessionToken == nil else { return try await WebForm.read(request, context) }
        let fields = try await FormBody.read(request)
        guard let expected = request.cookies[WebSession.loginCookieName]?.value,
            WebSession.matches(fields["csrf"], expected)
        else { throw KPCSError.forbidden(WebMessage.formTokenInvalid) }
        return fields
    }

    static func listPage(_ store: Store, request: Request, context: KPCSRequestContext) async throws -> Response {
        let chrome = WebChrome(request, context)
        let title = chrome.t(IncidentText.title)
        var html: HTML = """
            <h1>\(title)</h1><p>\(chrome.t(IncidentText.intro))</p><p><a id="file-incident"\
             href="\(MonitoringURL.newIncident)">\(chrome.t(IncidentText.fileLink))</a></p>\
            <h2>\(chrome.t(IncidentText.summaries))</h2>
            """
        html += IncidentForms.summaries(try await store.monitoring.incidentSummaries(participant: nil), chrome: chrome)
        if let principal = chrome.principal,
            let readable = try? await store.monitoring.incidents(
                page: try PageRequest(page: request.intQuery("page"), perPage: nil), for: principal)
        {
            html += "<h2>\(chrome.t(IncidentText.reports))</h2>"
            html += IncidentForms.reports(readable.items, chrome: chrome)
        }
        return chrome.page(title, body: html, request: request)
    }

    static func formPage(
        request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors, form: [String: String],
        filed: String?
    ) -> Response {
        let chrome = WebChrome(request, context)
        let title = chrome.t(IncidentText.file)
        var html: HTML = "<h1>\(title)</h1>"
        if let filed {
            html += """
                <p class="verdict ok" role="status" id="filed">\(chrome.t(IncidentText.filed))\
                 <strong id="incident-reference">\(filed)</strong></p>
                """
        }
        html += errors.summary(chrome, labels: [:])
        // Signed out, the form carries a token of its own, also set in a cookie that the post must match.
        let anonymousToken = chrome.csrf == nil ? AccountStore.randomToken() : nil
        if chrome.principal == nil || chrome.principal?.isObserverOrganisation == true {
            let csrf: HTML =
                anonymousToken.map { "<input type=\"hidden\" name=\"csrf\" value=\"\($0)\">" } ?? chrome.csrfField
            html += IncidentForms.form(errors: errors, form: form, csrf: csrf, chrome: chrome)
        } else {
            html += "<p>\(LocalizedMessage(IncidentMessage.onlyObserversFile).text(in: chrome.language))</p>"
        }
        var response = chrome.page(
            title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
        if let anonymousToken {
            response.setCookie(
                WebSession.cookie(WebSession.loginCookieName, anonymousToken, maxAge: 3600, request: request))
        }
        return response
    }

    static func reportPage(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let principal = try context.principal()
        let incident = try await store.monitoring.incident(IncidentAPI.reference(context), for: principal)
        let title = "\(chrome.t(IncidentText.title)) — \(incident.reference)"
        var html: HTML = "<h1>\(title)</h1>"
        if request.uri.queryParameters.get("saved") != nil, errors.isEmpty {
            html += "<p class=\"verdict ok\" role=\"status\" id=\"saved\">\(chrome.t(PeerReviewText.saved))</p>"
        }
        html += errors.summary(chrome, labels: [:])
        html += IncidentForms.details(incident, chrome: chrome)
        let monitoring = try await store.monitoring.monitoringBody()
        if chrome.csrf != nil,
            IncidentRules.mayReview(
                principal, participant: incident.participant, monitoring: monitoring, today: ZoneAPI.today(store))
        {
            html += IncidentForms.reviewForm(incident, errors: errors, chrome: chrome)
        }
        if chrome.csrf != nil, principal.role == .delegate, principal.delegation == incident.participant {
            html += IncidentForms.responseForm(incident, errors: errors, chrome: chrome)
        }
        return chrome.page(title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
