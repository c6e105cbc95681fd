import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// Peer reviews through the API and the pages: public to read, each write refused to every role its rule does not
/// admit with nothing written, the recommendations out and in as CSV, and the pages in both languages with free
/// text shown as text.
@Suite struct PeerReviewAPITests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in PeerReviewText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for status in RecommendationStatus.allCases {
            #expect(PeerReviewText.status(status, .en) != PeerReviewText.status(status, .fr))
        }
        for kind in RecommendationEventKind.allCases {
            #expect(PeerReviewText.entry(kind, .en) != PeerReviewText.entry(kind, .fr))
        }
    }

    static func visit(_ today: CalendarDate) -> [String: Any] {
        [
            "participant": "AE", "kind": "visit", "startsOn": today.description,
            "endsOn": today.adding(days: 2).description,
            "team": [
                ["holderKind": "participant", "code": "EU", "role": "leader"],
                ["holderKind": "organisation", "code": "WDC", "role": "expert"],
            ],
        ]
    }

    @Test(arguments: TestEngine.all)
    func everyRoleIsAnsweredAsTheRulesSay(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: world.store.configuration.now())
            #expect(
                try await client.call(.post, "/api/v1/peer-reviews", json: Self.visit(today)).status == .unauthorized)
            for username in ["bw-officer", "observer", "wdc-observer", "bw-delegate", "eu-delegate"] {
                let refused = try await client.call(
                    .post, "/api/v1/peer-reviews", token: try await client.token(username), json: Self.visit(today))
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(try await client.call(.get, "/api/v1/peer-reviews")["total"] as? Int == 0, "refusals write nothing")
            let invited = try await client.call(
                .post, "/api/v1/peer-reviews", token: try await client.token("ae-delegate"), json: Self.visit(today))
            #expect(invited.status == .created, "AE invites its own visit")
            let id = try #require(invited["id"] as? Int)

            let path = "/api/v1/peer-reviews/\(id)/recommendations"
            let recommendation: [String: Any] = [
                "textEn": "Publish <b>valuations</b>.", "textFr": "Publier les <b>évaluations</b>.", "owner": "AE",
                "deadline": today.adding(days: -1).description,
            ]
            for username in ["bw-delegate", "ae-delegate", "ae-officer", "observer"] {
                let refused = try await client.call(
                    .post, path, token: try await client.token(username), json: recommendation)
                #expect(refused.status == .forbidden, "\(username)")
            }
            let made = try await client.call(
                .post, path, token: try await client.token("eu-delegate"), json: recommendation)
            #expect(made.status == .created && made["overdue"] as? Bool == true && made["status"] as? String == "open")
            let recommendationId = try #require(made["id"] as? Int)

            let entries = "/api/v1/recommendations/\(recommendationId)/entries"
            let evidence: [String: Any] = ["kind": "evidence", "note": "The gazette."]
            for username in ["eu-delegate", "bw-officer", "wdc-observer"] {
                let refused = try await client.call(
                    .post, entries, token: try await client.token(username), json: evidence)
                #expect(refused.status == .forbidden, "\(username)")
            }
            let signOff: [String: Any] = ["kind": "sign-off", "outcome": "implemented"]
            let early = try await client.call(
                .post, entries, token: try await client.token("wdc-observer"), json: signOff)
            #expect(early.status == .conflict, "no evidence yet")
            _ = try await client.call(.post, entries, token: try await client.token("ae-officer"), json: evidence)
            for username in ["ae-delegate", "bw-delegate", "observer"] {
                let refused = try await client.call(
                    .post, entries, token: try await client.token(username), json: signOff)
                #expect(refused.status == .forbidden, "\(username)")
            }
            let closed = try await client.call(
                .post, entries, token: try await client.token("wdc-observer"), json: signOff)
            #expect(closed.status == .created && closed["status"] as? String == "implemented")
            #expect(closed["overdue"] as? Bool == false, "a closed recommendation is never overdue")

            let csv = try await client.raw(.get, path + "?format=csv")
            let text = String(decoding: csv, as: UTF8.self)
            #expect(text.hasPrefix("number,owner,deadline,status,progress,overdue,text_en,text_fr\r\n1,AE,"))
            var headers: HTTPFields = [.contentType: "text/csv"]
            headers[.authorization] = "Bearer \(try await client.token("eu-delegate"))"
            let upload = text + ",WGM,2030-01-01,,,,\"Meet, yearly\",Se réunir\n"
            let imported = try await client.execute(
                uri: path, method: .post, headers: headers, body: ByteBuffer(string: upload)
            ) { response in
                (response.status, String(buffer: response.body))
            }
            #expect(imported.0 == .created && imported.1.contains("\"unchanged\":1"), "\(imported.0) \(imported.1)")
            let read = try await client.call(.get, "/api/v1/peer-reviews/\(id)")
            #expect((read["recommendations"] as? [[String: Any]])?.count == 2)

            for language in ["en", "fr"] {
                let list = try await Web.get(client, "/peer-reviews", language: language)
                #expect(list.status == .ok && list.html.contains("href=\"/peer-reviews/\(id)\""))
                let page = try await Web.get(client, "/peer-reviews/\(id)", language: language)
                #expect(page.html.contains("&lt;b&gt;") && !page.html.contains("<b>"), "free text is shown as text")
                let one = try await Web.get(client, "/recommendations/\(recommendationId)", language: language)
                #expect(one.status == .ok && one.html.contains("id=\"recommendation-timeline\""))
                #expect(!one.html.contains("id=\"entry-form\""), "closed: no form, and nobody signed in")
            }
            #expect(try await Web.get(client, "/recommendations/99999").status == .notFound)
        }
    }

    @Test(arguments: TestEngine.all)
    func theFormsRecordAReviewMakeARecommendationAndWriteItsTimeline(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: world.store.configuration.now())
            let ae = try await Web.logIn(client, "ae-delegate")
            let list = try await Web.get(client, "/peer-reviews", cookie: ae)
            let csrf = try #require(list.hidden("csrf"))
            let team =
                "participant EU leader\norganisation WDC member".addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics) ?? ""
            let bad = try await Web.post(
                client, "/peer-reviews",
                form:
                    "csrf=\(csrf)&participant=AE&kind=visit&startsOn=\(today)&endsOn=\(today)"
                    + "&team=participant%20EU%20member",
                cookie: ae)
            #expect(bad.status == .unprocessableContent && bad.html.contains("review-team-error"))
            let done = try await Web.post(
                client, "/peer-reviews",
                form: "csrf=\(csrf)&participant=AE&kind=visit&startsOn=\(today)&endsOn=\(today)&team=\(team)",
                cookie: ae)
            #expect(done.status == .seeOther)
            let location = try #require(done.headers[.location])
            let eu = try await Web.logIn(client, "eu-delegate")
            let review = try await Web.get(client, String(location.prefix { $0 != "?" }), cookie: eu)
            #expect(review.html.contains("id=\"recommendation-form\"") && review.html.contains("id=\"import-form\""))
            let made = try await Web.post(
                client, String(location.prefix { $0 != "?" }) + "/recommendations",
                form: "csrf=\(try #require(review.hidden("csrf")))&textEn=Act&textFr=Agir&owner=AE&deadline=2030-01-01",
                cookie: eu)
            #expect(made.status == .seeOther)
            let id = try #require(
                try await world.store.monitoring.peerReviews(
                    participant: "AE", page: try PageRequest(page: nil, perPage: nil)
                ).items.first?.id)
            let recommendation = try #require(try await world.store.monitoring.peerReview(id).recommendations.first)
            let page = try await Web.get(client, "/recommendations/\(recommendation.id)", cookie: ae)
            #expect(page.html.contains("id=\"entry-form\"") && page.html.contains("value=\"progress\""))
            #expect(!page.html.contains("value=\"sign-off\""), "the owner does not sign off")
            let progress = try await Web.post(
                client, "/recommendations/\(recommendation.id)",
                form: "csrf=\(try #require(page.hidden("csrf")))&kind=progress&progress=30&note=Begun",
                cookie: ae)
            #expect(progress.status == .seeOther)
            let after = try await Web.get(client, "/recommendations/\(recommendation.id)", cookie: eu)
            #expect(after.html.contains("value=\"sign-off\"") && !after.html.contains("value=\"progress\""))
            #expect(after.html.contains("30 %"))
        }
    }
}
