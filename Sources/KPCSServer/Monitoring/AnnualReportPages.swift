import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/participants/{code}/annual-reports`: a participant's reports year by year with their state and whether they
/// came on time (public); `/participants/{code}/annual-reports/{year}`: one report with every version, for those who
/// may read it, with the form its delegate submits (figures prefilled from kpcs's records) and the WGM's review form.
enum AnnualReportPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, MonitoringURL.annualReports(.key), .anyone) { request, context in
                try await listPage(store, code: ZonePages.participantCode(context), request: request, context: context)
            },
            Operation.page(.get, MonitoringURL.annualReport(.key, .key), .signedIn) { request, context in
                try await reportPage(
                    store, code: ZonePages.participantCode(context),
                    year: try AnnualReportAPI.year(context, store: store),
                    request: request, context: context, errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, MonitoringURL.annualReport(.key, .key), .roles([.delegate])) { request, context in
                let code = ZonePages.participantCode(context)
                let year = try AnnualReportAPI.year(context, store: store)
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                let draft = AnnualReportForm.draft(fields, language: language, errors: &errors)
                if errors.isEmpty {
                    do {
                        _ = try await store.monitoring.submitAnnualReport(
                            participant: code, year: year, draft, by: try context.principal())
                        return WebChrome.redirect(
                            MonitoringURL.annualReport(.value(code), .value(String(year))).path(query: [("saved", "1")])
                        )
                    } catch let error as KPCSError where error.isShownOnForm {
                        errors.add(error, language: language, field: AnnualReportForm.fieldId)
                    }
                }
                return try await reportPage(
                    store, code: code, year: year, request: request, context: context, errors: errors, form: fields)
            },
            Operation.page(.post, MonitoringURL.annualReportReview(.key, .key), .signedIn) { request, context in
                let code = ZonePages.participantCode(context)
                let year = try AnnualReportAPI.year(context, store: store)
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let draft = AnnualReportReviewDraft(
                        version: fields.filled("version").flatMap { $0.count <= 6 ? Int($0) : nil },
                        outcome: fields.filled("outcome"), comment: fields.filled("comment"))
                    _ = try await store.monitoring.reviewAnnualReport(
                        participant: code, year: year, draft, by: try context.principal())
                    return WebChrome.redirect(
                        MonitoringURL.annualReport(.value(code), .value(String(year))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: language) { pointer in
                        pointer == "/outcome" ? "review-accepted" : "review-comment"
                    }
                }
                return try await reportPage(
                    store, code: code, year: year, request: request, context: context, errors: errors, form: fields)
            },
        ]
    }

    static func listPage(
        _ store: Store, code: String, request: Request, context: KPCSRequestContext
    ) async throws
        -> Response
    {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        guard let participant = try await store.registry.participant(code) else {
            return ErrorPages.notFound(chrome, request: request)
        }
        let standings = try await store.monitoring.annualReportStandings(participant: participant.code)
        let title = "\(chrome.t(AnnualReportText.title)) — \(participant.name(in: language))"
        var html: HTML = "<h1>\(title)</h1>"
        html += "<p><a href=\"\(RegistryURL.participant(.value(participant.code)))\">\(participant.name(in: language))"
        html += "</a></p><p>\(chrome.t(AnnualReportText.intro))</p>"
        html += standingsTable(standings, participant: participant.code, chrome: chrome)
        return chrome.page(title, body: html, request: request)
    }

    /// The years' standings, each year linked to its report.
    static func standingsTable(_ standings: [AnnualReportStanding], participant: String, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="annual-reports"><thead><tr><th\
             scope="col">\(chrome.t(AnnualReportText.year))</th><th\
             scope="col">\(chrome.t(AnnualReportText.dueOn))</th>\
            <th scope="col">\(chrome.t(AnnualReportText.state))</th><th\
             scope="col">\(chrome.t(AnnualReportText.timeliness))</th><th\
             scope="col">\(chrome.t(AnnualReportText.firstSubmitted))</th><th\
             scope="col">\(chrome.t(AnnualReportText.versions))</th></tr></thead><tbody>
            """
        for standing in standings {
            let link = MonitoringURL.annualReport(.value(participant), .value(String(standing.year)))
            html += """
                <tr><td><a href="\(link)">\(String(standing.year))</a></td>\
                <td>\(WebFormat.date(standing.dueOn, language))</td>\
                <td>\(AnnualReportText.state(standing.state, language))</td>\
                <td class="timeliness-\(standing.timeliness.rawValue)">\
                \(AnnualReportText.timeliness(standing.timeliness, language))</td>\
                <td>\(standing.firstSubmittedOn.map { WebFormat.date($0, language) } ?? "—")</td>\
                \(WebFormat.numberCell(String(standing.versions)))</tr>
                """
        }
        return html + "</tbody></table></div>"
    }

    static func reportPage(
        _ store: Store, code: String, year: Int, request: Request, context: KPCSRequestContext,
        errors: WebParts.FieldErrors, form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let principal = try context.principal()
        guard let participant = try await store.registry.participant(code) else {
            return ErrorPages.notFound(chrome, request: request)
        }
        let report = try await store.monitoring.annualReport(participant: participant.code, year: year, for: principal)
        let today = ZoneAPI.today(store)
        let title = "\(chrome.t(AnnualReportText.reportTitle)) \(String(year)) — \(participant.name(in: language))"
        var html: HTML = "<h1>\(title)</h1>"
        if request.uri.queryParameters.get("saved") != nil, errors.isEmpty {
            html += "<p class=\"verdict ok\" role=\"status\" id=\"saved\">\(chrome.t(AnnualReportText.saved))</p>"
        }
        html += """
            <p><a href="\(MonitoringURL.annualReports(.value(participant.code)))">\
            \(chrome.t(AnnualReportText.allReports))</a></p>\
            <dl id="report-standing"><dt>\(chrome.t(AnnualReportText.dueOn))</dt>\
            <dd>\(WebFormat.date(report.dueOn, language))</dd>\
            <dt>\(chrome.t(AnnualReportText.state))</dt><dd id="report-state">\
            \(AnnualReportText.state(report.state, language))</dd>\
            <dt>\(chrome.t(AnnualReportText.timeliness))</dt><dd id="report-timeliness">\
            \(AnnualReportText.timeliness(report.timeliness(today: today), language))</dd></dl>
            """
        html += errors.summary(chrome, labels: [:])
        if chrome.csrf != nil, (try? AnnualReportRules.authorizeSubmission(principal, participant: code)) != nil,
            (try? AnnualReportRules.checkSubmittable(report, today: today)) != nil
        {
            let figures = try await store.monitoring.annualReportFigures(
                participant: participant.code, year: year, for: principal)
            html += AnnualReportForm.submission(
                report, computed: figures.values, errors: errors, form: form, chrome: chrome)
        }
        if chrome.csrf != nil, report.state == .submitted, let last = report.versions.last,
            await store.monitoring.mayReviewAnnualReport(participant: code, principal: principal)
        {
            html += AnnualReportForm.review(report, version: last.number, errors: errors, form: form, chrome: chrome)
        }
        html += AnnualReportVersionHTML.versions(report, chrome: chrome)
        let status: HTTPResponse.Status = errors.isEmpty ? .ok : .unprocessableContent
        return chrome.page(title, body: html, request: request, status: status)
    }
}
