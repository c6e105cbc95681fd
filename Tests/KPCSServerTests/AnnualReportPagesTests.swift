import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The annual reports' pages: the public list in both languages, the delegate's form prefilled from kpcs's figures,
/// the WGM's return with a comment, the new version, and free text shown as text.
@Suite struct AnnualReportPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in AnnualReportText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for figure in AnnualReportFigure.allCases {
            #expect(AnnualReportText.figure(figure, .en) != AnnualReportText.figure(figure, .fr))
        }
        for section in AnnualReportSection.allCases {
            #expect(AnnualReportText.section(section, .en) != AnnualReportText.section(section, .fr))
        }
        for state in AnnualReportState.allCases {
            #expect(AnnualReportText.state(state, .en) != AnnualReportText.state(state, .fr))
        }
        for timeliness in ReportTimeliness.allCases {
            #expect(AnnualReportText.timeliness(timeliness, .en) != AnnualReportText.timeliness(timeliness, .fr))
        }
    }

    /// The value the form shows for a figure.
    static func prefilled(_ figure: AnnualReportFigure, in html: String) -> String? {
        let marker = "name=\"figure-\(figure.rawValue)\" size=\"16\" inputmode=\"decimal\" value=\""
        guard let range = html.range(of: marker) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }

    @Test(arguments: TestEngine.all)
    func aDelegateSubmitsThePrefilledReportTheWGMReturnsItAndItIsSubmittedAgain(engine: TestEngine) async throws {
        try await AnnualReportAPITests.withReportingYear(engine) { client, world in
            for language in ["en", "fr"] {
                let list = try await Web.get(client, "/participants/BW/annual-reports", language: language)
                #expect(list.status == .ok && list.html.contains("id=\"annual-reports\""))
                #expect(list.html.contains(AnnualReportText.timeliness(.notYetDue, language == "fr" ? .fr : .en)))
            }
            let participant = try await Web.get(client, "/participants/BW")
            #expect(participant.html.contains("href=\"/participants/BW/annual-reports\""))
            let anonymous = try await Web.get(client, "/participants/BW/annual-reports/2025")
            #expect(anonymous.status != .ok)

            let bw = try await Web.logIn(client, "bw-delegate")
            let empty = try await Web.get(client, "/participants/BW/annual-reports/2025", cookie: bw)
            #expect(empty.status == .ok && empty.html.contains("id=\"report-form\""))
            #expect(empty.html.contains("id=\"figure-export-certificates\" name=\"figure-export-certificates\""))
            #expect(
                empty.html.contains(
                    "name=\"figure-export-carats-x100\" size=\"16\" inputmode=\"decimal\" value=\"1734.57\""))
            let csrf = try #require(empty.hidden("csrf"))
            var fields = [("csrf", csrf)]
            for section in AnnualReportSection.allCases {
                fields.append(("section-\(section.rawValue)", HostileTextTests.hostile + " \(section.rawValue)"))
            }
            for figure in AnnualReportFigure.allCases {
                let prefilled = try #require(Self.prefilled(figure, in: empty.html), "\(figure)")
                fields.append(("figure-\(figure.rawValue)", figure == .exportCertificates ? "2" : prefilled))
            }
            let missingReason = try await Web.post(
                client, "/participants/BW/annual-reports/2025", form: Self.form(fields), cookie: bw, language: "fr")
            #expect(missingReason.status == .unprocessableContent)
            #expect(missingReason.html.contains("id=\"reason-export-certificates-error\""))
            fields.append(("reason-export-certificates", "One more on paper."))
            let submitted = try await Web.post(
                client, "/participants/BW/annual-reports/2025", form: Self.form(fields), cookie: bw)
            #expect(submitted.status == .seeOther, "\(submitted.html)")
            let mine = try await Web.get(client, "/participants/BW/annual-reports/2025", cookie: bw)
            #expect(mine.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !mine.html.contains("<script>alert"))
            #expect(!mine.html.contains("<img src=x") && mine.html.contains("&lt;/textarea&gt;"))
            #expect(!mine.html.contains("id=\"report-form\""), "under review: no new version")

            let eu = try await Web.logIn(client, "eu-delegate")
            let toReview = try await Web.get(client, "/participants/BW/annual-reports/2025", cookie: eu)
            #expect(toReview.html.contains("id=\"review-form\"") && !toReview.html.contains("id=\"report-form\""))
            let reviewCSRF = try #require(toReview.hidden("csrf"))
            let noComment = try await Web.post(
                client, "/participants/BW/annual-reports/2025/review",
                form: Self.form([("csrf", reviewCSRF), ("version", "1"), ("outcome", "returned")]), cookie: eu)
            #expect(noComment.status == .unprocessableContent && noComment.html.contains("review-comment-error"))
            let returned = try await Web.post(
                client, "/participants/BW/annual-reports/2025/review",
                form: Self.form([
                    ("csrf", reviewCSRF), ("version", "1"), ("outcome", "returned"),
                    ("comment", "Explain the <b>paper</b> certificate. " + HostileTextTests.hostile),
                ]), cookie: eu)
            #expect(returned.status == .seeOther)

            let back = try await Web.get(client, "/participants/BW/annual-reports/2025", cookie: bw, language: "fr")
            #expect(back.html.contains("Explain the &lt;b&gt;paper&lt;/b&gt; certificate."))
            #expect(back.html.contains("id=\"report-form\""), "returned: a new version may be submitted")
            #expect(
                !back.html.contains("<img src=x") && !back.html.contains("<script>alert"), "prefilled textareas escape")
            #expect(back.html.contains("value=\"One more on paper.\""), "the changed figure keeps its reason")
            let again = try await Web.post(
                client, "/participants/BW/annual-reports/2025", form: Self.form(fields), cookie: bw)
            #expect(again.status == .seeOther)
            let report = try await world.store.monitoring.annualReport(
                participant: "BW", year: 2025, for: world.admin)
            #expect(report.versions.count == 2 && report.state == .submitted)
            #expect(
                report.versions[0].figures?[.exportCertificates]
                    == ReportedFigure(value: 2, computed: 1, reason: "One more on paper."))
        }
    }
}
