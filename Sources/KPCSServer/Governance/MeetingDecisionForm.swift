import Foundation
import KPCSCore
import KPCSStore

/// On a proposed decision's page, the Chair's form that puts it to a Plenary or an Intersessional that has not
/// ended (it posts to `/decisions/{id}/meeting`, which calls what `POST /api/v1/decisions/{id}/meeting` calls).
enum MeetingDecisionForm {
    /// The meetings a decision may still be put to: of the latest 50, the Plenaries and Intersessionals whose last
    /// day has not passed.
    static func openMeetings(_ store: Store, for principal: Principal?) async throws -> [Meeting] {
        let now = store.configuration.now()
        let page = try await store.governance.meetings(page: try PageRequest(page: 1, perPage: 50), for: principal)
        return page.items.filter {
            $0.kind.takesDecisions && (try? MeetingRules.decisionDeadline(at: $0, now: now)) != nil
        }
    }

    static func html(
        _ summary: DecisionSummary, chair: String?, meetings: [Meeting], chrome: WebChrome,
        errors: WebParts.FieldErrors, form: [String: String]
    ) -> HTML {
        guard let principal = chrome.principal, chrome.csrf != nil, principal.role == .delegate, chair != nil,
            principal.delegation == chair, summary.state == .proposed, !meetings.isEmpty
        else { return "" }
        let language = chrome.language
        let options: HTML = meetings.map {
            WebParts.option(
                String($0.id), "\($0.title(in: language)) — \(MeetingPages.when($0, language))",
                selected: form["meetingId"] == String($0.id))
        }.joined()
        return """
            <section aria-labelledby="meeting-title"><h2 id="meeting-title">\
            \(chrome.t(GovernanceText.meetingFormTitle))</h2>
            <form method="post" action="\(GovernanceURL.decisionMeeting(.value(String(summary.decision.id))))"\
             id="meeting-form">\(chrome.csrfField)<p class="hint">\(chrome.t(GovernanceText.meetingFormHint))</p>
            <p><label for="meeting-meetingId">\(chrome.t(MeetingText.meeting))</label> <select id="meeting-meetingId"\
             name="meetingId"\(errors.attributes("meeting-meetingId"))>\(options)</select>\
            \(errors.message("meeting-meetingId"))</p>
            <p><button type="submit" id="meeting-submit">\(chrome.t(GovernanceText.meetingFormButton))</button></p>\
            </form></section>
            """
    }
}
