import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The applications' pages and API: recorded by an administrator or the candidate's delegate, the letter and
/// contacts for the deliberation only, the CPC's review through the form, refusals with nothing written.
@Suite struct ApplicationPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in ApplicationText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for state in ApplicationState.allCases {
            #expect(ApplicationText.state(state, .en) != ApplicationText.state(state, .fr))
        }
        for value in Recommendation.allCases {
            #expect(ApplicationText.recommendation(value, .en) != ApplicationText.recommendation(value, .fr))
        }
    }

    @Test(arguments: TestEngine.all)
    func anApplicationIsRecordedReadAndReviewedThroughTheForm(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            _ = try await g.store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies", effectiveOn: nil, by: world.admin)
            let body: [String: Any] = [
                "candidate": "AE", "letterEn": "We apply <now>.",
                "contacts": [["name": "Demo Contact", "email": "kp@example.org"]],
            ]
            for username in ["eu-delegate", "bw-officer", "wdc-observer"] {
                let refused = try await client.call(
                    .post, "/api/v1/applications", token: try await client.token(username), json: body)
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(try await client.call(.post, "/api/v1/applications", json: body).status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/applications")["total"] as? Int == 0)
            let ae = try await client.token("ae-delegate")
            let bad = try await client.call(
                .post, "/api/v1/applications", token: ae, json: ["candidate": "AE"], language: "fr")
            #expect(bad.status == .unprocessableContent && bad.pointers.sorted() == ["/contacts", "/letterEn"])
            let created = try await client.call(.post, "/api/v1/applications", token: ae, json: body)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created["id"] as? Int)
            let public_ = try await client.call(.get, "/api/v1/applications/\(id)")
            #expect(
                public_["letterEn"] == nil && public_["contacts"] == nil && public_["state"] as? String == "submitted")
            #expect(try await client.call(.get, "/api/v1/applications/x").status == .notFound)
            #expect(try await client.call(.get, "/api/v1/applications/999").status == .notFound)
            let review: [String: Any] = ["recommendation": "postpone", "textEn": "Not yet.", "textFr": "Pas encore."]
            #expect(
                try await client.call(.put, "/api/v1/applications/\(id)/review", token: ae, json: review).status
                    == .forbidden)

            let list = try await Web.get(client, "/applications", language: "fr")
            #expect(list.status == .ok && list.html.contains("Émirats arabes unis") && list.html.contains("déposée"))
            let anonymous = try await Web.get(client, "/applications/\(id)?lang=en")
            #expect(!anonymous.html.contains("We apply") && !anonymous.html.contains("kp@example.org"))
            let observer = try await Web.logIn(client, "wdc-observer")
            let seen = try await Web.get(client, "/applications/\(id)?lang=en", cookie: observer)
            #expect(seen.html.contains("We apply &lt;now&gt;.") && seen.html.contains("kp@example.org"))
            #expect(!seen.html.contains("review-form"))

            // The CPC's chair (BW) reviews through the form; a refusal is shown beside its field.
            let today = CalendarDate(utcDayOf: clock.now).description
            _ = try await g.store.governance.addSeat(
                to: "CPC", SeatDraft(holderKind: "participant", code: "BW", role: "chair", startsOn: today),
                by: world.admin)
            let chair = try await Web.logIn(client, "bw-delegate")
            let page = try await Web.get(client, "/applications/\(id)?lang=en", cookie: chair)
            #expect(page.html.contains("id=\"review-form\""))
            let csrf = try #require(page.hidden("csrf"))
            let refused = try await Web.post(
                client, "/applications/\(id)/review?lang=en", form: "csrf=\(csrf)&recommendation=admit&textEn=Yes",
                cookie: chair)
            #expect(refused.status == .unprocessableContent && refused.html.contains("id=\"review-textFr-error\""))
            let done = try await Web.post(
                client, "/applications/\(id)/review",
                form: "csrf=\(csrf)&recommendation=admit&textEn=It+meets+them.&textFr=Il+y+satisfait.", cookie: chair)
            #expect(done.status == .seeOther)
            let after = try await client.call(.get, "/api/v1/applications/\(id)")
            #expect(after["state"] as? String == "reviewed")
            #expect((after["review"] as? [String: Any])?["recommendation"] as? String == "admit")
            let french = try await Web.get(client, "/applications/\(id)?lang=fr")
            #expect(french.html.contains("Il y satisfait.") && french.html.contains("examinée par le CPC"))
            let decisions = try await Web.get(client, "/decisions")
            #expect(decisions.html.contains("href=\"/applications\" id=\"applications-link\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func theCandidatesDelegateRecordsItsApplicationThroughTheForm(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            #expect(!(try await Web.get(client, "/applications")).html.contains("application-form"))
            let eu = try await Web.logIn(client, "eu-delegate")
            #expect(!(try await Web.get(client, "/applications", cookie: eu)).html.contains("application-form"))
            _ = try await world.store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies", effectiveOn: nil, by: world.admin)
            let ae = try await Web.logIn(client, "ae-delegate")
            let page = try await Web.get(client, "/applications?lang=en", cookie: ae)
            #expect(
                page.html.contains("id=\"application-form\"")
                    && page.html.contains("name=\"candidate\" size=\"4\" value=\"AE\""))
            let csrf = try #require(page.hidden("csrf"))
            let refused = try await Web.post(
                client, "/applications?lang=en", form: "csrf=\(csrf)&candidate=AE&contact0Email=not+an+address",
                cookie: ae)
            #expect(refused.status == .unprocessableContent)
            for field in ["app-letterEn-error", "app-contact0Name-error", "app-contact0Email-error"] {
                #expect(refused.html.contains("id=\"\(field)\""), "\(field)")
            }
            #expect(try await world.store.governance.applications(page: try PageRequest(), for: nil).total == 0)
            let done = try await Web.post(
                client, "/applications",
                form: "csrf=\(csrf)&candidate=AE&letterFr=Nous+posons+notre+candidature.&contact0Name=Demo+Contact",
                cookie: ae)
            #expect(done.status == .seeOther)
            let listed = try await world.store.governance.applications(page: try PageRequest(), for: nil)
            #expect(listed.total == 1 && listed.items.first?.application.candidate == "AE")
            let observer = try await Web.logIn(client, "wdc-observer")
            let observerCSRF = try #require(try await Web.get(client, "/applications", cookie: observer).hidden("csrf"))
            let notAllowed = try await Web.post(
                client, "/applications", form: "csrf=\(observerCSRF)&candidate=AE&letterEn=x&contact0Name=x",
                cookie: observer)
            #expect(notAllowed.status == .forbidden)
        }
    }
}
