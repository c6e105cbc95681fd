import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/peer-reviews`: the reviews, newest first, with the form that records one; `/peer-reviews/{id}`: a review, its
/// team and its recommendations with their computed status, the form that makes one, and the CSV import and export.
enum PeerReviewPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, MonitoringURL.peerReviews, .anyone) { request, context in
                try await listPage(store, request: request, context: context, errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, MonitoringURL.peerReviews, .roles([.administrator, .delegate])) { request, context in
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let draft = PeerReviewDraft(
                        participant: fields.filled("participant"), kind: fields.filled("kind"),
                        startsOn: fields.filled("startsOn"), endsOn: fields.filled("endsOn"),
                        team: team(fields["team"] ?? ""),
                        decision: fields.filled("decision").flatMap { $0.count <= 18 ? Int64($0) : nil })
                    let review = try await store.monitoring.recordPeerReview(draft, by: try context.principal())
                    return WebChrome.redirect(
                        MonitoringURL.peerReview(.value(String(review.id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: language) { pointer in
                        let field = pointer.split(separator: "/").first.map(String.init) ?? ""
                        let known = ["participant", "kind", "startsOn", "endsOn", "team", "decision"]
                        return "review-\(known.contains(field) ? field : "participant")"
                    }
                }
                return try await listPage(store, request: request, context: context, errors: errors, form: fields)
            },
            Operation.page(.get, MonitoringURL.peerReview(.key), .anyone) { request, context in
                try await reviewPage(
                    store, id: try PeerReviewAPI.reviewId(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, MonitoringURL.peerReviewRecommendations(.key), .signedIn) { request, context in
                let id = try PeerReviewAPI.reviewId(context)
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let principal = try context.principal()
                    if let csv = fields.filled("csv") {
                        _ = try await store.monitoring.importRecommendations(review: id, csv: csv, by: principal)
                    } else {
                        _ = try await store.monitoring.makeRecommendation(
                            review: id,
                            RecommendationDraft(
                                textEn: fields.filled("textEn"), textFr: fields.filled("textFr"),
                                owner: fields.filled("owner"), deadline: fields.filled("deadline")),
                            by: principal)
                    }
                    return WebChrome.redirect(
                        MonitoringURL.peerReview(.value(String(id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    let csv = fields.filled("csv") != nil
                    errors.add(error, language: language) { pointer in
                        if csv { return "recommendation-csv" }
                        let field = pointer.split(separator: "/").first.map(String.init) ?? ""
                        return
                            "recommendation-"
                            + (["textEn", "textFr", "owner", "deadline"].contains(field) ? field : "textEn")
                    }
                }
                return try await reviewPage(
                    store, id: id, request: request, context: context, errors: errors, form: fields)
            },
        ]
    }

    /// The team field: one member per line, `participant CA leader`.
    static func team(_ text: String) -> [PeerReviewDraft.TeamMemberDraft] {
        text.split(whereSeparator: \.isNewline).prefix(PeerReviewRules.maximumTeam + 1).compactMap { line in
            let words = line.split(whereSeparator: \.isWhitespace).map { String($0.prefix(40)) }
            guard !words.isEmpty else { return nil }
            return PeerReviewDraft.TeamMemberDraft(
                holderKind: words.first, code: words.count > 1 ? words[1] : nil, role: words.count > 2 ? words[2] : nil)
        }
    }

    static func listPage(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
        let participant = request.query("participant").map { String($0.prefix(8)).uppercased() }
        let result = try await store.monitoring.peerReviews(participant: participant, page: page)
        let title = chrome.t(PeerReviewText.title)
        var html: HTML = "<h1>\(title)</h1><p>\(chrome.t(PeerReviewText.intro))</p>"
        html += errors.summary(chrome, labels: [:])
        if result.items.isEmpty {
            html += "<p id=\"peer-reviews\">\(chrome.t(PeerReviewText.noReviews))</p>"
        } else {
            html += """
                <div class="scroll" tabindex="0"><table id="peer-reviews"><thead><tr><th\
                 scope="col">\(chrome.t(PeerReviewText.review))</th><th\
                 scope="col">\(chrome.t(PeerReviewText.participant))</th><th\
                 scope="col">\(chrome.t(PeerReviewText.kind))</th><th scope="col">\(chrome.t(PeerReviewText.days))</th>\
                </tr></thead><tbody>
                """
            for review in result.items {
                html += """
                    <tr><td><a href="\(MonitoringURL.peerReview(.value(String(review.id))))">\(String(review.id))</a>\
                    </td><td>\(review.participant)</td><td>\(PeerReviewText.kind(review.kind, language))</td>\
                    <td>\(WebFormat.date(review.startsOn, language)) –\
                     \(WebFormat.date(review.endsOn, language))</td></tr>
                    """
            }
            html += "</tbody></table></div>"
            html += WebParts.pager(
                page: page.page, perPage: page.perPage, total: result.total, path: MonitoringURL.peerReviews,
                query: participant.map { [("participant", $0)] } ?? [],
                chrome: chrome)
        }
        if chrome.csrf != nil, let principal = chrome.principal, [.administrator, .delegate].contains(principal.role) {
            html += PeerReviewForms.record(errors: errors, form: form, chrome: chrome)
        }
        return chrome.page(title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func reviewPage(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let (review, recommendations) = try await store.monitoring.peerReview(id)
        let today = ZoneAPI.today(store)
        let title = "\(chrome.t(PeerReviewText.review)) \(String(review.id)) — \(review.participant)"
        var html: HTML = "<h1>\(title)</h1>"
        if request.uri.queryParameters.get("saved") != nil, errors.isEmpty {
            html += "<p class=\"verdict ok\" role=\"status\" id=\"saved\">\(chrome.t(PeerReviewText.saved))</p>"
        }
        html += "<p><a href=\"\(MonitoringURL.peerReviews)\">\(chrome.t(PeerReviewText.allReviews))</a></p>"
        html += PeerReviewForms.details(review, chrome: chrome)
        html += "<h2>\(chrome.t(PeerReviewText.recommendations))</h2>"
        html += PeerReviewForms.recommendationTable(recommendations, today: today, chrome: chrome)
        let csv = MonitoringURL.apiReviewRecommendations(.value(String(id))).path(query: [("format", "csv")])
        html += "<p><a id=\"recommendations-csv\" href=\"\(csv)\">\(chrome.t(PeerReviewText.exportCSV))</a></p>"
        if chrome.csrf != nil, let principal = chrome.principal,
            (try? RecommendationRules.authorizeMaking(
                principal, review: review, monitoring: try await store.monitoring.monitoringBody(), today: today))
                != nil
        {
            html += errors.summary(chrome, labels: [:])
            html += PeerReviewForms.make(review.id, errors: errors, form: form, chrome: chrome)
        }
        return chrome.page(title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
