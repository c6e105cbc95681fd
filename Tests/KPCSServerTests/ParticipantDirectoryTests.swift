import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The public participants directory: EU member states shown as members of the EU, not as participants of their
/// own, and the list in the order of the reader's language, accents ignored, before it is cut into pages.
@Suite struct ParticipantDirectoryTests {
    typealias Web = WebPagesTests

    /// The table row whose code cell is `code`.
    static func row(_ html: String, _ code: String) -> String? {
        html.components(separatedBy: "<tr>").first { $0.contains("<td>\(code)</td>") }
    }

    /// Where the row of each code starts in the page; a code not on the page fails the test.
    static func positions(_ html: String, _ codes: [String]) throws -> [String.Index] {
        try codes.map { code in
            try #require(html.range(of: "<td>\(code)</td>"), "\(code) is not on the page").lowerBound
        }
    }

    @Test(arguments: TestEngine.all)
    func memberStatesAreShownAsMembersOfTheEUInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for language in Language.allCases {
                let page = try await Web.get(client, "/participants?region=Europe&lang=\(language.rawValue)")
                #expect(page.status == .ok)
                let note = HTML.escaped(WebText.euMemberState.text(language))
                let active = ParticipantStatus.active.label(in: language)
                for code in ["BE", "DE", "FR", "CZ"] {
                    let row = try #require(Self.row(page.html, code), "\(code) in \(language)")
                    #expect(row.contains(note), "\(code) in \(language): \(row)")
                    #expect(row.contains("href=\"/participants/EU\""), "\(code) in \(language) links to the EU")
                    #expect(!row.contains("<td>\(active)</td>"), "\(code) in \(language) reads as active on its own")
                }
                // The EU itself and a European participant outside it keep their own status.
                for code in ["EU", "CH", "NO"] {
                    let row = try #require(Self.row(page.html, code), "\(code) in \(language)")
                    #expect(!row.contains(note) && row.contains("<td>\(active)</td>"), "\(code) in \(language): \(row)")
                }
            }
            let english = try await Web.get(client, "/participants?region=Europe&lang=en")
            #expect(english.html.contains("member state of the European Union (EU)"))
            let french = try await Web.get(client, "/participants?region=Europe&lang=fr")
            #expect(french.html.contains("État membre de l&#39;Union européenne (UE)"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theDirectoryIsSortedByNameInTheReadersLanguageBeforePaging(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            // English: Chinese Taipei, Côte d'Ivoire, Croatia, Cyprus, Czechia (not Czechia before Côte d'Ivoire).
            let english = try await Web.get(client, "/participants?lang=en")
            let inEnglish = try Self.positions(english.html, ["TW", "CI", "HR", "CY", "CZ"])
            #expect(inEnglish == inEnglish.sorted(), "English order: \(english.html)")
            #expect(try Self.positions(english.html, ["AO"])[0] < inEnglish[0], "Angola comes first")

            // French: Chine, Chypre, Côte d'Ivoire, Croatie, Danemark, Émirats arabes unis, Espagne on the first
            // page; Tchéquie on the second, after every name of the first.
            let french = try await Web.get(client, "/participants?lang=fr")
            let inFrench = try Self.positions(french.html, ["CN", "CY", "CI", "HR", "DK", "AE", "ES"])
            #expect(inFrench == inFrench.sorted(), "French order: \(french.html)")
            #expect(!french.html.contains("<td>CZ</td>") && !french.html.contains("<td>ZW</td>"))
            let second = try await Web.get(client, "/participants?lang=fr&page=2")
            let onSecond = try Self.positions(second.html, ["SE", "CZ", "TH", "ZW"])
            #expect(onSecond == onSecond.sorted(), "Suède, Tchéquie, Thaïlande, Zimbabwe")
            #expect(!second.html.contains("<td>CI</td>") && !second.html.contains("<td>AE</td>"))
            #expect(french.html.contains("Côte d&#39;Ivoire") && french.html.contains("Émirats arabes unis"))

            // A search keeps the order: "ch" finds Autriche, Chine, Chypre, Suisse (CH), Taipei chinois, Tchéquie.
            let search = try await Web.get(client, "/participants?q=ch&lang=fr")
            let found = try Self.positions(search.html, ["AT", "CN", "CY", "CH", "TW", "CZ"])
            #expect(found == found.sorted(), "the search's French order: \(search.html)")
        }
    }
}
