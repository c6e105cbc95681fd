import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/participants/{code}/accountability` and its JSON: a participant's standing in the scheme, public, every part
/// computed from the records when read.
enum AccountabilityPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, MonitoringURL.apiAccountability(.key), .anyone) { _, context in
                let record = try await store.monitoring.accountability(
                    participant: ZonePages.participantCode(context))
                return JSONBody.response(AccountabilityJSON(record, today: ZoneAPI.today(store)))
            },
            Operation.page(.get, MonitoringURL.accountability(.key), .anyone) { request, context in
                let chrome = WebChrome(request, context)
                await DecisionSettling.settle(store)
                let record: ParticipantAccountability
                do {
                    record = try await store.monitoring.accountability(participant: ZonePages.participantCode(context))
                } catch let error as KPCSError where error.kind == .notFound {
                    return ErrorPages.notFound(chrome, request: request)
                }
                let title = "\(chrome.t(AccountabilityText.title)) — \(record.participant.name(in: chrome.language))"
                return chrome.page(
                    title, body: body(record, title: title, today: ZoneAPI.today(store), chrome: chrome),
                    request: request)
            },
        ]
    }

    static func body(
        _ record: ParticipantAccountability, title: String, today: CalendarDate, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        let code = record.participant.code
        var html: HTML = """
            <h1>\(title)</h1><p><a href="\(RegistryURL.participant(.value(code)))">\
            \(record.participant.name(in: language))</a></p><p>\(chrome.t(AccountabilityText.intro))</p>\
            <h2>\(chrome.t(AccountabilityText.status))</h2><p id="accountability-status">\
            \(record.participant.status.label(in: language))</p>
            """
        html += PublicPages.statusHistory(record.statusHistory, language: language)
        html += "<h2>\(chrome.t(AccountabilityText.annualReports))</h2><ul id=\"report-counts\">"
        for timeliness in ReportTimeliness.allCases {
            let count = record.reportCounts[timeliness] ?? 0
            html += "<li>\(AnnualReportText.timeliness(timeliness, language)): \(String(count))</li>"
        }
        html += "</ul>" + AnnualReportPages.standingsTable(record.annualReports, participant: code, chrome: chrome)
        html += "<h2>\(chrome.t(AccountabilityText.peerReviews))</h2>"
        if record.reviews.isEmpty {
            html += "<p id=\"accountability-reviews\">\(chrome.t(AccountabilityText.noReviews))</p>"
        } else {
            html += "<ul id=\"accountability-reviews\">"
            for (review, items) in record.reviews {
                html += """
                    <li><a href="\(MonitoringURL.peerReview(.value(String(review.id))))">\
                    \(PeerReviewText.kind(review.kind, language)), \(WebFormat.date(review.startsOn, language))</a>:\
                     \(String(items.count)) \(chrome.t(PeerReviewText.recommendations).lowercased())</li>
                    """
            }
            html += "</ul>"
        }
        html += """
            <p><a href="\(MonitoringURL.peerReviews.path(query: [("participant", code)]))">\
            \(chrome.t(AccountabilityText.reviewsLink))</a></p>
            """
        let overdue = record.overdueRecommendations(today: today)
        html += """
            <p id="open-recommendations">\(chrome.t(AccountabilityText.open)): \(String(record.openRecommendations))\
            </p><h3>\(chrome.t(AccountabilityText.overdue))</h3>
            """
        html +=
            overdue.isEmpty
            ? "<p id=\"overdue-recommendations\">\(chrome.t(AccountabilityText.noOverdue))</p>"
            : PeerReviewForms.recommendationTable(overdue, today: today, chrome: chrome)
        html += "<h2>\(chrome.t(AccountabilityText.zones))</h2>"
        html +=
            record.zones.isEmpty
            ? "<p id=\"zones\">\(chrome.t(AccountabilityText.noZones))</p>"
            : ZonePages.table(record.zones, today: today, chrome: chrome)
        let underReview =
            record.zonesUnderReview.isEmpty
            ? chrome.t(ConflictDefinitionText.none) : record.zonesUnderReview.joined(separator: ", ")
        html += """
            <p id="zones-under-review">\(chrome.t(AccountabilityText.underReview)): \(underReview)\
             (<a href="\(MonitoringURL.conflictDefinitions)">\(chrome.t(ConflictDefinitionText.title))</a>)</p>
            """
        html += "<h2>\(chrome.t(AccountabilityText.incidents))</h2>"
        html += IncidentForms.summaries(record.incidents, chrome: chrome)
        return html + flags(record, chrome: chrome)
    }

    static func flags(_ record: ParticipantAccountability, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = "<h2>\(chrome.t(AccountabilityText.flags)) \(String(record.flagsYear))</h2>"
        guard !record.mirrorFlags.isEmpty || record.hubFlag != nil else {
            return html + "<p id=\"accountability-flags\">\(chrome.t(AccountabilityText.noFlags))</p>"
        }
        html += "<ul id=\"accountability-flags\">"
        for pair in record.mirrorFlags {
            html += """
                <li>\(chrome.t(AccountabilityText.mirror)): \(pair.exporter) → \(pair.importer),\
                 \(Quantity.carats(pair.certified.caratsX100, language)) ct /\
                 \(Quantity.carats(pair.receivedCaratsX100, language)) ct</li>
                """
        }
        if let hub = record.hubFlag {
            html += """
                <li>\(chrome.t(AccountabilityText.hub)): \
                \(StatisticsPage.decimal(hub.ratio, places: 2, language))</li>
                """
        }
        return html + "</ul>"
    }
}
