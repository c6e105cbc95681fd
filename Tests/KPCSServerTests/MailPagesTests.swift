import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// An account's e-mail address (API and the administrator's accounts page) and the administrator's view of the
/// e-mail outbox (page and API): shown in both languages, refused to anyone but the administrator with nothing
/// changed.
@Suite struct MailPagesTests {
    typealias Web = WebPagesTests
    typealias Officer = OfficerPagesTests

    static func email(_ world: Fixture, _ username: String) async throws -> String? {
        try await world.store.accounts.list().first { $0.username == username }?.email
    }

    @Test func textsExistInBothLanguages() {
        for text in MailText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for kind in NotificationKind.allCases { #expect(MailText.kind(kind, .en) != MailText.kind(kind, .fr)) }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorSetsAnAccountsAddressByTheAPIAndThePage(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let admin = try await client.token("admin")
            let set = try await client.call(
                .put, "/api/v1/accounts/observer/email", token: admin, json: ["email": " reader@example.org "])
            #expect(set.status == .ok && set["email"] as? String == "reader@example.org")
            let refused = try await client.call(
                .put, "/api/v1/accounts/observer/email", token: admin, json: ["email": "reader@example"],
                language: "fr")
            #expect(refused.status == .unprocessableContent && refused.pointers == ["/email"])
            #expect(PartyDetailsTests.details(refused).first?.hasPrefix("L'adresse électronique doit s'écrire") == true)
            for (username, status) in [("bw-officer", HTTPResponse.Status.forbidden), ("observer", .forbidden)] {
                let answer = try await client.call(
                    .put, "/api/v1/accounts/observer/email", token: try await client.token(username),
                    json: ["email": "forged@example.org"])
                #expect(answer.status == status)
            }
            #expect(
                try await client.call(.put, "/api/v1/accounts/observer/email", json: ["email": "x@example.org"]).status
                    == .unauthorized)
            #expect(try await Self.email(world, "observer") == "reader@example.org", "nothing refused was written")
            let created = try await client.call(
                .post, "/api/v1/accounts", token: admin,
                json: [
                    "username": "za-reader", "password": Fixture.password, "role": "observer",
                    "email": "za@example.org",
                ])
            #expect(created.status == .created && created["email"] as? String == "za@example.org")

            let session = try await Officer.session(client, "admin")
            let changed = try await Web.post(
                client, "/admin/accounts/za-reader/email", form: "csrf=\(session.csrf)&email=za.reader%40example.org",
                cookie: session.cookie)
            #expect(changed.status == .seeOther)
            #expect(try await Self.email(world, "za-reader") == "za.reader@example.org")
            let bad = try await Web.post(
                client, "/admin/accounts/za-reader/email", form: "csrf=\(session.csrf)&email=a+b%40example.org",
                cookie: session.cookie, language: "fr")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("id=\"email-za-reader-error\">L&#39;adresse électronique doit s&#39;écrire"))
            #expect(bad.html.contains("value=\"a b@example.org\""), "the value typed is kept in the row")
            let page = try await Web.get(client, "/admin/accounts", cookie: session.cookie)
            #expect(page.html.contains("id=\"email-za-reader\" name=\"email\" type=\"email\" size=\"22\""))
            #expect(page.html.contains("value=\"za.reader@example.org\""))
            let cleared = try await client.call(
                .put, "/api/v1/accounts/za-reader/email", token: admin, json: ["email": NSNull()])
            #expect(cleared.status == .ok && cleared["email"] == nil)
        }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorSeesWhatFailedAndSendsItAgain(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock, configure: { $0.mailDelivery = true }) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            _ = try await world.store.accounts.setEmail(
                username: "eu-delegate", email: "eu@example.org", by: world.admin)
            _ = try await g.openProcedure("Budget 2027")
            let sender = try MailDeliveryTests.sender(world.store, nil)
            for _ in 1...MailDeliveryRules.maximumAttempts {
                try await sender.deliverDue()
                clock.advance(seconds: MailDeliveryRules.longestWait + 1)
            }
            let session = try await Officer.session(client, "admin")
            let english = try await Web.get(client, "/admin/mail?state=failed", cookie: session.cookie)
            #expect(english.status == .ok && english.html.contains("E-mail is on"))
            #expect(english.html.contains("<strong>Given up (1)</strong>"))
            #expect(
                english.html.contains("<td>eu-delegate</td><td>eu@example.org</td><td>written procedure opened</td>"))
            #expect(english.html.contains("connection: "))
            let french = try await Web.get(client, "/admin/mail", cookie: session.cookie, language: "fr")
            #expect(french.html.contains("Courriels des notifications") && french.html.contains("Renvoyer"))
            #expect(french.html.contains("<td>procédure écrite ouverte</td>"))
            let admin = try await client.token("admin")
            let listed = try await client.call(.get, "/api/v1/mail-deliveries?state=failed", token: admin)
            #expect(listed["enabled"] as? Bool == true && listed["total"] as? Int == 1)
            #expect((listed["counts"] as? [String: Any])?["failed"] as? Int == 1)
            let item = try #require((listed["items"] as? [[String: Any]])?.first)
            let id = try #require(item["id"] as? Int)
            #expect(item["attempts"] as? Int == 8 && item["state"] as? String == "failed")
            let wrongState = try await client.call(.get, "/api/v1/mail-deliveries?state=lost", token: admin)
            #expect(wrongState.status == .unprocessableContent && wrongState.pointers == ["/state"])

            for username in ["bw-officer", "eu-delegate", "observer"] {
                let token = try await client.token(username)
                #expect(try await client.call(.get, "/api/v1/mail-deliveries", token: token).status == .forbidden)
                #expect(
                    try await client.call(.post, "/api/v1/mail-deliveries/\(id)/retry", token: token).status
                        == .forbidden)
            }
            #expect(try await client.call(.post, "/api/v1/mail-deliveries/\(id)/retry").status == .unauthorized)
            let officer = try await Officer.session(client, "bw-officer")
            #expect(try await Web.get(client, "/admin/mail", cookie: officer.cookie).status == .forbidden)
            let forged = try await Web.post(
                client, "/admin/mail/\(id)/retry", form: "csrf=\(officer.csrf)", cookie: officer.cookie)
            #expect(forged.status == .forbidden)
            #expect(
                try await MailDeliveryTests.deliveries(world.store, g, .failed).count == 1, "nothing refused changed")

            let retried = try await Web.post(
                client, "/admin/mail/\(id)/retry", form: "csrf=\(session.csrf)", cookie: session.cookie)
            #expect(retried.status == .seeOther)
            let pending = try await MailDeliveryTests.deliveries(world.store, g, .pending)
            #expect(pending.map(\.id) == [Int64(id)] && pending.first?.attempts == 0)
            let again = try await client.call(.post, "/api/v1/mail-deliveries/\(id)/retry", token: admin)
            #expect(again.status == .notFound, "only a given-up e-mail is sent again")
            #expect(try await client.call(.post, "/api/v1/mail-deliveries/x/retry", token: admin).status == .notFound)
        }
    }

    @Test(arguments: TestEngine.all)
    func withEmailOffThePageSaysHowToTurnItOn(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let session = try await Officer.session(client, "admin")
            let page = try await Web.get(client, "/admin/mail", cookie: session.cookie)
            #expect(page.html.contains("E-mail is off: set KPCS_SMTP_URL") && page.html.contains("No e-mail here."))
            let settings = try await Web.get(client, "/admin/settings", cookie: session.cookie, language: "fr")
            #expect(settings.html.contains("Courriels des notifications</th><td>désactivé</td>"))
            let admin = try await client.token("admin")
            #expect(try await client.call(.get, "/api/v1/mail-deliveries", token: admin)["enabled"] as? Bool == false)
        }
    }
}
