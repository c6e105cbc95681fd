import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The verify page and `POST /api/v1/verify` say whether the paper in front of the officer can still be used: in
/// transit, already received, refused or voided, each with its own words and colour, in both languages.
@Suite struct ShipmentVerdictPageTests {
    @Test(arguments: TestEngine.all)
    func eachKindOfVerdictHasItsWordsAndColour(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let inTransit = try await world.issue()
            let received = try await world.issue()
            let refused = try await world.issue()
            let voided = try await world.issue()
            let today = CalendarDate(utcDayOf: Date()).description
            _ = try await world.store.certificates.confirm(
                received.certificate.number, Fixture.exactReceipt(of: received.certificate, on: today),
                by: world.euOfficer)
            _ = try await world.store.certificates.confirm(
                refused.certificate.number, ConfirmationDraft(outcome: "refused", reason: "not ordered"),
                by: world.euOfficer)
            _ = try await world.store.certificates.void(
                voided.certificate.number, reason: "typing error", by: world.bwOfficer)
            let expected: [(CertificateRecord, String, String, String, String)] = [
                (inTransit, "genuine", "accept", "verdict ok", "in transit"),
                (received, "received", "used", "verdict v-used", "already used"),
                (refused, "refused", "refused", "verdict v-refused", "refused"),
                (voided, "voided", "voided", "verdict v-voided", "voided"),
            ]
            for (record, verdict, kind, cssClass, words) in expected {
                let seal = try #require(record.seal)
                let answer = try await client.call(.post, "/api/v1/verify", json: ["seal": seal])
                #expect(answer["verdict"] as? String == verdict && answer["kind"] as? String == kind)
                #expect(answer["acceptable"] as? Bool == (verdict == "genuine"))
                #expect((answer["message"] as? String)?.contains(words) == true, "\(verdict)")
                let query = seal.addingPercentEncodingForQuery()
                for language in ["en", "fr"] {
                    let page = try await WebPagesTests.get(client, "/verify?seal=\(query)", language: language)
                    #expect(page.status == .ok)
                    #expect(
                        page.html.contains("class=\"\(cssClass)\" data-verdict=\"\(verdict)\""),
                        "\(verdict) in \(language)")
                }
            }
            let used = try await client.call(
                .post, "/api/v1/verify", json: ["seal": try #require(received.seal)], language: "fr")
            let answer = try #require(used["answer"] as? [String: Any])
            #expect(answer["outcome"] as? String == "received" && answer["on"] as? String == today)
            #expect(answer["by"] as? String == "EU")
            #expect((used["message"] as? String)?.contains("déjà utilisé") == true)
            #expect((used["message"] as? String)?.contains(today) == true)
        }
    }
}
