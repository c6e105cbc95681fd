import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSClient
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// What the forms say in words: a negative number is named as negative, French guillemets hold their text with
/// no-break spaces, and the dry run is not called "Vérifier", the word of seal verification.
@Suite struct WebFormTextTests {
    typealias Web = WebPagesTests
    typealias Officer = OfficerPagesTests

    /// Each « not followed by a no-break space (U+00A0) and each » not preceded by one, with the text around it.
    static func looseGuillemets(_ text: String) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        for (index, character) in characters.enumerated() {
            let loose =
                (character == "«" && (index + 1 == characters.count || characters[index + 1] != "\u{00A0}"))
                || (character == "»" && (index == 0 || characters[index - 1] != "\u{00A0}"))
            if loose {
                found.append(String(characters[max(0, index - 20)..<min(characters.count, index + 20)]))
            }
        }
        return found
    }

    @Test func theGuillemetCheckFindsOrdinarySpaces() {
        #expect(Self.looseGuillemets("le statut « actif » ici").count == 2)
        #expect(Self.looseGuillemets("le statut «\u{00A0}actif\u{00A0}» ici").isEmpty)
        #expect(Self.looseGuillemets("«\nDélivrer »").count == 2)
    }

    @Test(arguments: TestEngine.all)
    func aNegativeQuantityIsNamedAsNegativeInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Officer.session(client, "bw-officer")
            let before = try await Officer.certificateCount(world)
            let cases: [(Language, String, String)] = [(.en, "-1234.56", "1234.56"), (.fr, "-1%20234,56", "1234,56")]
            for (language, carats, example) in cases {
                let page = try await Web.post(
                    client, "/certificates/new?lang=\(language.rawValue)",
                    form: Officer.form(world, csrf: bw.csrf, carats: carats), cookie: bw.cookie)
                #expect(page.status == .unprocessableContent && page.html.contains("id=\"line-0-carats-error\""))
                let negative = WebMessage.numberNegative(
                    field: CertificateLabel.carats.text(language), example: example
                ).text(in: language)
                #expect(page.html.contains(HTML.escaped(negative)), "\(language): \(page.html)")
                let unreadable = WebMessage.decimalInvalid(
                    field: CertificateLabel.carats.text(language), example: example
                ).text(in: language)
                #expect(!page.html.contains(HTML.escaped(unreadable)), "\(language) calls -1234.56 unreadable")
            }
            let english = try await Web.post(
                client, "/certificates/new?lang=en", form: Officer.form(world, csrf: bw.csrf, carats: "-1234.56"),
                cookie: bw.cookie)
            #expect(english.html.contains("Carats: the number is negative; write zero or more, for example 1234.56."))
            let french = try await Web.post(
                client, "/certificates/new?lang=fr", form: Officer.form(world, csrf: bw.csrf, carats: "-1234,56"),
                cookie: bw.cookie)
            #expect(
                french.html.contains("Carats : le nombre est négatif ; écrivez zéro ou plus, par exemple 1234,56."))
            // A minus sign (U+2212), a negative value and negative parcels are named alike.
            let others = try await Web.post(
                client, "/certificates/new?lang=en",
                form: Officer.form(world, csrf: bw.csrf, carats: "%E2%88%9212", value: "-5").replacingOccurrences(
                    of: "line-0-parcels=3", with: "line-0-parcels=-3"),
                cookie: bw.cookie)
            #expect(others.status == .unprocessableContent)
            #expect(others.html.contains("Carats: the number is negative"))
            #expect(others.html.contains("Value (USD): the number is negative"))
            #expect(others.html.contains("Parcels: the number is negative; write zero or more, for example 3."))
            // Text that is not a number keeps its own message.
            let letters = try await Web.post(
                client, "/certificates/new?lang=en", form: Officer.form(world, csrf: bw.csrf, carats: "-abc"),
                cookie: bw.cookie)
            #expect(
                letters.html.contains("Carats: write a number with at most two decimals")
                    && !letters.html.contains("the number is negative"))
            #expect(try await Officer.certificateCount(world) == before)
        }
    }

    @Test func frenchTextsHoldTheirGuillemetsWithNoBreakSpaces() {
        var texts: [String] = []
        texts += WebText.allCases.map { $0.text(.fr) } + StatisticsText.allCases.map { $0.text(.fr) }
        texts += CertificateLabel.allCases.map { $0.text(.fr) } + VerifyText.allCases.map { $0.text(.fr) }
        texts += LogProofText.allCases.map { $0.text(.fr) } + CertificateText.allCases.map { $0.text(.fr) }
        texts += DashboardText.allCases.map { $0.text(.fr) } + CompanyText.allCases.map { $0.text(.fr) }
        texts += AdminText.allCases.map { $0.text(.fr) } + ProductionText.allCases.map { $0.text(.fr) }
        texts += CertificateState.allCases.map { CertificateText.notice($0, .fr) }
        texts += MessageExamples.request.map { $0.text(in: .fr) } + ServiceMessage.allCases.map { $0.text(in: .fr) }
        texts += MessageExamples.registry.map { $0.text(in: .fr) }
        texts += MessageExamples.certificates.map { $0.text(in: .fr) }
        texts += MessageExamples.statistics.map { $0.text(in: .fr) }
        texts += MessageExamples.accounts.map { $0.text(in: .fr) }
        texts += MessageExamples.keys.map { $0.text(in: .fr) } + MessageExamples.log.map { $0.text(in: .fr) }
        texts += MessageExamples.http.map { $0.text(in: .fr) } + MessageExamples.web.map { $0.text(in: .fr) }
        #expect(texts.contains { $0.contains("«\u{00A0}") }, "the check reads texts that have guillemets")
        for text in texts {
            #expect(Self.looseGuillemets(text).isEmpty, "\(Self.looseGuillemets(text))")
        }
    }

    @Test(arguments: TestEngine.all)
    func frenchPagesHoldTheirGuillemetsAndTheDryRunIsNotCalledVerifier(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Officer.session(client, "bw-officer")
            let issued = try await world.issue().certificate.number
            var pages: [(String, String)] = []
            for uri in [
                "/?lang=fr", "/participants?lang=fr", "/participants/EU?lang=fr", "/verify?lang=fr",
                "/statistics?year=2025&lang=fr",
            ] {
                let page = try await Web.get(client, uri)
                pages.append((uri, page.html))
            }
            for uri in ["/dashboard?lang=fr", "/certificates/new?lang=fr", "/certificates/\(issued)?lang=fr"] {
                let page = try await Web.get(client, uri, cookie: bw.cookie)
                pages.append((uri, page.html))
            }
            // A refusal whose message quotes a state: replacing a certificate that is not voided.
            let refused = try await Web.post(
                client, "/certificates/new?lang=fr",
                form: Officer.form(world, csrf: bw.csrf, carats: "1234,56") + "&replaces=\(issued)", cookie: bw.cookie)
            #expect(refused.status == .unprocessableContent && refused.html.contains("«\u{00A0}issued\u{00A0}»"))
            pages.append(("POST /certificates/new?lang=fr", refused.html))
            for (uri, html) in pages {
                #expect(html.contains("<html lang=\"fr\""), "\(uri) is not in French")
                #expect(Self.looseGuillemets(html).isEmpty, "\(uri): \(Self.looseGuillemets(html))")
            }

            // The dry run's button and its outcome are "Contrôler sans délivrer" and "Contrôlé" in French; "Vérifier"
            // stays the word of the seal's verification.
            let form = try await Web.get(client, "/certificates/new?lang=fr", cookie: bw.cookie)
            #expect(form.html.contains("id=\"check\">Contrôler sans délivrer</button>"))
            #expect(!form.html.contains(">Vérifier</button>"))
            let checked = try await Web.post(
                client, "/certificates/new?lang=fr",
                form: Officer.form(world, csrf: bw.csrf, carats: "1234,56", value: "98765,43", action: "check"),
                cookie: bw.cookie)
            #expect(checked.status == .ok && checked.html.contains("id=\"check-ok\""))
            #expect(checked.html.contains("Contrôlé : ce certificat peut être délivré tel quel."))
            let english = try await Web.get(client, "/certificates/new?lang=en", cookie: bw.cookie)
            #expect(english.html.contains("id=\"check\">Check</button>"))
            let verify = try await Web.get(client, "/verify?lang=fr")
            #expect(verify.html.contains("Vérifier"))
        }
    }
}
