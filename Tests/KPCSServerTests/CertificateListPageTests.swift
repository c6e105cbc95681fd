import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The certificate list: a search by number in any case, expiry and company columns, the state as a tag, and the
/// same search in the API; the statistics chart says its unit.
@Suite struct CertificateListPageTests {
    @Test(arguments: TestEngine.all)
    func theListSearchesByNumberAndShowsExpiryCompaniesAndStateTags(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            var numbers: [String] = []
            for _ in 0..<12 { numbers.append(try await world.issue().certificate.number) }
            let bw = try await OfficerPagesTests.session(client, "bw-officer")
            let tenth = numbers[9]
            for language in ["en", "fr"] {
                let page = try await WebPagesTests.get(
                    client, "/certificates?number=\(tenth.lowercased())", cookie: bw.cookie, language: language)
                #expect(page.status == .ok)
                #expect(page.html.components(separatedBy: "<tr><td><a href=\"/certificates/").count - 1 == 1)
                #expect(page.html.contains(">\(tenth)</a>") && page.html.contains("value=\"\(tenth)\""))
                #expect(page.html.contains("class=\"tag s-issued\"") && page.html.contains("Kalahari Exports"))
                let record = try await world.store.certificates.certificate(tenth, for: world.admin)
                let expiry = WebFormat.date(record.certificate.expiresOn, language == "fr" ? .fr : .en)
                #expect(page.html.contains("<td class=\"nw\">\(expiry)</td>"), "\(language): expiry column")
            }
            // A prefix finds every number that starts with it; the pager keeps the search.
            let year = String(tenth.prefix(7))
            let all = try await WebPagesTests.get(client, "/certificates?number=\(year)", cookie: bw.cookie)
            #expect(all.html.components(separatedBy: "<tr><td><a href=\"/certificates/").count - 1 == 12)

            let api = try await client.token("bw-officer")
            let found = try await client.call(.get, "/api/v1/certificates?number=\(tenth.lowercased())", token: api)
            #expect(found.status == .ok && found["total"] as? Int == 1)
            for bad in ["%25", "BW_2026", String(repeating: "9", count: 21)] {
                let refused = try await client.call(.get, "/api/v1/certificates?number=\(bad)", token: api)
                #expect(refused.status == .unprocessableContent && refused.pointers == ["/number"], "\(bad)")
            }
        }
    }

    @Test func chartValuesSayTheirUnit() {
        #expect(SVGBarChart.millions(36_061_234_560, .en) == "US$360.6\u{00A0}m")
        #expect(SVGBarChart.millions(36_061_234_560, .fr) == "360,6\u{00A0}M$\u{00A0}US")
        #expect(SVGBarChart.millions(Int64.max, .en).hasPrefix("US$"), "no overflow at the bound")
        #expect(SVGBarChart.millions(4_999_999, .en) == "US$0.0\u{00A0}m")
        #expect(SVGBarChart.millions(5_000_000, .en) == "US$0.1\u{00A0}m")
    }
}
