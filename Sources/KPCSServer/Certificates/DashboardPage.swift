import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `GET /dashboard`: where a signed-in user starts. An officer sees the certificates waiting for its participant's
/// confirmation and the latest events of its certificates; an officer of an exporting authority also sees its
/// participant's exports awaiting receipt (soonest expiry first), received with a discrepancy, and refused; others
/// see the latest events they may read.
enum DashboardPage {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, CertificatesURL.dashboard, .signedIn) { request, context in
                let chrome = WebChrome(request, context)
                let principal = try context.principal()
                let language = chrome.language
                var html: HTML =
                    "<h1>\(chrome.t(DashboardText.title))</h1><p>\(DashboardText.welcome(principal, language))</p>"
                if principal.role == .officer, let own = principal.participantCode {
                    let awaiting = try await store.certificates.list(
                        CertificateFilter(state: .issued, importingParticipant: own),
                        page: try PageRequest(perPage: 20), for: principal)
                    html +=
                        """
                        <section id="awaiting" aria-labelledby="awaiting-title"><h2\
                         id="awaiting-title">\(chrome.t(DashboardText.awaitingTitle))</h2>
                        """
                    html += WebParts.certificateTable(
                        awaiting.items, id: "awaiting-table",
                        caption: DashboardText.awaitingCaption.text(language).replacingOccurrences(
                            of: "{0}", with: Quantity.whole(awaiting.total, language)),
                        chrome: chrome)
                    html +=
                        """
                        <p><a href="\
                        \(CertificatesURL.list.path(query: [("state", "issued"), ("direction", "incoming")]))">\
                        \(chrome.t(DashboardText.allAwaiting))</a> · 
                        """
                    html +=
                        "<a href=\"\(CertificatesURL.new)\">\(chrome.t(WebText.navNewCertificate))</a></p></section>"
                }
                if DashboardRules.exportingParticipant(of: principal) != nil {
                    let today = CalendarDate(utcDayOf: store.configuration.now())
                    let exports = try await store.certificates.exportDashboard(for: principal, today: today)
                    html += exportSections(exports, chrome: chrome)
                }
                if principal.role == .administrator {
                    html += "<p><a href=\"\(RegistryURL.admin)\">\(chrome.t(WebText.navAdmin))</a></p>"
                }
                let events = try await store.certificates.recentEvents(for: principal, limit: 15)
                html +=
                    """
                    <section id="recent" aria-labelledby="recent-title"><h2\
                     id="recent-title">\(chrome.t(DashboardText.recentTitle))</h2>
                    """
                if events.isEmpty {
                    html += "<p>\(chrome.t(DashboardText.noEvents))</p>"
                } else {
                    html += """
                        <table><thead><tr><th scope="col">\(chrome.t(CertificateText.when))</th><th\
                         scope="col">\(chrome.t(CertificateLabel.certificateNumber))</th>
                        <th scope="col">\(chrome.t(CertificateText.event))</th><th\
                         scope="col">\(chrome.t(CertificateText.actor))</th></tr></thead><tbody>
                        """
                    for event in events {
                        let label =
                            CertificateState(rawValue: event.type.rawValue)?.label(in: language) ?? event.type.rawValue
                        html += "<tr><td>\(WebFormat.instant(event.at, language))</td>"
                        html +=
                            """
                            <td><a href="\(CertificatesURL.certificate(.value(event.certificateNumber)))">\
                            \(event.certificateNumber)</a></td>
                            """
                        html += "<td>\(label)</td><td>\(event.actor)</td></tr>"
                    }
                    html += "</tbody></table>"
                }
                html +=
                    """
                    <p><a href="\(CertificatesURL.list)">\(chrome.t(DashboardText.allCertificates))</a></p></section>
                    """
                return chrome.page(DashboardText.title.text(language), body: html, request: request)
            }
        ]
    }

    // MARK: the exporter's lists

    /// The exporter's three lists, each with its count in the heading and a link to the whole filtered list when it
    /// holds more than it shows.
    static func exportSections(_ exports: ExportDashboard, chrome: WebChrome) -> HTML {
        let (awaiting, discrepancy, refused) = (exports.awaitingReceipt, exports.discrepancy, exports.refused)
        var html = section(
            "exports-awaiting", title: .awaitingTitle, emptyText: .noneAwaiting, state: .issued,
            total: awaiting.total, shown: awaiting.items.count,
            table: awaitingTable(awaiting.items, chrome: chrome), chrome: chrome)
        html += section(
            "exports-discrepancy", title: .discrepancyTitle, emptyText: .noneDiscrepancy, state: .discrepancy,
            total: discrepancy.total, shown: discrepancy.items.count,
            table: answeredTable(
                discrepancy.items, id: "exports-discrepancy-table", caption: .discrepancyCaption, chrome: chrome),
            chrome: chrome)
        html += section(
            "exports-refused", title: .refusedTitle, emptyText: .noneRefused, state: .refused,
            total: refused.total, shown: refused.items.count,
            table: answeredTable(refused.items, id: "exports-refused-table", caption: .refusedCaption, chrome: chrome),
            chrome: chrome)
        return html
    }

    /// `<section id="exports-…">` with its heading and count, the table or a sentence saying the list is empty, and
    /// a link to the certificates list filtered on the state and the participant's exports when there are more.
    static func section(
        _ id: String, title: ExportDashboardText, emptyText: ExportDashboardText, state: CertificateState,
        total: Int64, shown: Int, table: HTML, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML =
            """
            <section id="\(id)" aria-labelledby="\(id)-title"><h2\
             id="\(id)-title">\(title.text(language, count: total))</h2>
            """
        let list: HTML = shown == 0 ? "<p>\(chrome.t(emptyText))</p>" : table
        html += list
        if total > Int64(shown) {
            let all = CertificatesURL.list.path(query: [("state", state.rawValue), ("direction", "outgoing")])
            html +=
                """
                <p><a id="\(id)-all" href="\(all)">\(ExportDashboardText.seeAll.text(language, count: total))</a></p>
                """
        }
        return html + "</section>"
    }

    /// The exports awaiting receipt: number, importing participant, issue and expiry days, days left; a row
    /// expiring within ``DashboardRules/soonDays`` days has the class `soon` and says so in words.
    static func awaitingTable(_ items: [AwaitingExport], chrome: WebChrome) -> HTML {
        guard !items.isEmpty else { return .empty }
        let language = chrome.language
        var html: HTML =
            """
            <div class="scroll" tabindex="0"><table id="exports-awaiting-table"><caption>\
            \(chrome.t(ExportDashboardText.awaitingCaption))</caption><thead><tr><th\
             scope="col">\(chrome.t(CertificateLabel.certificateNumber))</th><th\
             scope="col">\(chrome.t(CertificateLabel.importingParticipant))</th>
            <th scope="col">\(chrome.t(CertificateLabel.issuedOn))</th><th\
             scope="col">\(chrome.t(CertificateLabel.expiresOn))</th><th\
             scope="col">\(chrome.t(ExportDashboardText.daysLeft))</th></tr></thead><tbody>
            """
        for item in items {
            let certificate = item.record.certificate
            let row: HTML = item.expiresSoon ? "<tr class=\"soon flag\">" : "<tr>"
            let soon: HTML =
                item.expiresSoon ? " — <strong>\(ExportDashboardText.expiresSoon(language))</strong>" : .empty
            html +=
                """
                \(row)<td><a\
                 href="\(CertificatesURL.certificate(.value(certificate.number)))">\(certificate.number)</a></td>
                <td>\(WebFormat.participant(item.record.importingParticipant, language))</td>
                <td>\(WebFormat.date(certificate.issuedOn, language))</td>
                <td>\(WebFormat.date(certificate.expiresOn, language))</td>
                <td data-days="\(item.daysLeft)">\(ExportDashboardText.days(item.daysLeft, language))\(soon)</td></tr>
                """
        }
        return html + "</tbody></table></div>"
    }

    /// Exports the importer answered (with a discrepancy, or refused): number, importing participant, issue day,
    /// when the answer was recorded.
    static func answeredTable(
        _ records: [CertificateRecord], id: String, caption: ExportDashboardText, chrome: WebChrome
    ) -> HTML {
        guard !records.isEmpty else { return .empty }
        let language = chrome.language
        var html: HTML =
            """
            <div class="scroll" tabindex="0"><table id="\(id)"><caption>\(chrome.t(caption))</caption><thead><tr><th\
             scope="col">\(chrome.t(CertificateLabel.certificateNumber))</th><th\
             scope="col">\(chrome.t(CertificateLabel.importingParticipant))</th>
            <th scope="col">\(chrome.t(CertificateLabel.issuedOn))</th><th\
             scope="col">\(chrome.t(ExportDashboardText.answered))</th></tr></thead><tbody>
            """
        for record in records {
            let certificate = record.certificate
            let answered = certificate.confirmation.map { WebFormat.instant($0.recordedAt, language) } ?? "—"
            html +=
                """
                <tr><td><a\
                 href="\(CertificatesURL.certificate(.value(certificate.number)))">\(certificate.number)</a></td>
                <td>\(WebFormat.participant(record.importingParticipant, language))</td>
                <td>\(WebFormat.date(certificate.issuedOn, language))</td><td>\(answered)</td></tr>
                """
        }
        return html + "</tbody></table></div>"
    }
}
