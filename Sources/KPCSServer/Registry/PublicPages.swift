import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The public pages: home, the participants directory and each participant's page.
enum PublicPages {
    static let perPage = 50

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, RegistryURL.home, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                return chrome.page(
                    WebText.siteName.text(chrome.language), body: home(chrome.language), request: request)
            },
            Operation.page(.get, RegistryURL.participants, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                await DecisionSettling.settle(store)
                let all = try await store.registry.participants()
                return chrome.page(
                    WebText.participantsTitle.text(chrome.language),
                    body: try directory(all, request: request, language: chrome.language),
                    request: request)
            },
            Operation.page(.get, RegistryURL.participant(.key), .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let code = context.pathParameter("code").uppercased()
                await DecisionSettling.settle(store)
                guard let participant = try await store.registry.participant(code) else {
                    return ErrorPages.notFound(chrome, request: request)
                }
                let body = participantPage(
                    participant, authorities: try await store.registry.authorities(participant: code),
                    history: try await store.registry.statusHistory(of: code), language: chrome.language)
                return chrome.page(participant.name(in: chrome.language), body: body, request: request)
            },
        ]
    }

    static func home(_ language: Language) -> HTML {
        func t(_ text: WebText) -> String { text.text(language) }
        return """
            <h1>\(t(.homeTitle))</h1><p>\(t(.homeIntro))</p><p>\(t(.homeScheme))</p><p>\(t(.homeWhatKpcs))</p>
            <ul><li><a href="\(VerificationURL.page)">\(t(.homeVerifyLink))</a></li><li><a\
             href="\(StatisticsURL.page)">\(t(.homeStatisticsLink))</a></li>
            <li><a href="\(RegistryURL.participants)">\(t(.homeParticipantsLink))</a></li></ul>
            """
    }

    static func directory(_ all: [Participant], request: Request, language: Language) throws -> HTML {
        func t(_ text: WebText) -> String { text.text(language) }
        let query = (request.query("q") ?? "").trimmingCharacters(in: .whitespaces)
        let status = request.query("status").flatMap(ParticipantStatus.init(rawValue:))
        let region = request.query("region")
        let page = max(1, try request.intQuery("page") ?? 1)
        let folded = query.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let matching = all.filter { participant in
            (status == nil || participant.status == status) && (region == nil || participant.region == region)
                && (folded.isEmpty
                    || [participant.code, participant.nameEn, participant.nameFr].contains {
                        $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(folded)
                    })
        }
        let ordered = ParticipantOrder.sorted(matching, in: language)
        let pages = max(1, (matching.count + perPage - 1) / perPage)
        let shown = ordered.dropFirst((min(page, pages) - 1) * perPage).prefix(perPage)
        let regions = Set(all.map(\.region)).sorted()
        var html: HTML = """
            <h1>\(t(.participantsTitle))</h1><form method="get" action="\(RegistryURL.participants)"><input\
             type="hidden" name="lang" value="\(language.rawValue)">
            <p><label for="q">\(t(.search))</label> <input id="q" name="q" type="search" value="\(query)">
            <label for="status">\(t(.status))</label> <select id="status"\
             name="status">\(WebParts.option("", WebText.anyStatus.text(language), selected: status == nil))
            \(ParticipantStatus.allCases.map {
                WebParts.option($0.rawValue, $0.label(in: language), selected: $0 == status)
            }.joined())</select>
            <label for="region">\(t(.region))</label> <select id="region"\
             name="region">\(WebParts.option("", WebText.anyRegion.text(language), selected: region == nil))
            \(regions.map { WebParts.option($0, WebText.region($0, language), selected: $0 == region) }.joined())\
            </select>
            <button type="submit">\(t(.filter))</button></p></form>
            """
        guard !shown.isEmpty else { return html + "<p>\(t(.noParticipants))</p>" }
        html += """
            <table><thead><tr><th scope="col">\(t(.name))</th><th scope="col">\(t(.code))</th><th\
             scope="col">\(t(.status))</th>
            <th scope="col">\(t(.region))</th><th scope="col">\(t(.joined))</th></tr></thead><tbody>
            """
        for participant in shown {
            html +=
                """
                <tr><td><a\
                 href="\(RegistryURL.participant(.value(participant.code)))">\(participant.name(in: language))</a></td>
                """
            html += "<td>\(participant.code)</td><td>\(standing(participant, language: language))</td>"
            html +=
                """
                <td>\(WebText.region(participant.region, language))</td><td>\
                \(participant.joined.map(String.init) ?? "")</td></tr>
                """
        }
        let pageOf = WebText.pageOf.text(language).replacingOccurrences(of: "{0}", with: String(min(page, pages)))
            .replacingOccurrences(of: "{1}", with: String(pages))
        html += "</tbody></table><p>\(pageOf)"
        let base = RegistryURL.participants.path(query: [
            ("lang", language.rawValue), ("q", query), ("status", status?.rawValue ?? ""), ("region", region ?? ""),
        ])
        if page > 1 { html += " · <a href=\"\(base)&page=\(page - 1)\" rel=\"prev\">\(t(.previousPage))</a>" }
        if page < pages { html += " · <a href=\"\(base)&page=\(page + 1)\" rel=\"next\">\(t(.nextPage))</a>" }
        return html + "</p>"
    }

    /// A participant's status in the directory; for a member state, whose participant is its organisation (the
    /// European Union), "member state of the European Union (EU)" linking to that participant, so that it is not
    /// read as a participant in its own right.
    static func standing(_ participant: Participant, language: Language) -> HTML {
        guard participant.isMemberState else { return "\(participant.status.label(in: language))" }
        let note =
            participant.participantCode == "EU"
            ? WebText.euMemberState.text(language)
            : "\(WebText.memberState.text(language)) (\(participant.participantCode))"
        return "<a href=\"\(RegistryURL.participant(.value(participant.participantCode)))\">\(note)</a>"
    }

    static func participantPage(
        _ participant: Participant, authorities: [Authority], history: [ParticipantStatusChange], language: Language
    ) -> HTML {
        func t(_ text: WebText) -> String { text.text(language) }
        func row(_ label: WebText, _ value: String) -> HTML {
            "<tr><th scope=\"row\">\(t(label))</th><td>\(value)</td></tr>"
        }
        var html: HTML = "<h1>\(participant.name(in: language)) (\(participant.code))</h1><table>"
        html +=
            row(.status, participant.status.label(in: language))
            + row(.region, WebText.region(participant.region, language))
        if let joined = participant.joined { html += row(.joined, String(joined)) }
        if participant.isMemberState { html += row(.memberState, participant.participantCode) }
        html += "</table>"
        if !participant.isMemberState {
            html += "<p><a id=\"zones-link\" href=\"\(MonitoringURL.participantZones(.value(participant.code)))\">"
            html += "\(ZoneText.title.text(language))</a> · <a id=\"annual-reports-link\""
            html += " href=\"\(MonitoringURL.annualReports(.value(participant.code)))\">"
            html += "\(AnnualReportText.title.text(language))</a> · <a id=\"peer-reviews-link\""
            html += " href=\"\(MonitoringURL.peerReviews.path(query: [("participant", participant.code)]))\">"
            html += "\(PeerReviewText.title.text(language))</a> · <a id=\"accountability-link\""
            html += " href=\"\(MonitoringURL.accountability(.value(participant.code)))\">"
            html += "\(AccountabilityText.link.text(language))</a></p>"
        }
        html += "<h2>\(t(.authorities))</h2>"
        if authorities.isEmpty {
            html += "<p>\(t(.noAuthorities))</p>"
        } else {
            html +=
                """
                <table><thead><tr><th scope="col">\(t(.name))</th><th scope="col">\(t(.memberState))</th><th\
                 scope="col">\(t(.canExport))</th><th scope="col">\(t(.canImport))</th></tr></thead><tbody>
                """
            for authority in authorities {
                html += "<tr><td>\(authority.name)</td><td>\(authority.memberState ?? "")</td>"
                html +=
                    """
                    <td>\(t(authority.canExport ? .yes : .no))</td><td>\(t(authority.canImport ? .yes : .no))</td></tr>
                    """
            }
            html += "</tbody></table>"
        }
        return html + statusHistory(history, language: language)
    }

    /// A participant's status changes, each with the decision behind it or the correction's reason.
    static func statusHistory(_ history: [ParticipantStatusChange], language: Language) -> HTML {
        func t(_ text: WebText) -> String { text.text(language) }
        var html: HTML = "<h2>\(t(.statusHistory))</h2>"
        guard !history.isEmpty else { return html + "<p>\(t(.noStatusChanges))</p>" }
        html +=
            """
            <table><thead><tr><th scope="col">\(t(.effectiveOn))</th><th scope="col">\(t(.status))</th><th\
             scope="col">\(t(.reason))</th></tr></thead><tbody>
            """
        for change in history {
            html += "<tr><td>\(change.effectiveOn)</td><td>\(change.previousStatus.label(in: language)) → "
            html += "\(change.status.label(in: language))</td><td>"
            if let decision = change.decisionId {
                html += """
                    \(GovernanceText.statusByDecision.text(language)) <a\
                     href="\(GovernanceURL.decision(.value(String(decision))))">\
                    \(change.decisionNumber ?? change.reason)</a>
                    """
            } else {
                html +=
                    "\(change.reason) <span class=\"hint\">(\(GovernanceText.statusCorrection.text(language)))</span>"
            }
            html += "</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
