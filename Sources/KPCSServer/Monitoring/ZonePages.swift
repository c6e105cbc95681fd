import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore

/// `/participants/{code}/zones` and `/zones/{code}`: a participant's mining zones on a map drawn from their geometry,
/// with their status today and the decisions behind it; and for the participant's delegates and officers and the
/// administrators, the form that registers a zone (what `POST /api/v1/zones` does).
enum ZonePages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, MonitoringURL.participantZones(.key), .anyone) { request, context in
                try await participantPage(
                    store, code: participantCode(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(
                .post, MonitoringURL.participantZones(.key), Access.roles([.administrator, .officer, .delegate])
            ) { request, context in
                let code = participantCode(context)
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                do {
                    let draft = ZoneDraft(
                        participant: code, code: fields.filled("code"), name: fields.filled("name"),
                        geometry: try geometry(fields.filled("geometry")))
                    let zone = try await store.monitoring.register(draft, by: try context.principal())
                    return WebChrome.redirect(MonitoringURL.zone(.value(zone.code)).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: language) { pointer in
                        let field = pointer.split(separator: "/").first.map(String.init) ?? "code"
                        return "zone-\(["code", "name", "geometry"].contains(field) ? field : "code")"
                    }
                }
                return try await participantPage(
                    store, code: code, request: request, context: context, errors: errors, form: fields)
            },
            Operation.page(.get, MonitoringURL.zone(.key), .anyone) { request, context in
                try await zonePage(store, code: try ZoneAPI.zoneCode(context), request: request, context: context)
            },
        ]
    }

    static func participantCode(_ context: KPCSRequestContext) -> String {
        String(context.pathParameter("code").prefix(8)).uppercased()
    }

    /// The geometry field: GeoJSON text, read by the same strict reader as an API body.
    static func geometry(_ text: String?) throws -> GeometryDraft? {
        guard let text else { return nil }
        let bytes = Array(text.utf8)
        do {
            try JSONParser.checkRequestBody(bytes)
            return try JSONDecoder().decode(GeometryDraft.self, from: Data(bytes))
        } catch {
            throw KPCSError.invalid(ZoneMessage.geometryNotJSON, pointer: "/geometry")
        }
    }

    static func participantPage(
        _ store: Store, code: String, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        await DecisionSettling.settle(store)
        guard let participant = try await store.registry.participant(code) else {
            return ErrorPages.notFound(chrome, request: request)
        }
        let zones = try await store.monitoring.zones(of: participant.code)
        let today = ZoneAPI.today(store)
        let title = "\(chrome.t(ZoneText.title)) — \(participant.name(in: language))"
        var html: HTML = "<h1>\(title)</h1>"
        html += "<p><a href=\"\(RegistryURL.participant(.value(participant.code)))\">\(participant.name(in: language))"
        html += "</a></p><p>\(chrome.t(ZoneText.intro))</p>"
        html += errors.summary(chrome, labels: [:])
        if zones.isEmpty {
            html += "<p id=\"zones\">\(chrome.t(ZoneText.noZones))</p>"
        } else {
            html += ZoneMap.svg(zones, today: today, title: chrome.t(ZoneText.mapTitle), language: language)
            html += table(zones, today: today, chrome: chrome)
            html += "<p class=\"hint\">\(chrome.t(ZoneText.notReviewedNote))</p>"
        }
        if chrome.csrf != nil, let principal = chrome.principal,
            (try? ZoneRules.authorizeRegistration(principal, participant: participant.code)) != nil
        {
            html += registrationForm(participant.code, errors: errors, form: form, chrome: chrome)
        }
        return chrome.page(title, body: html, request: request, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func table(_ zones: [MiningZone], today: CalendarDate, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="zones"><thead><tr><th\
             scope="col">\(chrome.t(ZoneText.code))</th><th scope="col">\(chrome.t(ZoneText.name))</th><th\
             scope="col">\(chrome.t(ZoneText.status))</th><th scope="col">\(chrome.t(ZoneText.since))</th></tr>\
            </thead><tbody>
            """
        for zone in zones {
            let change = zone.statusChange(on: today)
            html += """
                <tr><td><a href="\(MonitoringURL.zone(.value(zone.code)))">\(zone.code)</a></td><td>\(zone.name)</td>\
                <td>\(ZoneText.statusOrNone(change?.status, language))</td>\
                <td>\(change.map { WebFormat.date($0.effectiveOn, language) } ?? "—")\
                \(change.map { decisionLink($0, chrome: chrome) } ?? "")</td></tr>
                """
        }
        return html + "</tbody></table></div>"
    }

    static func decisionLink(_ change: ZoneStatusChange, chrome: WebChrome) -> HTML {
        " (<a href=\"\(GovernanceURL.decision(.value(String(change.decisionId))))\">\(change.decisionNumber)</a>)"
    }

    static func registrationForm(
        _ participant: String, errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome
    ) -> HTML {
        func field(_ name: String, _ label: ZoneText, size: Int, placeholder: String = "") -> HTML {
            """
            <p><label for="zone-\(name)">\(chrome.t(label))</label> <input id="zone-\(name)" name="\(name)"\
             size="\(size)" placeholder="\(placeholder)" value="\(form[name] ?? "")"\
            \(errors.attributes("zone-\(name)"))>\
            \(errors.message("zone-\(name)"))</p>
            """
        }
        return """
            <section aria-labelledby="zone-form-title"><h2 id="zone-form-title">\(chrome.t(ZoneText.register))</h2>\
            <p class="hint">\(chrome.t(ZoneText.registerHint))</p>\
            <form method="post" action="\(MonitoringURL.participantZones(.value(participant)))">\(chrome.csrfField)\
            \(field("code", .code, size: 24, placeholder: "\(participant)-NORTH"))\(field("name", .name, size: 40))\
            <p><label for="zone-geometry">\(chrome.t(ZoneText.geometry))</label><br><textarea id="zone-geometry"\
             name="geometry" rows="6" cols="60" aria-describedby="zone-geometry-hint"\
            \(errors.attributes("zone-geometry"))>\(form["geometry"] ?? "")</textarea>\
            <span class="hint" id="zone-geometry-hint">\(chrome.t(ZoneText.geometryHint))</span>\
            \(errors.message("zone-geometry"))</p>\
            <p><button type="submit">\(chrome.t(ZoneText.register))</button></p></form></section>
            """
    }

    static func zonePage(
        _ store: Store, code: String, request: Request, context: KPCSRequestContext
    ) async throws
        -> Response
    {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        await DecisionSettling.settle(store)
        let zone = try await store.monitoring.zone(code)
        let today = ZoneAPI.today(store)
        let names = try await DecisionPages.participantNames(store)
        let current = zone.statusChange(on: today)
        var html: HTML = "<h1>\(zone.name) (\(zone.code))</h1>"
        html += """
            <p><a href="\(MonitoringURL.participantZones(.value(zone.participantCode)))">\(chrome.t(ZoneText.allZones))\
             \(DecisionPages.name(zone.participantCode, names, language))</a></p>
            """
        if request.query("saved") != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(GovernanceText.saved))</p>"
        }
        html += """
            <dl id="zone-facts"><dt>\(chrome.t(ZoneText.participant))</dt>\
            <dd>\(DecisionPages.name(zone.participantCode, names, language))</dd>\
            <dt>\(chrome.t(ZoneText.status))</dt><dd>\(ZoneText.statusOrNone(current?.status, language))\
            \(current.map { decisionLink($0, chrome: chrome) } ?? "")</dd>\
            <dt>\(chrome.t(ZoneText.registered))</dt><dd>\(WebFormat.instant(zone.registeredAt, language))</dd></dl>
            """
        html += ZoneMap.svg([zone], today: today, title: chrome.t(ZoneText.mapTitle), language: language)
        html += "<h2>\(chrome.t(ZoneText.history))</h2>"
        if zone.history.isEmpty {
            html += "<p id=\"zone-history\">\(chrome.t(ZoneText.noHistory))</p>"
        } else {
            html += "<ul id=\"zone-history\">"
            for change in zone.history.reversed() {
                html += """
                    <li>\(WebFormat.date(change.effectiveOn, language)): \(ZoneText.status(change.status, language))\
                    \(decisionLink(change, chrome: chrome))</li>
                    """
            }
            html += "</ul>"
        }
        html += "<h2>\(chrome.t(ZoneText.geometry))</h2><pre id=\"zone-geometry\">\(zone.geometry.geoJSONText)</pre>"
        return chrome.page("\(zone.name) (\(zone.code))", body: html, request: request)
    }
}
