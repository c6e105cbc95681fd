import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/decisions` and `/decisions/{id}`: every decision with its computed state, and one decision with its count,
/// the stances and, for whoever may use them, the Chair's, a delegate's and an observer's forms.
enum DecisionPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, GovernanceURL.decisions, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
                await DecisionSettling.settle(store)
                let result = try await store.governance.decisions(page: page, for: chrome.principal)
                let names = try await participantNames(store)
                return chrome.page(
                    GovernanceText.decisionsTitle.text(chrome.language),
                    body: list(result, names: names, chrome: chrome), request: request)
            },
            Operation.page(.get, GovernanceURL.decision(.key), .anyone) { request, context in
                try await detail(
                    store, id: try GovernanceAPI.decisionId(context), request: request, context: context,
                    errors: .init(), form: [:])
            },
        ]
    }

    /// Each participant's name in both languages, by code.
    static func participantNames(_ store: Store) async throws -> [String: Participant] {
        Dictionary(uniqueKeysWithValues: try await store.registry.participants().map { ($0.code, $0) })
    }

    static func name(_ code: String, _ names: [String: Participant], _ language: Language) -> String {
        names[code].map { "\($0.name(in: language)) (\(code))" } ?? code
    }

    static func stateTag(_ state: DecisionState, _ language: Language) -> HTML {
        "<span class=\"tag d-\(state.rawValue)\">\(GovernanceText.state(state, language))</span>"
    }

    static func list(_ result: PageResult<DecisionSummary>, names: [String: Participant], chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML =
            """
            <h1>\(chrome.t(GovernanceText.decisionsTitle))</h1><p>\(chrome.t(GovernanceText.decisionsIntro))</p>
            <p><a href="\(GovernanceURL.chairs)">\(chrome.t(GovernanceText.chairsLink))</a> · <a\
             href="\(GovernanceURL.meetings)" id="meetings-link">\(chrome.t(MeetingText.title))</a> · <a\
             href="\(GovernanceURL.bodies)" id="bodies-link">\(chrome.t(WorkingBodyText.title))</a> · <a\
             href="\(GovernanceURL.applications)" id="applications-link">\(chrome.t(ApplicationText.title))</a>
            """
        if chrome.principal?.role == .delegate {
            html += " · <a href=\"\(GovernanceURL.newDecision)\" id=\"propose\">\(chrome.t(GovernanceText.propose))</a>"
        }
        html += "</p>"
        guard !result.items.isEmpty else { return html + "<p>\(chrome.t(GovernanceText.noDecisions))</p>" }
        html += """
            <div class="scroll" tabindex="0"><table id="decisions"><thead><tr><th\
             scope="col">\(chrome.t(GovernanceText.title))</th><th scope="col">\(chrome.t(GovernanceText.proposer))</th>
            <th scope="col">\(chrome.t(GovernanceText.state))</th><th\
             scope="col">\(chrome.t(GovernanceText.deadline))</th><th\
             scope="col">\(chrome.t(GovernanceText.number))</th></tr></thead><tbody>
            """
        for item in result.items {
            let decision = item.decision
            let deadline = decision.procedure.map { WebFormat.instant($0.closesAt, language) } ?? "—"
            html += """
                <tr><td><a href="\(GovernanceURL.decision(.value(String(decision.id))))">\
                \(decision.title(in: language))</a></td><td>\(name(decision.proposer, names, language))</td>
                <td>\(stateTag(item.state, language))</td><td class="nw">\(deadline)</td><td>\
                \(decision.closing?.number ?? "—")</td></tr>
                """
        }
        html += "</tbody></table></div>"
        return html
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: GovernanceURL.decisions,
                query: [], chrome: chrome)
    }

    /// One decision, with the errors of a form just posted (and what it held) when there are any.
    static func detail(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        await DecisionSettling.settle(store)
        let summary = try await store.governance.decision(id, for: chrome.principal)
        let names = try await participantNames(store)
        let decision = summary.decision
        var html: HTML = "<h1>\(decision.title(in: language))</h1>"
        if request.query("saved") != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(GovernanceText.saved))</p>"
        }
        html += errors.summary(chrome, labels: [:])
        html += """
            <dl class="facts"><dt>\(chrome.t(GovernanceText.state))</dt><dd id="decision-state">\
            \(stateTag(summary.state, language))</dd>
            <dt>\(chrome.t(GovernanceText.proposer))</dt><dd>\(name(decision.proposer, names, language))</dd>
            <dt>\(chrome.t(GovernanceText.proposedOn))</dt><dd>\(WebFormat.instant(decision.proposedAt, language))</dd>
            <dt>\(chrome.t(GovernanceText.effect))</dt><dd id="decision-effect">\
            \(DecisionWords.effect(decision.effect, names: names, language: language))</dd>
            """
        if let meetingId = decision.procedure?.meetingId {
            let meeting = try await store.governance.meeting(meetingId, for: chrome.principal)
            html += """
                <dt>\(chrome.t(GovernanceText.takenAt))</dt><dd id="decision-meeting"><a\
                 href="\(GovernanceURL.meeting(.value(String(meetingId))))">\(meeting.title(in: language))</a></dd>
                """
        }
        if let closing = decision.closing, let number = closing.number {
            html += "<dt>\(chrome.t(GovernanceText.number))</dt><dd id=\"decision-number\">\(number)"
            if let result = closing.effect {
                html += " — \(chrome.t(result == .applied ? GovernanceText.effectApplied : .effectLapsed))"
            }
            html += "</dd>"
        }
        html += "</dl><h2>\(chrome.t(GovernanceText.textTitle))</h2>"
        html += DecisionWords.paragraphs(decision.text(in: language))
        html += procedure(summary, names: names, chrome: chrome)
        html += stances(decision, names: names, chrome: chrome)
        let chair = try await store.governance.chair(
            of: ChairRule.year(of: CalendarDate(utcDayOf: store.configuration.now())))
        html += DecisionForms.forms(summary, chair: chair, chrome: chrome, errors: errors, form: form)
        html += MeetingDecisionForm.html(
            summary, chair: chair, meetings: try await MeetingDecisionForm.openMeetings(store, for: chrome.principal),
            chrome: chrome, errors: errors, form: form)
        html += "<p class=\"hint\">\(chrome.t(GovernanceText.logNote))</p>"
        return chrome.page(
            decision.title(in: language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func procedure(_ summary: DecisionSummary, names: [String: Participant], chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = "<h2>\(chrome.t(GovernanceText.procedureTitle))</h2>"
        guard let procedure = summary.decision.procedure else {
            return html + "<p>\(chrome.t(GovernanceText.notOpened))</p>"
        }
        let tally = summary.tally
        html += """
            <dl class="facts"><dt>\(chrome.t(GovernanceText.openedBy))</dt><dd>\
            \(WebFormat.instant(procedure.openedAt, language))</dd>
            <dt>\(chrome.t(GovernanceText.deadline))</dt><dd id="decision-deadline">\
            \(WebFormat.instant(procedure.closesAt, language))</dd>
            <dt>\(chrome.t(GovernanceText.quorum))</dt><dd>\(String(procedure.quorum))</dd>
            <dt>\(chrome.t(GovernanceText.electorate))</dt><dd>\(String(summary.decision.electorate.count))</dd></dl>
            <h3>\(chrome.t(GovernanceText.tallyTitle))</h3><ul id="decision-tally">
            <li>\(chrome.t(GovernanceText.supports)): \(String(tally.supports))</li>
            <li>\(chrome.t(GovernanceText.noObjection)): \(String(tally.noObjection))</li>
            <li>\(chrome.t(GovernanceText.objects)): \(String(tally.objectedBy.count))</li>
            <li>\(chrome.t(GovernanceText.silent)): \(String(tally.silent))</li></ul>
            """
        let outcome: HTML
        switch summary.state {
        case .proposed, .open: outcome = "\(chrome.t(GovernanceText.outcomeOpen))"
        case .adopted: outcome = "\(chrome.t(GovernanceText.outcomeAdopted))"
        case .notAdopted:
            let objectors = tally.objectedBy.map { name($0, names, language) }.joined(separator: ", ")
            outcome =
                tally.objectedBy.isEmpty
                ? "\(chrome.t(GovernanceText.outcomeQuorum))"
                : "\(chrome.t(GovernanceText.outcomeObjected)) \(objectors)."
        }
        return html + "<p id=\"decision-outcome\">\(outcome)</p>"
    }

    static func stances(_ decision: Decision, names: [String: Participant], chrome: WebChrome) -> HTML {
        let language = chrome.language
        let deliberation = GovernanceAccess.seesDeliberation(chrome.principal)
        var html: HTML = "<h2>\(chrome.t(GovernanceText.stancesTitle))</h2>"
        if decision.stances.isEmpty {
            html += "<p>\(chrome.t(GovernanceText.noStances))</p>"
        } else {
            html += """
                <div class="scroll" tabindex="0"><table id="stances"><thead><tr><th\
                 scope="col">\(chrome.t(GovernanceText.participant))</th><th\
                 scope="col">\(chrome.t(GovernanceText.position))</th><th\
                 scope="col">\(chrome.t(GovernanceText.when))</th>
                """
            if deliberation { html += "<th scope=\"col\">\(chrome.t(GovernanceText.reason))</th>" }
            html += "</tr></thead><tbody>"
            for stance in decision.stances {
                html += """
                    <tr><td>\(name(stance.participant, names, language))</td><td>\
                    \(GovernanceText.position(stance.position, language))</td><td class="nw">\
                    \(WebFormat.instant(stance.recordedAt, language))</td>
                    """
                if deliberation { html += "<td>\(stance.reason ?? "")</td>" }
                html += "</tr>"
            }
            html += "</tbody></table></div>"
        }
        guard deliberation else { return html + "<p class=\"hint\">\(chrome.t(GovernanceText.deliberationOnly))</p>" }
        html += "<h2>\(chrome.t(GovernanceText.commentsTitle))</h2>"
        guard !decision.comments.isEmpty else { return html + "<p>\(chrome.t(GovernanceText.noComments))</p>" }
        html += "<ul id=\"comments\">"
        for comment in decision.comments {
            let view =
                comment.position.map { GovernanceText.position($0, language) }
                ?? GovernanceText.noPosition.text(language)
            html += """
                <li><strong>\(comment.organisation)</strong> (\(view),\
                 \(WebFormat.instant(comment.recordedAt, language))):\
                 \(comment.text)</li>
                """
        }
        return html + "</ul>"
    }
}

/// A decision's effect and text as a page shows them.
enum DecisionWords {
    static func effect(_ effect: DecisionEffect?, names: [String: Participant], language: Language) -> String {
        guard let effect else { return GovernanceText.noEffect.text(language) }
        var words = GovernanceText.effectKind(effect.kind, language)
        if let year = effect.year { words += " \(year)" }
        if let code = effect.participant, !effect.kind.isBodyEffect {
            words += (effect.year == nil ? " " : ": ") + DecisionPages.name(code, names, language)
        } else if effect.kind == .setChair {
            words += ": " + GovernanceText.noChair.text(language)
        }
        if case .suspend(_, let conditions) = effect, !conditions.exportZones.isEmpty {
            words +=
                " — \(GovernanceText.effectZones.text(language)): \(conditions.exportZones.joined(separator: ", "))"
        }
        switch effect {
        case .establishBody(let charter):
            words += ": \(language == .fr ? charter.nameFr : charter.nameEn) (\(charter.code))"
        case .dissolveBody(let body), .adoptTermsOfReference(let body, _, _): words += ": \(body)"
        case .appointBodyChair(let body, let holder, let role):
            words += " \(body): \(WorkingBodyPages.holderName(holder, names: names, language: language))"
            words += " (\(WorkingBodyText.role(role, language)))"
        case .setZoneStatus(let zone, _, let status): words += ": \(zone) → \(ZoneText.status(status, language))"
        case .admit, .suspend, .readmit, .withdraw, .electViceChair, .setChair: break
        }
        return words
    }

    /// The text's paragraphs (split at blank lines), each escaped.
    static func paragraphs(_ text: String) -> HTML {
        text.components(separatedBy: "\n\n").map { "<p>\($0)</p>" as HTML }.joined()
    }
}
