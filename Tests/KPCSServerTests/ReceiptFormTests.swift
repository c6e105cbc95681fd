import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The receipt form asks for what arrived: nothing is pre-filled, and "as certified" is a box the importer ticks.
@Suite struct ReceiptFormTests {
    typealias Web = WebPagesTests

    @Test(arguments: TestEngine.all)
    func theImporterEntersWhatArrivedOrTicksAsCertified(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let certificate = try await world.issue().certificate
            let number = certificate.number
            let eu = try await OfficerPagesTests.session(client, "eu-officer")
            for language in ["en", "fr"] {
                let page = try await Web.get(client, "/certificates/\(number)", cookie: eu.cookie, language: language)
                #expect(page.html.contains("id=\"receipt-intro\"") && page.html.contains("id=\"as-certified\""))
                for index in certificate.lines.indices {
                    #expect(page.html.contains("name=\"received-\(index)-carats\" size=\"12\""))
                    #expect(
                        !page.html.contains("value=\"\(Quantity.editable(certificate.lines[index].caratsX100, .en))\""))
                }
                #expect(!page.html.contains("value=\"yes\" checked"), "the box is not ticked for the importer")
            }
            let today = CalendarDate(utcDayOf: Date())
            let base = "csrf=\(eu.csrf)&outcome=received&receivedOn=\(today)"
            // Nothing entered, nothing ticked: refused, nothing recorded.
            let empty = try await Web.post(client, "/certificates/\(number)/confirm", form: base, cookie: eu.cookie)
            #expect(empty.status == .unprocessableContent && empty.html.contains("id=\"received-0-carats-error\""))
            // Ticked, but a figure typed that differs: a contradiction, refused.
            let contradiction = try await Web.post(
                client, "/certificates/\(number)/confirm", form: base + "&asCertified=yes&received-0-carats=1.00",
                cookie: eu.cookie)
            #expect(
                contradiction.status == .unprocessableContent
                    && contradiction.html.contains("id=\"as-certified-error\"")
                    && contradiction.html.contains("value=\"yes\" checked"))
            #expect(
                try await world.store.certificates.certificate(number, for: world.admin).certificate.state == .issued)
            // Ticked, nothing typed: recorded as certified.
            let ticked = try await Web.post(
                client, "/certificates/\(number)/confirm", form: base + "&asCertified=yes", cookie: eu.cookie)
            #expect(ticked.status == .seeOther)
            let record = try await world.store.certificates.certificate(number, for: world.admin)
            #expect(record.certificate.state == .confirmed)
            #expect(
                record.certificate.confirmation?.lines.map(\.caratsX100) == certificate.lines.map(\.caratsX100))
        }
    }
}
