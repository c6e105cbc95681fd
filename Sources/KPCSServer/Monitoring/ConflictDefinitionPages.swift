import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The conflict definitions as policies, and the public what-if view of a period (a year, or a half with `half`):
/// JSON at `/api/v1/conflict-definitions` and `/api/v1/conflict-definitions/what-if`, the page at
/// `/conflict-definitions`.
enum ConflictDefinitionPages {
    struct DefinitionJSON: Codable, Sendable {
        let code: ConflictDefinition
        let version: Int
        let countedKinds: [IncidentKind]
        let applied: Bool
    }

    struct WhatIfJSON: Codable, Sendable {
        struct Row: Codable, Sendable {
            let definition: ConflictDefinition
            let zones: [String]
            let certificates: Int64
            let caratsX100: Int64
            let valueUsdCents: Int64
        }

        let period: String
        let rows: [Row]
    }

    static func period(_ request: Request) throws -> StatisticsPeriod {
        try StatisticsPeriod.parse(
            year: try request.intQuery("year") ?? (CalendarDate(utcDayOf: Date()).year - 1),
            half: try request.intQuery("half"), quarter: nil)
    }

    static func definitions(_ store: Store) -> [DefinitionJSON] {
        ConflictDefinition.allCases.map {
            DefinitionJSON(
                code: $0, version: $0.version, countedKinds: IncidentKind.allCases.filter($0.countedKinds.contains),
                applied: $0 == store.configuration.conflictDefinition)
        }
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, MonitoringURL.apiConflictDefinitions, .anyone) { _, _ in
                JSONBody.response(definitions(store))
            },
            Operation(.get, MonitoringURL.apiConflictWhatIf, .anyone) { request, _ in
                let period = try period(request)
                let rows = try await store.monitoring.conflictWhatIf(period)
                return JSONBody.response(
                    WhatIfJSON(
                        period: period.description,
                        rows: rows.map {
                            WhatIfJSON.Row(
                                definition: $0.definition, zones: $0.zones, certificates: $0.trade.certificates,
                                caratsX100: $0.trade.caratsX100, valueUsdCents: $0.trade.valueUsdCents)
                        }))
            },
            Operation.page(.get, MonitoringURL.conflictDefinitions, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let period = try period(request)
                let rows = try await store.monitoring.conflictWhatIf(period)
                let title = chrome.t(ConflictDefinitionText.title)
                return chrome.page(
                    title, body: body(rows, period: period, store: store, title: title, chrome: chrome),
                    request: request)
            },
        ]
    }

    static func body(
        _ rows: [WhatIfRow], period: StatisticsPeriod, store: Store, title: String, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML = "<h1>\(title)</h1><p>\(chrome.t(ConflictDefinitionText.intro))</p><dl id=\"definitions\">"
        for definition in ConflictDefinition.allCases {
            let applied: HTML =
                definition == store.configuration.conflictDefinition
                ? " — \(chrome.t(ConflictDefinitionText.deployment))" : ""
            let kinds = IncidentKind.allCases.filter(definition.countedKinds.contains).map {
                IncidentText.kind($0, language)
            }
            html += """
                <dt>\(ConflictDefinitionText.name(definition, language)) (\(definition.rawValue), v\
                \(String(definition.version)))\(applied)</dt><dd>\
                \(ConflictDefinitionText.summary(definition, language))\
                 \(chrome.t(ConflictDefinitionText.counted)): \(kinds.joined(separator: ", ")).</dd>
                """
        }
        html += """
            </dl><h2>\(chrome.t(ConflictDefinitionText.whatIf)) — \(period.description)</h2>\
            <p>\(chrome.t(ConflictDefinitionText.whatIfIntro))</p>\
            <form method="get" action="\(MonitoringURL.conflictDefinitions)"><p><label\
             for="what-if-year">\(chrome.t(ConflictDefinitionText.period))</label> <input id="what-if-year"\
             name="year" type="number" size="6" value="\(String(period.year))"> <button\
             type="submit">OK</button></p></form>\
            <div class="scroll" tabindex="0"><table id="what-if"><thead><tr><th\
             scope="col">\(chrome.t(ConflictDefinitionText.definition))</th><th\
             scope="col">\(chrome.t(ConflictDefinitionText.zones))</th><th\
             scope="col">\(chrome.t(ConflictDefinitionText.certificates))</th><th\
             scope="col">\(chrome.t(ConflictDefinitionText.carats))</th><th\
             scope="col">\(chrome.t(ConflictDefinitionText.value))</th></tr></thead><tbody>
            """
        for row in rows {
            let zones = row.zones.isEmpty ? chrome.t(ConflictDefinitionText.none) : row.zones.joined(separator: ", ")
            html += """
                <tr><th scope="row">\(ConflictDefinitionText.name(row.definition, language))</th><td>\(zones)</td>\
                \(WebFormat.numberCell(Quantity.whole(row.trade.certificates, language)))\
                \(WebFormat.numberCell(Quantity.carats(row.trade.caratsX100, language)))\
                \(WebFormat.numberCell(Quantity.dollars(row.trade.valueUsdCents, language)))</tr>
                """
        }
        return html + "</tbody></table></div>"
    }
}
