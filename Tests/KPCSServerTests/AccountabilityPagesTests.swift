import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// A participant's public accountability: its parts computed from the records when read, absent data said as "not
/// reviewed" or "missing", in both languages and as JSON, for anyone.
@Suite struct AccountabilityPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in AccountabilityText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
    }

    @Test(arguments: TestEngine.all)
    func theRecordsOfAParticipantAreGatheredAndComputedWhenRead(engine: TestEngine) async throws {
        let clock = TestClock(Timestamp.date("2025-05-01T12:00:00.000Z")!)
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let store = world.store
            _ = try await world.issue()
            _ = try await store.monitoring.register(
                ZoneDraft(
                    participant: "BW", code: "BW-ORAPA", name: "Orapa",
                    geometry: GeometryDraft(type: "Point", coordinates: .list([.number(25.38), .number(-21.31)]))),
                by: world.bwOfficer)
            clock.advance(days: 420)  // 2026-06-25: the report on 2025 is missing
            let review = try await store.monitoring.recordPeerReview(
                PeerReviewDraft(
                    participant: "BW", kind: "visit", startsOn: "2026-06-01", endsOn: "2026-06-03",
                    team: [.init(holderKind: "participant", code: "EU", role: "leader")]),
                by: g.bwDelegate)
            _ = try await store.monitoring.makeRecommendation(
                review: review.id,
                RecommendationDraft(textEn: "Act.", textFr: "Agir.", owner: "BW", deadline: "2026-06-10"),
                by: g.euDelegate)
            _ = try await store.monitoring.makeRecommendation(
                review: review.id,
                RecommendationDraft(textEn: "Later.", textFr: "Plus tard.", owner: "BW", deadline: "2027-06-10"),
                by: g.euDelegate)

            let json = try await client.call(.get, "/api/v1/participants/bw/accountability")
            #expect(json.status == .ok && json["status"] as? String == "active")
            #expect((json["reportCounts"] as? [String: Int])?["missing"] == 1)
            #expect(json["openRecommendations"] as? Int == 2)
            #expect((json["overdueRecommendations"] as? [[String: Any]])?.map { $0["textEn"] as? String } == ["Act."])
            let zones = try #require(json["zones"] as? [[String: Any]])
            #expect(zones.count == 1 && zones[0]["status"] is NSNull, "not reviewed, never compliant")
            #expect((json["flags"] as? [String: Any])?["year"] as? Int == 2025)
            #expect(try await client.call(.get, "/api/v1/participants/XX/accountability").status == .notFound)

            for (language, missing, notReviewed) in [
                ("en", "missing", "not reviewed"), ("fr", "manquant", "non examinée"),
            ] {
                let page = try await Web.get(client, "/participants/BW/accountability", language: language)
                #expect(page.status == .ok)
                #expect(page.html.contains("\(missing): 1") && page.html.contains(notReviewed), "\(language)")
                #expect(page.html.contains("href=\"/peer-reviews/\(review.id)\""))
                #expect(page.html.contains("Act.") || page.html.contains("Agir."))
            }
            let participant = try await Web.get(client, "/participants/BW")
            #expect(participant.html.contains("href=\"/participants/BW/accountability\""))
            #expect(try await Web.get(client, "/participants/XX/accountability").status == .notFound)
        }
    }
}
