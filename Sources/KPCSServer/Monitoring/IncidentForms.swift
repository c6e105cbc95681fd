import Foundation
import KPCSCore

/// The parts of the incident pages: the filing form and its reading, the published summaries, a report's details,
/// and the review and response forms. No part has a place for the reporter.
enum IncidentForms {
    /// The form's field for a refusal's pointer.
    static func fieldId(_ pointer: String) -> String {
        let field = pointer.split(separator: "/").first.map(String.init) ?? ""
        let known = [
            "participant", "zone", "longitude", "precisionKm", "occurredOn", "kinds", "description", "evidence",
            "reporterName", "reporterContact",
        ]
        return "incident-\(known.contains(field) ? field : "participant")"
    }

    static func draft(_ fields: [String: String]) -> IncidentDraft {
        func number(_ name: String) -> Double? {
            fields.filled(name).flatMap { $0.count <= 24 ? Double($0.replacingOccurrences(of: ",", with: ".")) : .nan }
        }
        return IncidentDraft(
            participant: fields.filled("participant"), zone: fields.filled("zone"), longitude: number("longitude"),
            latitude: number("latitude"),
            precisionKm: fields.filled("precisionKm").flatMap { $0.count <= 6 ? Int($0) : -1 },
            occurredOn: fields.filled("occurredOn"),
            kinds: IncidentKind.allCases.map(\.rawValue).filter { fields["kind-\($0)"] != nil },
            description: fields.filled("description"),
            evidence: (fields["evidence"] ?? "").split(whereSeparator: \.isNewline).prefix(20).map(String.init),
            reporterName: fields.filled("reporterName"), reporterContact: fields.filled("reporterContact"))
    }

    static func form(errors: WebParts.FieldErrors, form: [String: String], csrf: HTML, chrome: WebChrome) -> HTML {
        let language = chrome.language
        func input(_ name: String, _ label: IncidentText, type: String = "text", size: Int = 20) -> HTML {
            let id = "incident-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" type="\(type)"\
                 size="\(size)" value="\(form[name] ?? "")"\(errors.attributes(id))>\(errors.message(id))</p>
                """
        }
        func area(_ name: String, _ label: IncidentText, hint: IncidentText? = nil) -> HTML {
            let id = "incident-\(name)"
            let described: HTML = hint.map { _ in " aria-describedby=\"\(id)-hint\"" } ?? ""
            return """
                <p><label for="\(id)">\(chrome.t(label))</label><br><textarea id="\(id)" name="\(name)" rows="4"\
                 cols="70"\(described)\(errors.attributes(id))>\(form[name] ?? "")</textarea>\
                \(hint.map { "<span class=\"hint\" id=\"\(id)-hint\">\(chrome.t($0))</span>" as HTML } ?? "")\
                \(errors.message(id))</p>
                """
        }
        var kinds: HTML = ""
        for kind in IncidentKind.allCases {
            let checked = form["kind-\(kind.rawValue)"] != nil ? " checked" : ""
            kinds += """
                <span class="choice"><input type="checkbox" id="incident-kind-\(kind.rawValue)"\
                 name="kind-\(kind.rawValue)" value="1"\(checked)> <label class="choice"\
                 for="incident-kind-\(kind.rawValue)">\(IncidentText.kind(kind, language))</label></span>
                """
        }
        return """
            <p>\(chrome.t(IncidentText.fileIntro))</p>\
            <form method="post" action="\(MonitoringURL.newIncident)" id="incident-form">\(csrf)\
            \(input("participant", .participant, size: 4))\(input("zone", .zone))\
            \(input("longitude", .longitude, size: 12))\(input("latitude", .latitude, size: 12))\
            \(input("precisionKm", .precision, type: "number", size: 5))\
            \(input("occurredOn", .occurredOn, type: "date"))\
            <fieldset id="incident-kinds"\(errors.attributes("incident-kinds"))><legend>\(chrome.t(IncidentText.kinds))\
            </legend><div class="choices">\(kinds)</div>\(errors.message("incident-kinds"))</fieldset>\
            \(area("description", .description))\(area("evidence", .evidence, hint: .evidenceHint))\
            \(input("reporterName", .reporterName, size: 30))\(input("reporterContact", .reporterContact, size: 30))\
            <p class="hint">\(chrome.t(IncidentText.reporterHint))</p>\
            <p><button type="submit">\(chrome.t(IncidentText.file))</button></p></form>
            """
    }

    static func place(zone: String?, position: GeoPosition?, precisionKm: Int?) -> String {
        var parts: [String] = []
        if let zone { parts.append(zone) }
        if let position {
            parts.append("\(position.latitude), \(position.longitude)" + (precisionKm.map { " (± \($0) km)" } ?? ""))
        }
        return parts.joined(separator: " · ")
    }

    static func summaries(_ summaries: [IncidentSummary], chrome: WebChrome) -> HTML {
        let language = chrome.language
        guard !summaries.isEmpty else {
            return "<p id=\"incident-summaries\">\(chrome.t(IncidentText.noSummaries))</p>"
        }
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="incident-summaries"><thead><tr><th\
             scope="col">\(chrome.t(IncidentText.reference))</th><th\
             scope="col">\(chrome.t(IncidentText.participant))</th><th scope="col">\(chrome.t(IncidentText.month))\
            </th><th scope="col">\(chrome.t(IncidentText.place))</th><th scope="col">\(chrome.t(IncidentText.kinds))\
            </th><th scope="col">\(chrome.t(IncidentText.verification))</th><th\
             scope="col">\(chrome.t(IncidentText.response))</th></tr></thead><tbody>
            """
        for summary in summaries {
            html += """
                <tr><td>\(summary.reference)</td><td>\(summary.participant)</td><td>\(summary.month)</td>\
                <td>\(place(zone: summary.zone, position: summary.coarsePosition, precisionKm: nil))</td>\
                <td>\(summary.kinds.map { IncidentText.kind($0, language) }.joined(separator: ", "))\
                \(summary.description.map { "<br><span class=\"report-text\">\($0)</span>" as HTML } ?? "")\
                </td><td>\(IncidentText.verification(summary.verification, language))</td>\
                <td>\(summary.response ?? "—")</td></tr>
                """
        }
        return html + "</tbody></table></div>"
    }

    static func reports(_ incidents: [Incident], chrome: WebChrome) -> HTML {
        let language = chrome.language
        guard !incidents.isEmpty else { return "<p id=\"incident-reports\">\(chrome.t(IncidentText.noReports))</p>" }
        var html: HTML = "<ul id=\"incident-reports\">"
        for incident in incidents {
            html += """
                <li><a href="\(MonitoringURL.incident(.value(incident.reference)))">\(incident.reference)</a> —\
                 \(incident.participant), \(IncidentText.verification(incident.verification, language)),\
                 \(IncidentText.publication(incident.publication, language))</li>
                """
        }
        return html + "</ul>"
    }

    static func details(_ incident: Incident, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <dl id="incident-details"><dt>\(chrome.t(IncidentText.participant))</dt><dd>\(incident.participant)</dd>\
            <dt>\(chrome.t(IncidentText.place))</dt>\
            <dd>\(place(zone: incident.zone, position: incident.position, precisionKm: incident.precisionKm))</dd>\
            <dt>\(chrome.t(IncidentText.occurredOn))</dt><dd>\(WebFormat.date(incident.occurredOn, language))</dd>\
            <dt>\(chrome.t(IncidentText.kinds))</dt>\
            <dd>\(incident.kinds.map { IncidentText.kind($0, language) }.joined(separator: ", "))</dd>\
            <dt>\(chrome.t(IncidentText.verification))</dt><dd id="incident-verification">\
            \(IncidentText.verification(incident.verification, language))</dd>\
            <dt>\(chrome.t(IncidentText.publication))</dt><dd id="incident-publication">\
            \(IncidentText.publication(incident.publication, language))\
            \(incident.publishedFrom.map { " (\(WebFormat.date($0, language)))" } ?? "")</dd></dl>\
            <p class="hint">\(chrome.t(IncidentText.sealedNote))</p>\
            <h2>\(chrome.t(IncidentText.description))</h2><p class="report-text">\(incident.description)</p>
            """
        if !incident.evidence.isEmpty {
            html += "<h2>\(chrome.t(IncidentText.evidence))</h2><ul>"
            for item in incident.evidence { html += "<li>\(item)</li>" }
            html += "</ul>"
        }
        if let response = incident.response, let at = incident.respondedAt {
            html += """
                <h2>\(chrome.t(IncidentText.response))</h2><p class="report-text"\
                 id="incident-response">\(response)</p>\
                <p>\(chrome.t(IncidentText.respondedAt)) \(WebFormat.instant(at, language))</p>
                """
        }
        return html
    }

    static func reviewForm(_ incident: Incident, errors: WebParts.FieldErrors, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var verification: HTML = ""
        for state in VerificationState.allCases {
            verification += WebParts.option(
                state.rawValue, IncidentText.verification(state, language), selected: state == incident.verification)
        }
        var publication: HTML = ""
        for state in PublicationState.allCases {
            publication += WebParts.option(
                state.rawValue, IncidentText.publication(state, language), selected: state == incident.publication)
        }
        return """
            <section aria-labelledby="review-title"><h2 id="review-title">\(chrome.t(IncidentText.review))</h2>\
            <form method="post" action="\(MonitoringURL.incidentReview(.value(incident.reference)))"\
             id="incident-review-form">\(chrome.csrfField)\
            <p><label for="review-verification">\(chrome.t(IncidentText.verification))</label> <select\
             id="review-verification" name="verification"\(errors.attributes("review-verification"))>\
            \(verification)</select>\(errors.message("review-verification"))</p>\
            <p><label for="review-publication">\(chrome.t(IncidentText.publication))</label> <select\
             id="review-publication" name="publication">\(publication)</select></p>\
            <p><label for="review-publishedFrom">\(chrome.t(IncidentText.publishedFrom))</label> <input\
             id="review-publishedFrom" name="publishedFrom" type="date"></p>\
            <p><button type="submit">\(chrome.t(IncidentText.review))</button></p></form></section>
            """
    }

    static func responseForm(_ incident: Incident, errors: WebParts.FieldErrors, chrome: WebChrome) -> HTML {
        """
        <section aria-labelledby="respond-title"><h2 id="respond-title">\(chrome.t(IncidentText.respond))</h2>\
        <form method="post" action="\(MonitoringURL.incidentResponse(.value(incident.reference)))"\
         id="incident-response-form">\(chrome.csrfField)<p><label for="response-text">\
        \(chrome.t(IncidentText.response))</label><br><textarea id="response-text" name="text" rows="4" cols="70"\
        \(errors.attributes("response-text"))>\(incident.response ?? "")</textarea>\
        \(errors.message("response-text"))</p>\
        <p><button type="submit">\(chrome.t(IncidentText.respond))</button></p></form></section>
        """
    }
}
