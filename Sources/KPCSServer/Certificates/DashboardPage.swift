import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `GET /dashboard`: where a signed-in user starts. An officer sees the certificates waiting for its participant's
/// confirmation and the latest events of its certificates; others see the latest events they may read.
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
}
