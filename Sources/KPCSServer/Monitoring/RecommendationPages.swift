import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/recommendations/{id}`: a recommendation with its computed status and its timeline, and for its owner and its
/// reviewers the form that adds an entry (what each may add: progress, milestones and evidence for the owner, the
/// sign-off for a reviewer).
enum RecommendationPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, MonitoringURL.recommendation(.key), .anyone) { request, context in
                try await page(
                    store, id: try PeerReviewAPI.recommendationId(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, MonitoringURL.recommendation(.key), .signedIn) { request, context in
                let id = try PeerReviewAPI.recommendationId(context)
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let draft = RecommendationEventDraft(
                        kind: fields.filled("kind"), note: fields.filled("note"),
                        progress: fields.filled("progress").flatMap { $0.count <= 3 ? Int($0) : -1 },
                        on: fields.filled("on"), outcome: fields.filled("outcome"))
                    _ = try await store.monitoring.addRecommendationEntry(id, draft, by: try context.principal())
                    return WebChrome.redirect(
                        MonitoringURL.recommendation(.value(String(id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: language) { pointer in
                        let field = pointer.split(separator: "/").first.map(String.init) ?? ""
                        return "entry-\(["kind", "note", "progress", "on", "outcome"].contains(field) ? field : "kind")"
                    }
                }
                return try await page(store, id: id, request: request, context: context, errors: errors, form: fields)
            },
        ]
    }

    /// The entries the principal may add to this recommendation.
    static func kinds(
        _ principal: Principal, recommendation: ReviewRecommendation, review: PeerReview, store: Store,
        today: CalendarDate
    ) async throws -> [RecommendationEventKind] {
        guard !recommendation.status.isClosed else { return [] }
        let ownerBody = try? await store.governance.workingBody(recommendation.owner, for: principal)
        let monitoring = try await store.monitoring.monitoringBody()
        return RecommendationEventKind.allCases.filter { kind in
            kind != .made
                && (try? RecommendationRules.authorizeEntry(
                    principal, kind: kind, review: review, owner: recommendation.owner, ownerBody: ownerBody,
                    monitoring: monitoring, today: today)) != nil
        }
    }

    static func page(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let (item, review) = try await store.monitoring.recommendation(id)
        let today = ZoneAPI.today(store)
        let title = "\(chrome.t(PeerReviewText.text)) \(String(review.id)).\(String(item.number))"
        var html: HTML = "<h1>\(title)</h1>"
        if request.uri.queryParameters.get("saved") != nil, errors.isEmpty {
            html += "<p class=\"verdict ok\" role=\"status\" id=\"saved\">\(chrome.t(PeerReviewText.saved))</p>"
        }
        html += """
            <p><a href="\(MonitoringURL.peerReview(.value(String(review.id))))">\(chrome.t(PeerReviewText.review))\
             \(String(review.id)) — \(review.participant)</a></p><p class="report-text">\(item.text(in: language))</p>\
            <dl id="recommendation-standing"><dt>\(chrome.t(PeerReviewText.owner))</dt><dd>\(item.owner)</dd>\
            <dt>\(chrome.t(PeerReviewText.deadline))</dt><dd>\(WebFormat.date(item.deadline, language))</dd>\
            <dt>\(chrome.t(PeerReviewText.status))</dt><dd id="recommendation-status">\
            \(PeerReviewText.status(item.status, language))\(item.progress.map { " (\($0) %)" } ?? "")</dd>\
            <dt>\(chrome.t(PeerReviewText.overdue))</dt><dd id="recommendation-overdue">\
            \(chrome.t(item.isOverdue(today: today) ? PeerReviewText.yes : PeerReviewText.no))</dd></dl>\
            <h2>\(chrome.t(PeerReviewText.timeline))</h2><ol id="recommendation-timeline">
            """
        for event in item.events {
            var line = PeerReviewText.entry(event.kind, language)
            if let progress = event.progress { line += ": \(progress) %" }
            if let on = event.on { line += " (\(WebFormat.date(on, language)))" }
            if let outcome = event.outcome { line += ": " + PeerReviewText.status(outcome, language) }
            html +=
                "<li><strong>\(line)</strong> — \(WebFormat.instant(event.recordedAt, language)), \(event.recordedBy)"
            if let note = event.note { html += "<br><span class=\"report-text\">\(note)</span>" }
            html += "</li>"
        }
        html += "</ol>"
        if chrome.csrf != nil, let principal = chrome.principal {
            let kinds = try await kinds(principal, recommendation: item, review: review, store: store, today: today)
            if !kinds.isEmpty {
                html += errors.summary(chrome, labels: [:])
                html += entryForm(id, kinds: kinds, errors: errors, form: form, chrome: chrome)
            }
        }
        return chrome.page(title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func entryForm(
        _ id: Int64, kinds: [RecommendationEventKind], errors: WebParts.FieldErrors, form: [String: String],
        chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var options: HTML = ""
        for kind in kinds {
            options += WebParts.option(
                kind.rawValue, PeerReviewText.entry(kind, language), selected: form["kind"] == kind.rawValue)
        }
        var outcomes: HTML = ""
        for outcome in [RecommendationStatus.implemented, .notImplemented] {
            outcomes += WebParts.option(
                outcome.rawValue, PeerReviewText.status(outcome, language),
                selected: form["outcome"] == outcome.rawValue)
        }
        func input(_ name: String, _ label: PeerReviewText, type: String, size: Int = 20) -> HTML {
            PeerReviewForms.field(
                "entry-\(name)", name: name, label: label, type: type, size: size, errors: errors, form: form,
                chrome: chrome)
        }
        return """
            <section aria-labelledby="entry-title"><h2 id="entry-title">\(chrome.t(PeerReviewText.addEntry))</h2>\
            <p class="hint">\(chrome.t(PeerReviewText.entryHint))</p>\
            <form method="post" action="\(MonitoringURL.recommendation(.value(String(id))))" id="entry-form">\
            \(chrome.csrfField)<p><label for="entry-kind">\(chrome.t(PeerReviewText.entryKind))</label> <select\
             id="entry-kind" name="kind"\(errors.attributes("entry-kind"))>\(options)</select>\
            \(errors.message("entry-kind"))</p>\
            \(input("progress", .progress, type: "number", size: 4))\(input("on", .on, type: "date"))\
            <p><label for="entry-outcome">\(chrome.t(PeerReviewText.outcome))</label> <select id="entry-outcome"\
             name="outcome"\(errors.attributes("entry-outcome"))>\(outcomes)</select>\
            \(errors.message("entry-outcome"))</p>\
            <p><label for="entry-note">\(chrome.t(PeerReviewText.note))</label><br><textarea id="entry-note"\
             name="note" rows="3" cols="70"\(errors.attributes("entry-note"))>\(form["note"] ?? "")</textarea>\
            \(errors.message("entry-note"))</p>\
            <p><button type="submit">\(chrome.t(PeerReviewText.addEntry))</button></p></form></section>
            """
    }
}
