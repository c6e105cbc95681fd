import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The forms of a decision's page and what they post: the Chair opens a written procedure or puts the decision to
/// a meeting (``MeetingDecisionForm``), a delegate records its participant's stance, an observer comments. Each
/// calls the store function the API calls; a refusal shows the page again with the messages beside the fields.
enum DecisionForms {
    static func operations(_ store: Store) -> [Operation] {
        [
            post(store, GovernanceURL.decisionProcedure(.key), role: .delegate) { id, fields, principal in
                _ = try await store.governance.openWrittenProcedure(
                    id, WrittenProcedureDraft(closesAt: fields.filled("closesAt")), by: principal)
            },
            post(store, GovernanceURL.decisionMeeting(.key), role: .delegate) { id, fields, principal in
                let meeting = fields.filled("meetingId").flatMap { $0.utf8.count <= 19 ? Int64($0) : nil }
                _ = try await store.governance.putToMeeting(id, MeetingDecisionDraft(meetingId: meeting), by: principal)
            },
            post(store, GovernanceURL.decisionStance(.key), role: .delegate) { id, fields, principal in
                _ = try await store.governance.recordStance(
                    id, StanceDraft(position: fields.filled("position"), reason: fields.filled("reason")),
                    by: principal)
            },
            post(store, GovernanceURL.decisionComment(.key), role: .observer) { id, fields, principal in
                _ = try await store.governance.comment(
                    id, CommentDraft(position: fields.filled("position"), text: fields.filled("text")), by: principal)
            },
        ]
    }

    /// A form post: on success, back to the decision's page; a refusal of the request (422, 409, 403 of the
    /// rules) is shown on the page beside the form's fields.
    static func post(
        _ store: Store, _ url: GovernanceURL, role: Role,
        write: @escaping @Sendable (Int64, [String: String], Principal) async throws -> Void
    ) -> Operation {
        Operation.page(.post, url, .roles([role])) { request, context in
            let id = try GovernanceAPI.decisionId(context)
            let fields = try await WebForm.read(request, context)
            let language = WebLanguage.resolve(request, context: context)
            var errors = WebParts.FieldErrors()
            do {
                try await write(id, fields, try context.principal())
                return WebChrome.redirect(GovernanceURL.decision(.value(String(id))).path(query: [("saved", "1")]))
            } catch let error as KPCSError where error.isShownOnForm {
                errors.add(error, language: language) { pointer in field(pointer, url: url) }
            }
            return try await DecisionPages.detail(
                store, id: id, request: request, context: context, errors: errors, form: fields)
        }
    }

    /// The form field a refusal's pointer names.
    static func field(_ pointer: String, url: GovernanceURL) -> String {
        switch url {
        case .decisionProcedure: return "procedure-closesAt"
        case .decisionMeeting: return "meeting-meetingId"
        case .decisionStance: return pointer == "/reason" ? "stance-reason" : "stance-position"
        default: return pointer == "/position" ? "comment-position" : "comment-text"
        }
    }

    /// The forms the caller may use on this decision now (`chair`: the participant chairing the current year).
    static func forms(
        _ summary: DecisionSummary, chair: String?, chrome: WebChrome, errors: WebParts.FieldErrors,
        form: [String: String]
    ) -> HTML {
        guard let principal = chrome.principal, chrome.csrf != nil else { return "" }
        let decision = summary.decision
        let id = String(decision.id)
        var html: HTML = ""
        func value(_ name: String) -> String { form[name] ?? "" }
        if principal.role == .delegate, principal.delegation == chair, chair != nil, summary.state == .proposed {
            html += """
                <section aria-labelledby="open-title"><h2 id="open-title">\(chrome.t(GovernanceText.openTitle))</h2>
                <form method="post" action="\(GovernanceURL.decisionProcedure(.value(id)))" id="procedure-form">\
                \(chrome.csrfField)<p class="hint">\(chrome.t(GovernanceText.openHint))</p>
                <p><label for="procedure-closesAt">\(chrome.t(GovernanceText.closesAt))</label> <input\
                 id="procedure-closesAt" name="closesAt" size="20" value="\(value("closesAt"))"\
                \(errors.attributes("procedure-closesAt"))>\(errors.message("procedure-closesAt"))</p>
                <p><button type="submit" id="procedure-submit">\(chrome.t(GovernanceText.openButton))</button></p>\
                </form></section>
                """
        }
        if principal.role == .delegate, summary.state == .open, let own = principal.delegation,
            decision.electorate.contains(own)
        {
            html += """
                <section aria-labelledby="stance-title"><h2 id="stance-title">\(chrome.t(GovernanceText.stanceTitle))\
                 (\(own))</h2>
                """
            if let latest = decision.stances.last(where: { $0.participant == own }) {
                html += """
                    <p id="own-stance">\(chrome.t(GovernanceText.yourStance))\
                     \(GovernanceText.position(latest.position, chrome.language))</p>
                    """
            }
            html += """
                <form method="post" action="\(GovernanceURL.decisionStance(.value(id)))" id="stance-form">\
                \(chrome.csrfField)<p class="hint">\(chrome.t(GovernanceText.stanceHint))</p>
                <fieldset id="stance-position"\(errors.attributes("stance-position"))><legend>\
                \(chrome.t(GovernanceText.position))</legend>
                \(radios("position", prefix: "stance", chrome: chrome, checked: value("position")))</fieldset>\
                \(errors.message("stance-position"))
                <p><label for="stance-reason">\(chrome.t(GovernanceText.reason))</label><br><textarea\
                 id="stance-reason" name="reason" rows="3" cols="60"\(errors.attributes("stance-reason"))>\
                \(value("reason"))</textarea>\(errors.message("stance-reason"))</p>
                <p><button type="submit" id="stance-submit">\(chrome.t(GovernanceText.stanceButton))</button></p>\
                </form></section>
                """
        }
        if principal.role == .observer, principal.organisation != nil, summary.state == .open {
            html += """
                <section aria-labelledby="comment-title"><h2 id="comment-title">\
                \(chrome.t(GovernanceText.commentTitle))</h2>
                <form method="post" action="\(GovernanceURL.decisionComment(.value(id)))" id="comment-form">\
                \(chrome.csrfField)<p class="hint">\(chrome.t(GovernanceText.commentHint))</p>
                <fieldset id="comment-position"><legend>\(chrome.t(GovernanceText.commentPosition))</legend>
                \(radios("position", prefix: "comment", chrome: chrome, checked: value("position")))</fieldset>
                <p><label for="comment-text">\(chrome.t(GovernanceText.commentText))</label><br><textarea\
                 id="comment-text" name="text" rows="3" cols="60"\(errors.attributes("comment-text"))>\
                \(value("text"))</textarea>\(errors.message("comment-text"))</p>
                <p><button type="submit" id="comment-submit">\(chrome.t(GovernanceText.commentButton))</button></p>\
                </form></section>
                """
        }
        return html
    }

    static func radios(_ name: String, prefix: String, chrome: WebChrome, checked: String) -> HTML {
        StancePosition.allCases.map { position -> HTML in
            let id = "\(prefix)-\(position.rawValue)"
            return """
                <label for="\(id)"><input type="radio" id="\(id)" name="\(name)" value="\(position.rawValue)"\
                \(checked == position.rawValue ? " checked" : "")>\
                 \(GovernanceText.position(position, chrome.language))\
                </label>
                """
        }.joined(separator: " ")
    }
}
