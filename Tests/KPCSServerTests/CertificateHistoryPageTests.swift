import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The certificate page's history and differences in words, in English and French: event names translated, the
/// quantities formatted per language, the difference signed, and the stored text shown as it is when unreadable.
@Suite struct CertificateHistoryPageTests {
    typealias Web = WebPagesTests

    /// The markup from `id="…"` to the end of its table.
    static func table(_ html: String, id: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        guard let end = rest.range(of: "</table>") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }

    static func occurrences(_ text: String, in html: String) -> Int {
        html.components(separatedBy: text).count - 1
    }

    @Test(arguments: TestEngine.all)
    func aDiscrepancyReadsInWordsWithItsSignedDifferences(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let number = try await world.issue().certificate.number
            let today = CalendarDate(utcDayOf: Date()).description
            // 7102.10: 12.50 carats fewer, parcels as certified; 7102.31: carats as certified, one parcel more.
            _ = try await world.store.certificates.confirm(
                number,
                ConfirmationDraft(
                    receivedOn: today,
                    lines: [
                        .init(hsCode: "7102.10", caratsX100: 122_206, parcels: 3),
                        .init(hsCode: "7102.31", caratsX100: 50_001, parcels: 2),
                    ]),
                by: world.euOfficer)
            let cookie = try await Web.logIn(client, "bw-officer")

            let english = try await Web.get(client, "/certificates/\(number)", cookie: cookie, language: "en")
            #expect(english.status == .ok)
            let history = Self.table(english.html, id: "events")
            #expect(!history.contains("caratsX100") && !history.contains("→"), "\(history)")
            #expect(history.contains("<tr data-event=\"issued\">") && history.contains("<td>Issued</td>"))
            #expect(
                history.contains("<tr data-event=\"discrepancy\">")
                    && history.contains("<td>Received with a discrepancy</td>"))
            #expect(
                history.contains(
                    """
                    <td>Received with a difference: 7102.10 — 1,222.06 carats received of 1,234.56 certified\
                     (−12.50); 3 parcels of 3. 7102.31 — 500.01 carats received of 500.01 certified; 2 parcels of 1\
                     (+1).</td>
                    """), "\(history)")
            let differences = Self.table(english.html, id: "differences")
            #expect(differences.contains("Difference in carats") && differences.contains("Difference in parcels"))
            #expect(
                differences.contains(
                    """
                    <tr><td>7102.10</td><td class="n">1,234.56</td><td class="n">1,222.06</td><td class="n">−12.50</td>\
                    <td class="n">3</td><td class="n">3</td><td class="n">0</td></tr>
                    """), "\(differences)")
            #expect(
                differences.contains(
                    """
                    <tr><td>7102.31</td><td class="n">500.01</td><td class="n">500.01</td><td class="n">0</td>\
                    <td class="n">1</td><td class="n">2</td><td class="n">+1</td></tr>
                    """), "\(differences)")

            let french = try await Web.get(client, "/certificates/\(number)", cookie: cookie, language: "fr")
            #expect(french.status == .ok && french.html.contains("<html lang=\"fr\""))
            let historique = Self.table(french.html, id: "events")
            #expect(!historique.contains("caratsX100") && !historique.contains("→"), "\(historique)")
            #expect(historique.contains("<td>Délivré</td>") && historique.contains("<td>Reçu avec un écart</td>"))
            #expect(!historique.contains("<td>Issued</td>") && !historique.contains("Received"))
            #expect(
                historique.contains(
                    """
                    <td>Reçu avec un écart : 7102.10 — 1\u{202F}222,06 carats reçus sur 1\u{202F}234,56 certifiés\
                     (−12,50) ; 3 colis sur 3. 7102.31 — 500,01 carats reçus sur 500,01 certifiés ; 2 colis sur 1\
                     (+1).</td>
                    """), "\(historique)")
            let ecarts = Self.table(french.html, id: "differences")
            #expect(ecarts.contains("Écart en carats") && ecarts.contains("Écart en colis"))
            #expect(
                ecarts.contains(
                    """
                    <tr><td>7102.10</td><td class="n">1\u{202F}234,56</td><td class="n">1\u{202F}222,06</td><td\
                     class="n">−12,50</td><td class="n">3</td><td class="n">3</td><td class="n">0</td></tr>
                    """), "\(ecarts)")
            #expect(
                ecarts.contains("<td class=\"n\">+1</td>")
                    && Self.occurrences("<td class=\"n\">0</td>", in: ecarts) == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func aVoidedCertificateShowsItsReasonInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let number = try await world.issue().certificate.number
            _ = try await world.store.certificates.void(number, reason: "Entered in error", by: world.bwOfficer)
            let cookie = try await Web.logIn(client, "bw-officer")
            let englishPage = try await Web.get(client, "/certificates/\(number)", cookie: cookie, language: "en")
            let english = Self.table(englishPage.html, id: "events")
            #expect(
                english.contains("<tr data-event=\"voided\">") && english.contains("<td>Voided</td>")
                    && english.contains("<td>Reason: Entered in error</td>"), "\(english)")
            let frenchPage = try await Web.get(client, "/certificates/\(number)", cookie: cookie, language: "fr")
            let french = Self.table(frenchPage.html, id: "events")
            #expect(
                french.contains("<td>Annulé</td>") && french.contains("<td>Motif : Entered in error</td>")
                    && !french.contains("Voided"), "\(french)")
        }
    }

    @Test func theSentencesAndSignedDifferencesInBothLanguages() throws {
        let line = LineDifference(
            hsCode: .industrial, certifiedCaratsX100: 250_000, receivedCaratsX100: 248_750, certifiedParcels: 5,
            receivedParcels: 5)
        #expect(
            EventText.lineSentences([line], .en)
                == "7102.21 — 2,487.50 carats received of 2,500.00 certified (−12.50); 5 parcels of 5.")
        #expect(
            EventText.lineSentences([line], .fr)
                == "7102.21 — 2\u{202F}487,50 carats reçus sur 2\u{202F}500,00 certifiés (−12,50) ; 5 colis sur 5.")
        #expect(EventText.signedCarats(-1250, .en) == "−12.50" && EventText.signedCarats(125, .fr) == "+1,25")
        #expect(EventText.signedWhole(0, .en) == "0" && EventText.signedWhole(-2, .fr) == "−2")
        #expect(EventText.name(.refused, .fr) == "Refusé par l'importateur")
        #expect(EventText.name(.expired, .en) == "Expired")
        for text in EventText.allCases {
            #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty && text.text(.en) != text.text(.fr), "\(text)")
        }
    }

    @Test(arguments: TestEngine.all)
    func anUnreadableDetailIsShownAsItIs(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let certificate = try await world.issue().certificate
            let event = CertificateEvent(
                id: 1, certificateNumber: certificate.number, type: .discrepancy, at: certificate.issuedAt,
                actor: "eu-officer", authorityId: nil, detail: "<b>not the usual form</b>")
            #expect(EventText.detail(event, of: certificate, .fr) == "<b>not the usual form</b>")
            let expired = CertificateEvent(
                id: 2, certificateNumber: certificate.number, type: .expired, at: certificate.issuedAt,
                actor: "system", authorityId: nil, detail: nil)
            #expect(EventText.actorName(expired, .fr) == "kpcs (automatique)")
            #expect(EventText.detail(expired, of: certificate, .en).hasPrefix("No answer from the importer"))
        }
    }
}
