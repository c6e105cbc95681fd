import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `GET /statistics`: the annual (or half-year) global summary as a page, with two SVG charts, the mirror check,
/// the trading-centre check and the definitions. Public: aggregates only.
enum StatisticsPage {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, StatisticsURL.page, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let language = chrome.language
                let year = try request.intQuery("year") ?? (CalendarDate(utcDayOf: Date()).year - 1)
                let period = try StatisticsPeriod.parse(year: year, half: request.intQuery("half"), quarter: nil)
                let summary = try await store.statistics.summary(period)
                let pairs = try await store.statistics.mirrorCheck(period)
                let names = Dictionary(
                    uniqueKeysWithValues: try await store.registry.participants().map {
                        ($0.code, language == .fr ? $0.nameFr : $0.nameEn)
                    })
                return chrome.page(
                    "\(StatisticsText.title.text(language)) \(period)",
                    body: body(summary, pairs: pairs, names: names, language: language),
                    request: request)
            }
        ]
    }

    static func body(
        _ summary: StatisticsSummary, pairs: [MirrorPair], names: [String: String], language: Language
    ) -> HTML {
        func t(_ text: StatisticsText) -> String { text.text(language) }
        let period = summary.period
        var half = 0
        if case .half(_, let value) = period { half = value }
        let query = [("year", String(period.year)), ("half", half > 0 ? String(half) : "")]
        var html: HTML = "<h1>\(t(.title)) \(period)</h1><p>\(t(.intro))</p>"
        html += """
            <form method="get" action="\(StatisticsURL.page)"><input type="hidden" name="lang"\
             value="\(language.rawValue)">
            <label for="year">\(t(.yearLabel))</label> <input id="year" name="year" type="number" min="2000"\
             max="9998" value="\(period.year)">
            <label for="half">\(t(.halfLabel))</label> <select id="half" name="half"><option\
             value=""\(half == 0 ? " selected" : "")>\(t(.wholeYear))</option>
            <option value="1"\(half == 1 ? " selected" : "")>H1</option><option\
             value="2"\(half == 2 ? " selected" : "")>H2</option></select>
            <button type="submit">\(t(.show))</button></form>
            <p>\(t(.downloads)): <a href="\(StatisticsURL.apiSummary.path(query: query))">JSON</a> · <a\
             href="\(StatisticsURL.apiSummary.path(query: query + [("format", "csv")]))">CSV</a></p>
            """
        guard !summary.rows.isEmpty else { return html + "<p>\(t(.noData))</p>" + definitions(language) }
        let producers = summary.rows.filter { ($0.production?.valueUsdCents ?? 0) > 0 }
            .sorted { ($0.production?.valueUsdCents ?? 0) > ($1.production?.valueUsdCents ?? 0) }
        if !producers.isEmpty {
            html +=
                "<h2>\(t(.production))</h2>"
                + SVGBarChart.render(
                    id: "production", title: StatisticsText.chartProduction.text(language),
                    series: [.init(name: StatisticsText.production.text(language), colour: "#6b4f9c")],
                    bars: producers.map { .init(label: $0.participant, values: [$0.production?.valueUsdCents ?? 0]) },
                    language: language)
        }
        let traders = summary.rows.sorted {
            max($0.exports.valueUsdCents, $0.imports.valueUsdCents)
                > max($1.exports.valueUsdCents, $1.imports.valueUsdCents)
        }
        html +=
            "<h2>\(t(.exports)) / \(t(.imports))</h2>"
            + SVGBarChart.render(
                id: "trade", title: StatisticsText.chartTrade.text(language),
                series: [
                    .init(name: StatisticsText.exports.text(language), colour: "#0b4f9c"),
                    .init(name: StatisticsText.imports.text(language), colour: "#1b7f3b"),
                ],
                bars: traders.map {
                    .init(label: $0.participant, values: [$0.exports.valueUsdCents, $0.imports.valueUsdCents])
                }, language: language)
        html += summaryTable(summary, names: names, language: language)
        html += mirrorTable(pairs, language: language)
        html += hubTable(summary, language: language)
        return html + definitions(language)
    }

    static func summaryTable(_ summary: StatisticsSummary, names: [String: String], language: Language) -> HTML {
        func t(_ text: StatisticsText) -> String { text.text(language) }
        func cells(_ carats: Int64?, _ cents: Int64?, _ perCarat: Int64?) -> HTML {
            guard let carats, let cents else { return "<td colspan=\"3\">\(t(.notReported))</td>" }
            return
                """
                <td class="n">\(Quantity.carats(carats, language))</td><td\
                 class="n">\(Quantity.dollars(cents, language))</td>
                """
                + "<td class=\"n\">\(perCarat.map { Quantity.dollars($0, language) } ?? "–")</td>"
        }
        func trade(_ totals: TradeTotals) -> HTML {
            cells(totals.caratsX100, totals.valueUsdCents, totals.usdPerCaratCents)
                + "<td class=\"n\">\(Quantity.whole(totals.certificates, language))</td>"
        }
        let unit: HTML =
            """
            <th scope="col">\(t(.carats))</th><th scope="col">\(t(.usd))</th><th scope="col">\(t(.usdPerCarat))</th>
            """
        var html: HTML = """
            <div class="scroll" tabindex="0"><table><caption>\(t(.title)) \(summary.period)</caption><thead><tr><th\
             scope="col"\
             rowspan="2">\(t(.participant))</th>
            <th scope="colgroup" colspan="3">\(t(.production))</th><th scope="colgroup" colspan="4">\(t(.exports))</th>
            <th scope="colgroup" colspan="4">\(t(.imports))</th></tr><tr>\(unit)\(unit)<th\
             scope="col">\(t(.certificates))</th>\(unit)<th scope="col">\(t(.certificates))</th></tr></thead><tbody>
            """
        for row in summary.rows {
            let name = names[row.participant].map { "\($0) (\(row.participant))" } ?? row.participant
            html += "<tr><th scope=\"row\">\(name)</th>"
            html += cells(row.production?.caratsX100, row.production?.valueUsdCents, row.production?.usdPerCaratCents)
            html += trade(row.exports) + trade(row.imports) + "</tr>"
            for member in row.memberStates {
                html +=
                    """
                    <tr><th scope="row" class="sub">\(names[member.memberState] ?? member.memberState)</th><td\
                     colspan="3"></td>
                    """
                html += trade(member.exports) + trade(member.imports) + "</tr>"
            }
        }
        let world = summary.worldProduction
        html +=
            "<tr class=\"total\"><th scope=\"row\">\(t(.world))</th>"
            + cells(world.caratsX100, world.valueUsdCents, world.usdPerCaratCents)
        html += trade(summary.worldExports) + trade(summary.worldImports) + "</tr>"
        return html + "</tbody></table></div>"
    }

    static func mirrorTable(_ pairs: [MirrorPair], language: Language) -> HTML {
        func t(_ text: StatisticsText) -> String { text.text(language) }
        let ordered = pairs.sorted { lhs, rhs in
            let (left, right) = (
                lhs.isFlagged(threshold: MirrorCheck.defaultThreshold),
                rhs.isFlagged(threshold: MirrorCheck.defaultThreshold)
            )
            return left != right ? left : lhs.certified.valueUsdCents > rhs.certified.valueUsdCents
        }
        var html: HTML = """
            <h2>\(t(.mirrorTitle))</h2><p>\(t(.mirrorIntro))</p><p>\(t(.leadsNotVerdicts))</p><div\
             class="scroll" tabindex="0"><table><thead><tr>
            <th scope="col">\(t(.exporter))</th><th scope="col">\(t(.importer))</th><th\
             scope="col">\(t(.certified))</th>
            <th scope="col">\(t(.received))</th><th scope="col">\(t(.refused))</th><th scope="col">\(t(.waiting))</th>
            <th scope="col">\(t(.expired))</th><th scope="col">\(t(.shortfall))</th><th\
             scope="col">\(t(.flaggedPair))</th></tr></thead><tbody>
            """
        for pair in ordered {
            let flagged = pair.isFlagged(threshold: MirrorCheck.defaultThreshold)
            html += "<tr\(flagged ? " class=\"flag\"" as HTML : "")><td>\(pair.exporter)</td><td>\(pair.importer)</td>"
            html += "<td class=\"n\">\(Quantity.carats(pair.certified.caratsX100, language))</td>"
            html += "<td class=\"n\">\(Quantity.carats(pair.receivedCaratsX100, language))</td>"
            html +=
                "<td class=\"n\">\(pair.refused.certificates)</td><td class=\"n\">\(pair.unconfirmed.certificates)</td>"
            html += "<td class=\"n\">\(pair.expired.certificates)</td>"
            html += "<td class=\"n\">\(percent(pair.shortfallShare, language))</td><td>\(flagged ? "⚑" : "")</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    static func hubTable(_ summary: StatisticsSummary, language: Language) -> HTML {
        func t(_ text: StatisticsText) -> String { text.text(language) }
        let hubs = HubMarkup.run(summary)
        guard !hubs.isEmpty else { return "" }
        var html: HTML = """
            <h2>\(t(.hubTitle))</h2><p>\(t(.hubIntro))</p><table><thead><tr><th scope="col">\(t(.participant))</th>
            <th scope="col">\(t(.imports)) \(t(.usdPerCarat))</th><th scope="col">\(t(.exports)) \(t(.usdPerCarat))</th>
            <th scope="col">×</th><th scope="col">\(t(.flaggedPair))</th></tr></thead><tbody>
            """
        for hub in hubs {
            html += "<tr\(hub.flagged ? " class=\"flag\"" as HTML : "")><td>\(hub.participant)</td>"
            html += "<td class=\"n\">\(Quantity.dollars(hub.importUsdPerCaratCents, language))</td>"
            html += "<td class=\"n\">\(Quantity.dollars(hub.exportUsdPerCaratCents, language))</td>"
            html += "<td class=\"n\">\(decimal(hub.ratio, places: 2, language))</td>"
            html += "<td>\(hub.flagged ? "⚑" : "")</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func definitions(_ language: Language) -> HTML {
        """
        <h2 id="definitions">\(StatisticsText.definitionsTitle.text(language))</h2><p>\
        \(StatisticsText.definitions.text(language))</p>
        """
    }

    static func percent(_ share: Double, _ language: Language) -> String {
        decimal(share * 100, places: 1, language) + (language == .fr ? "\u{00A0}%" : " %")
    }

    /// A ratio or share for display (never stored or summed), with the language's decimal mark.
    static func decimal(_ value: Double, places: Int, _ language: Language) -> String {
        let text = String(format: "%.\(places)f", value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
