import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The bodies' pages and API: read by anyone in both languages, seats given by the Chair's delegate through the
/// API and the form, persons' seats for administrators only, and refusals with nothing written.
@Suite struct WorkingBodyPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in WorkingBodyText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for kind in WorkingBodyKind.allCases {
            #expect(WorkingBodyText.kind(kind, .en) != WorkingBodyText.kind(kind, .fr))
        }
        for role in SeatRole.allCases { #expect(WorkingBodyText.role(role, .en) != WorkingBodyText.role(role, .fr)) }
        for kind in SeatHolderKind.allCases where kind != .participant {
            #expect(WorkingBodyText.holderKind(kind, .en) != WorkingBodyText.holderKind(kind, .fr))
        }
    }

    @Test(arguments: TestEngine.all)
    func theChairsDelegateGivesSeatsThatAnyoneReads(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now).description
            let seat: [String: Any] = ["holderKind": "participant", "code": "ZA", "role": "chair", "startsOn": today]
            let path = "/api/v1/bodies/wgm/seats"
            for username in ["eu-delegate", "bw-officer", "wdc-observer"] {
                let refused = try await client.call(.post, path, token: try await client.token(username), json: seat)
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(try await client.call(.post, path, json: seat).status == .unauthorized)
            #expect((try await client.call(.get, "/api/v1/bodies/WGM")["seats"] as? [Any])?.isEmpty == true)
            let bw = try await client.token("bw-delegate")
            let given = try await client.call(.post, path, token: bw, json: seat)
            #expect(given.status == .created, "\(given.body)")
            let bad = try await client.call(
                .post, path, token: bw, json: ["holderKind": "group", "code": "ZA", "startsOn": "2026-02-30"],
                language: "fr")
            #expect(bad.status == .unprocessableContent && bad.pointers.sorted() == ["/holderKind", "/startsOn"])
            let person: [String: Any] = ["holderKind": "person", "code": "wdc-observer", "startsOn": today]
            #expect(
                try await client.call(.post, "/api/v1/bodies/WGS/seats", token: bw, json: person).status == .forbidden)
            let admin = try await client.token("admin")
            #expect(
                try await client.call(.post, "/api/v1/bodies/WGS/seats", token: admin, json: person).status == .created)
            #expect((try await client.call(.get, "/api/v1/bodies/WGS")["seats"] as? [Any])?.isEmpty == true)
            #expect(
                (try await client.call(.get, "/api/v1/bodies/WGS", token: admin)["seats"] as? [Any])?.count == 1,
                "persons' seats for administrators")
            let list = try await client.call(.get, "/api/v1/bodies?perPage=2")
            #expect(list["total"] as? Int == 7 && (list["items"] as? [Any])?.count == 2)
            #expect(try await client.call(.get, "/api/v1/bodies/NOPE").status == .notFound)
            #expect(
                try await client.call(.get, "/api/v1/bodies/\(String(repeating: "X", count: 300))").status == .notFound)
            let seats = try #require(given["seats"] as? [[String: Any]])
            let id = try #require(seats.first?["id"] as? Int)
            #expect(
                try await client.call(
                    .post, "/api/v1/bodies/WGM/seats/\(id)/end", token: try await client.token("eu-delegate"),
                    json: ["endsOn": today]
                ).status == .forbidden)
            #expect(
                try await client.call(.post, "/api/v1/bodies/WGM/seats/x/end", token: bw, json: [:]).status == .notFound
            )

            let page = try await Web.get(client, "/bodies", language: "fr")
            #expect(page.status == .ok && page.html.contains("Groupe de travail sur le suivi (WGM)</a>"))
            #expect(page.html.contains("Afrique du Sud (ZA)") || page.html.contains("(ZA)"))
            let english = try await Web.get(client, "/bodies/WGM?lang=en")
            #expect(english.html.contains("<h1>Working Group on Monitoring (WGM)</h1>"))
            #expect(english.html.contains("id=\"current-seats\"") && !english.html.contains("seat-form"))
            let wgs = try await Web.get(client, "/bodies/WGS?lang=en")
            #expect(!wgs.html.contains("wdc-observer"), "persons' seats are not public")
            #expect(try await Web.get(client, "/bodies/NOPE").status == .notFound)
            let decisions = try await Web.get(client, "/decisions")
            #expect(decisions.html.contains("href=\"/bodies\" id=\"bodies-link\""))

            // The Chair's delegate gives a seat through the form; a refusal is shown beside its field.
            let cookie = try await Web.logIn(client, "bw-delegate")
            let form = try await Web.get(client, "/bodies/WGM?lang=en", cookie: cookie)
            #expect(form.html.contains("id=\"seat-form\""))
            let csrf = try #require(form.hidden("csrf"))
            let refused = try await Web.post(
                client, "/bodies/WGM/seats?lang=en",
                form: "csrf=\(csrf)&holderKind=participant&code=QQ&role=member&startsOn=\(today)", cookie: cookie)
            #expect(refused.status == .unprocessableContent && refused.html.contains("id=\"seat-code-error\""))
            let done = try await Web.post(
                client, "/bodies/WGM/seats",
                form: "csrf=\(csrf)&holderKind=organisation&code=WDC&role=member&startsOn=\(today)", cookie: cookie)
            #expect(done.status == .seeOther)
            let after = try await client.call(.get, "/api/v1/bodies/WGM")
            #expect((after["seats"] as? [[String: Any]])?.contains { $0["code"] as? String == "WDC" } == true)
            let ended = try await Web.post(
                client, "/bodies/WGM/seats/\(id)/end", form: "csrf=\(csrf)&endsOn=\(today)", cookie: cookie)
            #expect(ended.status == .seeOther)
            let observer = try await Web.logIn(client, "wdc-observer")
            let observerCSRF = try #require(try await Web.get(client, "/bodies/WGM", cookie: observer).hidden("csrf"))
            let notAllowed = try await Web.post(
                client, "/bodies/WGM/seats",
                form: "csrf=\(observerCSRF)&holderKind=organisation&code=CSC&startsOn=\(today)", cookie: observer)
            #expect(notAllowed.status == .forbidden)
            #expect((try await client.call(.get, "/api/v1/bodies/WGM")["seats"] as? [Any])?.count == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodySetUpThroughTheProposalFormShowsItsNamesAndTermsEscaped(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let hostile = HostileTextTests.encoded(HostileTextTests.hostile)
            let eu = try await Web.logIn(client, "eu-delegate")
            let csrf = try await GovernancePagesTests.csrf(client, "/decisions/new", eu)
            let texts = "csrf=\(csrf)&titleEn=Set+up&titleFr=Cr%C3%A9er&textEn=Set+up&textFr=Cr%C3%A9er"
            let refused = try await Web.post(
                client, "/decisions/new?lang=en",
                form: texts + "&effectKind=establish-body&effectBody=WGS&effectBodyKind=ad-hoc&effectNameEn=A"
                    + "&effectNameFr=B", cookie: eu)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains("id=\"decision-effectBody-error\""), "a code taken is named beside its field")
            let made = try await Web.post(
                client, "/decisions/new",
                form: texts + "&effectKind=establish-body&effectBody=AHCRR&effectBodyKind=ad-hoc"
                    + "&effectNameEn=\(hostile)&effectNameFr=\(hostile)", cookie: eu)
            #expect(made.status == .seeOther)
            let proposed = try #require(
                try await g.store.governance.decisions(page: try PageRequest(), for: nil).items.first?.decision.id)
            func adopt(_ id: Int64) async throws {
                _ = try await g.store.governance.openWrittenProcedure(
                    id,
                    WrittenProcedureDraft(closesAt: Timestamp.string(clock.now.addingTimeInterval(48 * 3600))),
                    by: g.bwDelegate)
                _ = try await g.store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
                clock.advance(seconds: 49 * 3600)
                try await g.store.governance.closeDue()
            }
            try await adopt(proposed)
            let terms = try await g.propose(
                "Terms",
                effect: DecisionEffectDraft(
                    kind: "adopt-terms-of-reference", body: "AHCRR", textEn: HostileTextTests.hostile,
                    textFr: HostileTextTests.hostile))
            try await adopt(terms.decision.id)
            for uri in ["/bodies", "/bodies/AHCRR", "/bodies/AHCRR?lang=fr", "/decisions/\(proposed)"] {
                let page = try await Web.get(client, uri)
                #expect(page.status == .ok, "\(uri)")
                HostileTextTests.expectEscaped(page.html, page: uri)
            }
            let body = try await Web.get(client, "/bodies/AHCRR?lang=en")
            #expect(body.html.contains("id=\"terms\"") && body.html.contains("/decisions/\(terms.decision.id)"))
        }
    }
}
