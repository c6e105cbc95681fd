import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/chairs`: the Chair and Vice-Chair of every year, what the rule computes for a year with no row, and why a
/// row is as it is (a year with no Chair, a second year in a row, a decision, the administrator's record).
enum ChairPage {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, GovernanceURL.chairs, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let language = chrome.language
                let rows = try await store.governance.chairTable()
                let names = try await DecisionPages.participantNames(store)
                let thisYear = ChairRule.year(of: CalendarDate(utcDayOf: store.configuration.now()))
                let last = max(thisYear, rows.map(\.year).max() ?? thisYear)
                var html: HTML = """
                    <h1>\(chrome.t(GovernanceText.chairsTitle))</h1><p>\(chrome.t(GovernanceText.chairsIntro))</p>
                    <div class="scroll" tabindex="0"><table id="chairs"><thead><tr><th\
                     scope="col">\(chrome.t(GovernanceText.year))</th><th\
                     scope="col">\(chrome.t(GovernanceText.chair))</th>
                    <th scope="col">\(chrome.t(GovernanceText.viceChair))</th><th scope="col"></th></tr></thead><tbody>
                    """
                for year in stride(from: last, through: ChairRule.years.lowerBound, by: -1) {
                    let row = rows.first { $0.year == year }
                    let chair = ChairRule.chair(of: year, in: rows)
                    var notes: [HTML] = []
                    if year == thisYear { notes.append("\(chrome.t(GovernanceText.currentYear))") }
                    if let chair, chair == ChairRule.chair(of: year - 1, in: rows) {
                        notes.append("\(chrome.t(GovernanceText.secondYear))")
                    }
                    if let decision = row?.decisionId {
                        notes.append(
                            """
                            <a href="\(GovernanceURL.decision(.value(String(decision))))">\
                            \(chrome.t(GovernanceText.byDecision))</a>
                            """)
                    }
                    let chairText =
                        chair.map { DecisionPages.name($0, names, language) } ?? GovernanceText.noChair.text(language)
                    let vice =
                        row?.viceChair.map { DecisionPages.name($0, names, language) }
                        ?? GovernanceText.notRecorded.text(language)
                    html += """
                        <tr\(year == thisYear ? " class=\"current\"" : "")><th scope="row">\(String(year))</th>\
                        <td>\(chairText)</td><td>\(vice)</td><td>\(notes.joined(separator: " · "))</td></tr>
                        """
                }
                html += "</tbody></table></div>"
                return chrome.page(GovernanceText.chairsTitle.text(language), body: html, request: request)
            }
        ]
    }
}
