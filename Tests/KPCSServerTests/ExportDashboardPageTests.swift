import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The exporter's part of the dashboard: its exports awaiting receipt (soonest expiry first, those expiring within
/// seven days marked in words), received with a discrepancy and refused, each with its count and a link to the whole
/// list when it holds more than it shows; in English and French. The importer's section stays as it was.
@Suite struct ExportDashboardPageTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in ExportDashboardText.allCases {
            #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty && text.text(.en) != text.text(.fr), "\(text)")
        }
        #expect(ExportDashboardText.days(0, .en) == "expires today" && ExportDashboardText.days(1, .fr) == "1 jour")
        #expect(ExportDashboardText.days(12, .en) == "12 days" && ExportDashboardText.days(12, .fr) == "12 jours")
        #expect(ExportDashboardText.awaitingTitle.text(.fr, count: 1234).contains("1\u{202F}234"))
    }

    @Test(arguments: TestEngine.all)
    func exporterSeesItsExportsWithCountsAndLinksInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let store = world.store
            let today = CalendarDate(utcDayOf: store.configuration.now())
            let later = try await store.certificates.issue(
                world.draft(expiresOn: today.adding(days: 30).description), by: world.bwOfficer
            ).certificate.number
            let soon = try await store.certificates.issue(
                world.draft(expiresOn: today.adding(days: 3).description), by: world.bwOfficer
            ).certificate.number
            // Twenty more, expiring after the default validity: 22 await receipt, the page shows 20.
            _ = try await store.certificates.issue(
                (0..<20).map { _ in
                    IssueRequest(draft: world.draft(), principal: world.bwOfficer, at: store.configuration.now())
                })
            let discrepancy = try await world.issue().certificate
            var receipt = Fixture.exactReceipt(of: discrepancy, on: today.description)
            receipt.lines?[1].parcels = 0
            _ = try await store.certificates.confirm(discrepancy.number, receipt, by: world.euOfficer)
            let refused = try await world.issue().certificate.number
            _ = try await store.certificates.confirm(
                refused, ConfirmationDraft(outcome: "refused", reason: "seal broken"), by: world.euOfficer)

            let bw = try await Web.logIn(client, "bw-officer")
            let en = try await Web.get(client, "/dashboard?lang=en", cookie: bw)
            #expect(en.status == .ok && en.html.contains("<html lang=\"en\""))
            #expect(en.html.contains("id=\"exports-awaiting-title\">Your exports awaiting receipt (22)</h2>"))
            #expect(en.html.contains("id=\"exports-discrepancy-title\">Received with a discrepancy (1)</h2>"))
            #expect(en.html.contains("id=\"exports-refused-title\">Refused (1)</h2>"))
            // More awaiting than shown: a link to the whole filtered list; the short lists have none.
            #expect(
                en.html.contains(
                    """
                    <a id="exports-awaiting-all" href="/certificates?state=issued&amp;direction=outgoing">All 22 in\
                     the certificates list</a>
                    """))
            #expect(!en.html.contains("exports-discrepancy-all") && !en.html.contains("exports-refused-all"))
            #expect(Self.rows(en.html, table: "exports-awaiting-table") == 20)
            // Soonest expiry first, the one within seven days marked by its class and in words.
            #expect(en.html.contains("<tr class=\"soon flag\"><td><a href=\"/certificates/\(soon)\">\(soon)</a>"))
            #expect(en.html.contains("data-days=\"3\">3 days — <strong>expires within 7 days</strong></td>"))
            #expect(en.html.contains("data-days=\"30\">30 days</td>"))
            let soonAt = try #require(en.html.range(of: "/certificates/\(soon)\""))
            let laterAt = try #require(en.html.range(of: "/certificates/\(later)\""))
            #expect(soonAt.lowerBound < laterAt.lowerBound)
            #expect(en.html.contains("href=\"/certificates/\(discrepancy.number)\""))
            #expect(en.html.contains("href=\"/certificates/\(refused)\""))
            #expect(en.html.utf8.count < 60_000, "\(en.html.utf8.count) bytes")
            // The importer's section is still there, empty for BW.
            #expect(en.html.contains("<section id=\"awaiting\""))

            let fr = try await Web.get(client, "/dashboard?lang=fr", cookie: bw)
            #expect(fr.html.contains("<html lang=\"fr\""))
            #expect(fr.html.contains(">Vos exportations en attente de réception (22)</h2>"))
            #expect(fr.html.contains(">Reçues avec un écart (1)</h2>") && fr.html.contains(">Refusées (1)</h2>"))
            #expect(fr.html.contains(">Les 22 dans la liste des certificats</a>"))
            #expect(fr.html.contains("data-days=\"3\">3 jours — <strong>expire dans les 7 jours</strong></td>"))
            #expect(fr.html.utf8.count < 60_000, "\(fr.html.utf8.count) bytes")

            // The importer still finds what waits for its confirmation; it exports nothing, and says so.
            let eu = try await Web.logIn(client, "eu-officer")
            let importer = try await Web.get(client, "/dashboard?lang=en", cookie: eu)
            #expect(
                importer.html.contains("<section id=\"awaiting\"") && importer.html.contains("id=\"awaiting-table\""))
            #expect(importer.html.contains("22 certificates addressed to you are not yet confirmed"))
            #expect(importer.html.contains("id=\"exports-awaiting-title\">Your exports awaiting receipt (0)</h2>"))
            #expect(importer.html.contains("None of your exports is awaiting receipt."))
            #expect(importer.html.contains("None of your exports was refused."))
            #expect(!importer.html.contains("id=\"exports-awaiting-table\""))

            // An import-only authority's officer and an observer have no exports of their own: no such sections.
            for username in ["eu-import-officer", "observer"] {
                let cookie = try await Web.logIn(client, username)
                let page = try await Web.get(client, "/dashboard?lang=en", cookie: cookie)
                #expect(page.status == .ok && !page.html.contains("exports-awaiting"), "\(username)")
            }
        }
    }

    /// The body rows of the table with this id.
    static func rows(_ html: String, table id: String) -> Int {
        guard let start = html.range(of: "<table id=\"\(id)\"") else { return 0 }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</table>")?.lowerBound ?? rest.endIndex
        return rest[..<end].components(separatedBy: "<tr").count - 2
    }
}
