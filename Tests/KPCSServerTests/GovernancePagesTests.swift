import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The governance pages in both languages: the list, a decision with its count and stances, the forms each role
/// may use (the Chair's, a delegate's, an observer's) and what they post, the proposal form, the chair table, the
/// participant's history naming the decision; hostile text in every free-text field shown escaped.
@Suite struct GovernancePagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in GovernanceText.allCases {
            #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)")
        }
        for state in DecisionState.allCases {
            #expect(GovernanceText.state(state, .en) != GovernanceText.state(state, .fr))
        }
        for kind in DecisionEffectKind.allCases {
            #expect(GovernanceText.effectKind(kind, .en) != GovernanceText.effectKind(kind, .fr))
        }
    }

    /// The form's CSRF token on a page.
    static func csrf(_ client: any TestClientProtocol, _ uri: String, _ cookie: String) async throws -> String {
        try #require(try await Web.get(client, uri, cookie: cookie).hidden("csrf"))
    }

    @Test(arguments: TestEngine.all)
    func theChairOpensAndTwoDelegatesAnswerThroughTheForms(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let id = try await g.propose("Footprints review").decision.id
            let page = "/decisions/\(id)"
            // The public sees the decision, no form; the Chair's delegate sees the form to open it.
            let anonymous = try await Web.get(client, page + "?lang=en")
            #expect(
                anonymous.status == .ok && anonymous.html.contains("<span class=\"tag d-proposed\">proposed</span>"))
            #expect(!anonymous.html.contains("procedure-form") && !anonymous.html.contains("stance-form"))
            let chair = try await Web.logIn(client, "bw-delegate")
            let eu = try await Web.logIn(client, "eu-delegate")
            #expect(try await Web.get(client, page, cookie: chair).html.contains("id=\"procedure-form\""))
            #expect(!(try await Web.get(client, page, cookie: eu).html.contains("id=\"procedure-form\"")))
            // A deadline too soon is refused beside the field, in French.
            let token = try await Self.csrf(client, page, chair)
            let soon = try await Web.post(
                client, page + "/written-procedure?lang=fr", form: "csrf=\(token)&closesAt=2020-01-01T00:00",
                cookie: chair)
            #expect(soon.status == .unprocessableContent)
            #expect(soon.html.contains("id=\"procedure-closesAt-error\">Le délai doit laisser aux participants"))
            let deadline = Timestamp.string(world.store.configuration.now().addingTimeInterval(3 * 86_400))
            let opened = try await Web.post(
                client, page + "/written-procedure", form: "csrf=\(token)&closesAt=\(deadline.prefix(16))",
                cookie: chair)
            #expect(opened.status == .seeOther && opened.headers[.location] == page + "?saved=1")
            // The EU supports; AE objects, first without a reason (refused beside the field), then with one.
            let euToken = try await Self.csrf(client, page, eu)
            let supported = try await Web.post(
                client, page + "/stance", form: "csrf=\(euToken)&position=supports", cookie: eu)
            #expect(supported.status == .seeOther)
            let ae = try await Web.logIn(client, "ae-delegate")
            let aeToken = try await Self.csrf(client, page, ae)
            let bare = try await Web.post(
                client, page + "/stance?lang=en", form: "csrf=\(aeToken)&position=objects", cookie: ae)
            #expect(bare.status == .unprocessableContent && bare.html.contains("An objection needs its reason."))
            let objected = try await Web.post(
                client, page + "/stance", form: "csrf=\(aeToken)&position=objects&reason=Not%20before%20the%20report",
                cookie: ae)
            #expect(objected.status == .seeOther)
            let seen = try await Web.get(client, page + "?lang=en", cookie: ae)
            #expect(seen.html.contains("id=\"own-stance\">Recorded stance of your participant: objects</p>"))
            #expect(seen.html.contains("Not before the report"))
            // The public sees both stances, not the reason; nobody typed the outcome.
            let public_ = try await Web.get(client, page + "?lang=fr")
            #expect(public_.html.contains("<td>Émirats arabes unis (AE)</td><td>s&#39;oppose</td>"))
            #expect(!public_.html.contains("Not before the report"))
            #expect(public_.html.contains("<span class=\"tag d-open\">ouverte</span>"))
            // An officer may post no stance (403 page), and the count did not move.
            let officer = try await Web.logIn(client, "bw-officer")
            let officerToken = try await Self.csrf(client, "/dashboard", officer)
            let refused = try await Web.post(
                client, page + "/stance", form: "csrf=\(officerToken)&position=objects&reason=x", cookie: officer)
            #expect(refused.status == .forbidden)
            #expect(try await world.store.governance.decision(id, for: nil).decision.stances.count == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func aDelegateProposesThroughTheFormAndAnObserverComments(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            for code in ["AE-A", "AE-B"] {
                _ = try await world.store.monitoring.register(
                    ZoneDraft(
                        participant: "AE", code: code, name: code,
                        geometry: GeometryDraft(type: "Point", coordinates: .list([.number(55.3), .number(25.2)]))),
                    by: world.admin)
            }
            let eu = try await Web.logIn(client, "eu-delegate")
            let form = try await Web.get(client, "/decisions/new?lang=fr", cookie: eu)
            #expect(form.status == .ok && form.html.contains("Proposer une décision"))
            let token = try #require(form.hidden("csrf"))
            let bad = try await Web.post(
                client, "/decisions/new?lang=en",
                form:
                    "csrf=\(token)&titleEn=Suspend&titleFr=Suspendre&textEn=t&textFr=t&effectKind=suspend&effectParticipant=BE",
                cookie: eu)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("id=\"decision-effectParticipant-error\">BE is a member state of EU"))
            let done = try await Web.post(
                client, "/decisions/new",
                form:
                    "csrf=\(token)&titleEn=Suspend%20AE&titleFr=Suspendre%20AE&textEn=Text&textFr=Texte&effectKind=suspend&effectParticipant=ae&effectZones=ae-a%0AAE-B",
                cookie: eu)
            #expect(done.status == .seeOther)
            let location = try #require(done.headers[.location])
            let id = try #require(Int64(location.dropFirst("/decisions/".count).prefix { $0.isNumber }))
            let decision = try await world.store.governance.decision(id, for: nil).decision
            #expect(
                decision.effect
                    == .suspend(participant: "AE", conditions: SuspensionConditions(exportZones: ["AE-A", "AE-B"])))
            let shown = try await Web.get(client, "/decisions/\(id)?lang=en")
            #expect(
                shown.html.contains("suspend United Arab Emirates (AE) — Zones still allowed to export: AE-A, AE-B")
            )
            // Opened, an observer of an organisation comments; the comment never counts and the public does not see it.
            let closesAt = Timestamp.string(world.store.configuration.now().addingTimeInterval(2 * 86_400))
            _ = try await world.store.governance.openWrittenProcedure(
                id, WrittenProcedureDraft(closesAt: closesAt), by: g.bwDelegate)
            let wdc = try await Web.logIn(client, "wdc-observer")
            let wdcToken = try await Self.csrf(client, "/decisions/\(id)", wdc)
            let commented = try await Web.post(
                client, "/decisions/\(id)/comment", form: "csrf=\(wdcToken)&position=objects&text=Industry%20disagrees",
                cookie: wdc)
            #expect(commented.status == .seeOther)
            #expect(try await Web.get(client, "/decisions/\(id)", cookie: wdc).html.contains("Industry disagrees"))
            #expect(!(try await Web.get(client, "/decisions/\(id)").html.contains("Industry disagrees")))
            #expect(try await world.store.governance.decision(id, for: nil).tally.objectedBy.isEmpty)
        }
    }

    @Test(arguments: TestEngine.all)
    func theListTheChairTableAndTheParticipantsHistoryInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            _ = try await world.store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applied again", effectiveOn: nil, by: world.admin)
            let id = try await g.openProcedure(
                "Admit AE", effect: DecisionEffectDraft(kind: "admit", participant: "AE"))
            _ = try await world.store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            let later = world.store.at(world.store.configuration.now().addingTimeInterval(49 * 3600))
            try await later.governance.closeDue()
            let list = try await Web.get(client, "/decisions?lang=en")
            #expect(
                list.html.contains(">Admit AE</a>")
                    && list.html.contains("<span class=\"tag d-adopted\">adopted</span>"))
            let year = CalendarDate(utcDayOf: world.store.configuration.now()).year
            #expect(list.html.contains("KP/\(year)/WP/Administrative Decision 1"))
            let french = try await Web.get(client, "/decisions?lang=fr")
            #expect(french.html.contains("adoptée") && french.html.contains("Décisions des participants"))
            let chairs = try await Web.get(client, "/chairs?lang=en")
            #expect(chairs.html.contains("<th scope=\"row\">2020</th><td>no Chair</td>"))
            #expect(
                chairs.html.contains(
                    "<th scope=\"row\">2025</th><td>United Arab Emirates (AE)</td><td>not recorded</td><td>second year in a row</td>"
                ))
            #expect(try await Web.get(client, "/chairs?lang=fr").html.contains("<td>pas de présidence</td>"))
            let history = try await Web.get(client, "/participants/AE?lang=en")
            #expect(
                history.html.contains(
                    "by decision <a href=\"/decisions/\(id)\">KP/\(year)/WP/Administrative Decision 1</a>"))
            #expect(
                history.html.contains(
                    "Applied again <span class=\"hint\">(direct change by the administrator (a correction))</span>"))
            for page in [list, french, chairs, history] { #expect(page.html.utf8.count < 60_000) }
        }
    }

    @Test(arguments: TestEngine.all)
    func hostileTextInEveryGovernanceFieldIsShownEscaped(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let text = HostileTextTests.hostile
            let proposed = try await world.store.governance.propose(
                DecisionDraft(titleEn: text, titleFr: text, textEn: text, textFr: text), by: g.euDelegate)
            let id = proposed.decision.id
            let closesAt = Timestamp.string(world.store.configuration.now().addingTimeInterval(2 * 86_400))
            _ = try await world.store.governance.openWrittenProcedure(
                id, WrittenProcedureDraft(closesAt: closesAt), by: g.bwDelegate)
            _ = try await world.store.governance.recordStance(
                id, StanceDraft(position: "objects", reason: text), by: g.aeDelegate)
            _ = try await world.store.governance.comment(id, CommentDraft(text: text), by: g.wdcObserver)
            let eu = try await Web.logIn(client, "eu-delegate")
            HostileTextTests.expectEscaped(
                try await Web.get(client, "/decisions/\(id)", cookie: eu).html, page: "/decisions/{id} (delegate)",
                times: 4)
            HostileTextTests.expectEscaped(try await Web.get(client, "/decisions").html, page: "/decisions")
            // Typed text shown again on a refused form.
            let token = try await Self.csrf(client, "/decisions/new", eu)
            let field = HostileTextTests.encoded(text)
            let refused = try await Web.post(
                client, "/decisions/new",
                form:
                    "csrf=\(token)&titleEn=\(field)&textEn=\(field)&effectKind=\(field)&effectParticipant=\(field)&effectYear=\(field)",
                cookie: eu)
            #expect(refused.status == .unprocessableContent)
            HostileTextTests.expectEscaped(refused.html, page: "refused /decisions/new", times: 2)
            let stanceToken = try await Self.csrf(client, "/decisions/\(id)", eu)
            let badStance = try await Web.post(
                client, "/decisions/\(id)/stance", form: "csrf=\(stanceToken)&position=\(field)&reason=\(field)",
                cookie: eu)
            #expect(badStance.status == .unprocessableContent)
            HostileTextTests.expectEscaped(badStance.html, page: "refused stance", times: 1)
            // A hostile id in the path is an unknown decision, escaped on its error page.
            let unknown = try await Web.get(
                client, "/decisions/\(HostileTextTests.encoded(HostileTextTests.hostileSegment))")
            #expect(unknown.status == .notFound)
            HostileTextTests.expectEscaped(
                unknown.html, page: "/decisions/{hostile}", shown: .notNecessarily,
                hostile: HostileTextTests.hostileSegment)
        }
    }

    @Test(arguments: TestEngine.all)
    func theAPIAnswersInBothLanguagesAndHidesTheDeliberation(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let id = try await g.openProcedure()
            let ae = try await client.token("ae-delegate")
            let objection = try await client.call(
                .post, "/api/v1/decisions/\(id)/stances", token: ae, json: ["position": "objects", "reason": "Budget"])
            #expect(objection.status == .created && objection["state"] as? String == "open")
            let missing = try await client.call(
                .post, "/api/v1/decisions/\(id)/stances", token: ae, json: ["position": "objects"], language: "fr")
            #expect(missing.status == .unprocessableContent)
            #expect((missing["detail"] as? String)?.contains("Une objection doit être motivée.") == true)
            #expect(missing.pointers == ["/reason"])
            let public_ = try await client.call(.get, "/api/v1/decisions/\(id)")
            let stances = try #require(public_["stances"] as? [[String: Any]])
            #expect(stances.count == 1 && stances[0]["reason"] == nil && stances[0]["recordedBy"] == nil)
            #expect(
                public_["textSha256"] as? String
                    == DecisionTextHash.of(try await world.store.governance.decision(id, for: nil).decision))
            let eu = try await client.token("eu-delegate")
            let deliberation = try await client.call(.get, "/api/v1/decisions/\(id)", token: eu)
            #expect((deliberation["stances"] as? [[String: Any]])?.first?["reason"] as? String == "Budget")
            let unknown = try await client.call(.get, "/api/v1/decisions/99999999999999999999")
            #expect(unknown.status == .notFound)
            let chairs = try await client.call(.get, "/api/v1/chairs")
            #expect(chairs["currentChair"] as? String == "BW")
            #expect((chairs["items"] as? [[String: Any]])?.count == 24)
        }
    }

    @Test(arguments: TestEngine.all)
    func pagesReadAfterTheDeadlineShowTheEffectWithNoJobRun(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let id = try await g.openProcedure(
                "Suspend AE", effect: DecisionEffectDraft(kind: "suspend", participant: "AE"))
            _ = try await world.store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            let participant = try await client.call(.get, "/api/v1/participants/AE")
            #expect(participant["status"] as? String == "suspended")
            let page = try await Web.get(client, "/decisions/\(id)?lang=en")
            #expect(page.html.contains("id=\"decision-number\">KP/") && page.html.contains("the effect took hold"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorCreatesADelegateAndAnObserverOfAnOrganisation(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let admin = try await Web.logIn(client, "admin")
            let form = try await Web.get(client, "/admin/accounts?lang=en", cookie: admin)
            #expect(form.html.contains("<option value=\"WDC\">World Diamond Council</option>"))
            let token = try #require(form.hidden("csrf"))
            let missing = try await Web.post(
                client, "/admin/accounts?lang=en",
                form: "csrf=\(token)&username=za-delegate&password=long-enough-pw&role=delegate", cookie: admin)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.html.contains("id=\"account-participant-error\">A delegate account needs its participant."))
            for (name, extra) in [
                ("za-delegate", "&role=delegate&participantCode=za"), ("csc-one", "&role=observer&organisation=CSC"),
            ] {
                let done = try await Web.post(
                    client, "/admin/accounts", form: "csrf=\(token)&username=\(name)&password=long-enough-pw\(extra)",
                    cookie: admin)
                #expect(done.status == .seeOther, "\(name)")
            }
            let accounts = try await world.store.accounts.list()
            #expect(accounts.first { $0.username == "za-delegate" }?.participantCode == "ZA")
            #expect(accounts.first { $0.username == "csc-one" }?.organisation == "CSC")
        }
    }
}
