import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// A company's address (API and register page) and an account's name and function on certificates (API and the
/// administrator's page): saved, refused with the field named in both languages, and refused to anyone but the
/// administrator with nothing written.
@Suite struct PartyDetailsTests {
    typealias Web = WebPagesTests
    typealias Officer = OfficerPagesTests

    /// The `detail` of each field error of a problem.
    static func details(_ response: JSONResponse) -> [String] {
        (response["errors"] as? [[String: Any]])?.compactMap { $0["detail"] as? String } ?? []
    }

    static func profile(_ world: Fixture, _ username: String) async throws -> AccountProfile? {
        try await world.store.accounts.list().first { $0.username == username }?.profile
    }

    @Test(arguments: TestEngine.all)
    func aCompanyIsRegisteredWithItsAddressThroughTheAPIAndThePage(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let created = try await client.call(
                .post, "/api/v1/companies", token: bw,
                json: [
                    "name": "Okavango Rough", "licenceNumber": "BW-9", "address": "Plot 9\r\nMaun\nBotswana",
                    "canExport": true,
                ])
            #expect(created.status == .created, "\(created.body)")
            #expect(created["address"] as? String == "Plot 9\nMaun\nBotswana")
            let id = try #require(created["id"] as? Int)
            let read = try await client.call(.get, "/api/v1/companies/\(id)", token: bw)
            #expect(read["address"] as? String == "Plot 9\nMaun\nBotswana")
            let refusals: [(Any?, String, String)] = [
                (nil, "en", "address is required."), (nil, "fr", "address est obligatoire."),
                (" \n ", "en", "address must not be empty."),
                ("1\n2\n3\n4\n5", "fr", "address compte trop de lignes : 4 au plus."),
                (String(repeating: "x", count: 301), "en", "address is too long: at most 300 characters."),
            ]
            for (address, language, expected) in refusals {
                var json: [String: Any] = ["name": "Nata Rough", "licenceNumber": "BW-10", "canExport": true]
                json["address"] = address
                let refused = try await client.call(
                    .post, "/api/v1/companies", token: bw, json: json, language: language)
                #expect(refused.status == .unprocessableContent, "\(refused.body)")
                #expect(refused.pointers == ["/address"] && Self.details(refused) == [expected], "\(refused.body)")
            }

            let bwSession = try await Officer.session(client, "bw-officer")
            let registered = try await Web.post(
                client, "/companies",
                form:
                    "csrf=\(bwSession.csrf)&name=Chobe+Sorting&licenceNumber=BW-11&address=Plot+11%0D%0AKasane"
                    + "&canExport=on",
                cookie: bwSession.cookie)
            #expect(registered.status == .seeOther)
            let page = try await Web.get(client, "/companies", cookie: bwSession.cookie)
            #expect(page.html.contains("<td>Plot 11<br>Kasane</td>"), "the address, a line of the cell per line")
            #expect(page.html.contains("<textarea id=\"company-address\" name=\"address\""))
            let empty = [("en", "address must not be empty."), ("fr", "address ne doit pas être vide.")]
            for (language, expected) in empty {
                let refused = try await Web.post(
                    client, "/companies",
                    form: "csrf=\(bwSession.csrf)&name=Nata+Rough&licenceNumber=BW-12&address=+&canExport=on",
                    cookie: bwSession.cookie, language: language)
                #expect(refused.status == .unprocessableContent)
                #expect(
                    refused.html.contains(
                        "<p class=\"field-error error\" id=\"company-address-error\">\(expected)</p>"),
                    "\(language): the error beside the address")
                #expect(refused.html.contains("aria-describedby=\"company-address-error\""))
                #expect(refused.html.contains("value=\"Nata Rough\""), "the values typed are kept")
            }
            let companies = try await world.store.registry.companies(participant: "BW", page: try PageRequest()).items
            #expect(companies.first { $0.name == "Chobe Sorting" }?.address == "Plot 11\nKasane")
            #expect(!companies.contains { $0.name == "Nata Rough" }, "nothing refused was written")
        }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorSetsAnAccountsNameAndFunctionThroughTheAPI(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let admin = try await client.token("admin")
            let authorityId = try #require(world.bwOfficer.authority?.id)
            let created = try await client.call(
                .post, "/api/v1/accounts", token: admin,
                json: [
                    "username": "bw-clerk", "password": Fixture.password, "role": "officer", "authorityId": authorityId,
                    "displayName": "Mpho Dube", "function": "KP certificate officer",
                ])
            #expect(created.status == .created, "\(created.body)")
            #expect(created["displayName"] as? String == "Mpho Dube")
            #expect(created["function"] as? String == "KP certificate officer")
            let changed = try await client.call(
                .put, "/api/v1/accounts/bw-clerk/profile", token: admin,
                json: ["displayName": " Mpho K. Dube ", "function": "Head of KP certificates"])
            #expect(changed.status == .ok && changed["displayName"] as? String == "Mpho K. Dube")
            let expected = AccountProfile(displayName: "Mpho K. Dube", function: "Head of KP certificates")
            #expect(try await Self.profile(world, "bw-clerk") == expected)

            let refused = try await client.call(
                .put, "/api/v1/accounts/bw-clerk/profile", token: admin,
                json: ["displayName": "two\nlines", "function": String(repeating: "x", count: 101)], language: "fr")
            #expect(refused.status == .unprocessableContent && refused.pointers == ["/displayName", "/function"])
            #expect(
                Self.details(refused) == [
                    "displayName compte trop de lignes : 1 au plus.",
                    "function est trop long : 100 caractères au plus.",
                ])
            let badCreate = try await client.call(
                .post, "/api/v1/accounts", token: admin,
                json: [
                    "username": "bw-clerk2", "password": Fixture.password, "role": "observer",
                    "function": String(repeating: "x", count: 101),
                ])
            #expect(badCreate.status == .unprocessableContent && badCreate.pointers == ["/function"])
            let unknown = try await client.call(
                .put, "/api/v1/accounts/nobody/profile", token: admin, json: [String: Any]())
            #expect(unknown.status == .notFound)

            let officer = try await client.token("bw-officer")
            let observer = try await client.token("observer")
            let callers: [(String?, HTTPResponse.Status)] = [
                (officer, .forbidden), (observer, .forbidden), (nil, .unauthorized),
            ]
            for (token, status) in callers {
                let answer = try await client.call(
                    .put, "/api/v1/accounts/bw-clerk/profile", token: token, json: ["displayName": "Forged"])
                #expect(answer.status == status)
                let create = try await client.call(
                    .post, "/api/v1/accounts", token: token,
                    json: [
                        "username": "forged", "password": Fixture.password, "role": "observer",
                        "displayName": "Forged",
                    ])
                #expect(create.status == status)
            }
            #expect(try await Self.profile(world, "bw-clerk") == expected, "nothing refused was written")
            let usernames = try await world.store.accounts.list().map(\.username)
            #expect(!usernames.contains("forged") && !usernames.contains("bw-clerk2"))

            let cleared = try await client.call(
                .put, "/api/v1/accounts/bw-clerk/profile", token: admin, json: [String: Any]())
            #expect(cleared.status == .ok && cleared["displayName"] == nil && cleared["function"] == nil)
        }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorSetsAnAccountsNameAndFunctionOnTheAccountsPage(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let admin = try await Officer.session(client, "admin")
            let created = try await Web.post(
                client, "/admin/accounts",
                form:
                    """
                    csrf=\(admin.csrf)&username=za-reader&password=\(Fixture.password)&role=observer&authorityId=\
                    &displayName=Thandiwe+Nkosi&function=Observer%2C+civil+society
                    """,
                cookie: admin.cookie)
            #expect(created.status == .seeOther)
            #expect(
                try await Self.profile(world, "za-reader")
                    == AccountProfile(displayName: "Thandiwe Nkosi", function: "Observer, civil society"))
            let changed = try await Web.post(
                client, "/admin/accounts/za-reader/profile",
                form: "csrf=\(admin.csrf)&displayName=T.+Nkosi&function=", cookie: admin.cookie)
            #expect(changed.status == .seeOther)
            let expected = AccountProfile(displayName: "T. Nkosi", function: nil)
            #expect(try await Self.profile(world, "za-reader") == expected)
            let page = try await Web.get(client, "/admin/accounts", cookie: admin.cookie, language: "fr")
            #expect(
                page.html.contains("id=\"profile-name-za-reader\" name=\"displayName\" size=\"16\" value=\"T. Nkosi\""))
            #expect(page.html.contains("Nom et fonction sur les certificats"))

            let long = String(repeating: "x", count: 101)
            let refused = try await Web.post(
                client, "/admin/accounts/za-reader/profile",
                form: "csrf=\(admin.csrf)&displayName=\(long)&function=Reader", cookie: admin.cookie, language: "fr")
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.html.contains(
                    """
                    <p class="field-error error" id="profile-name-za-reader-error">displayName est trop long : 100\
                     caractères au plus.</p>
                    """))
            #expect(refused.html.contains("value=\"\(long)\""), "the value typed is kept in the row")
            let refusedCreate = try await Web.post(
                client, "/admin/accounts",
                form:
                    """
                    csrf=\(admin.csrf)&username=za-reader2&password=\(Fixture.password)&role=observer&authorityId=\
                    &function=two%0Alines
                    """,
                cookie: admin.cookie)
            #expect(refusedCreate.status == .unprocessableContent)
            #expect(refusedCreate.html.contains("id=\"account-function-error\""))

            let officer = try await Officer.session(client, "bw-officer")
            let forbidden = try await Web.post(
                client, "/admin/accounts/za-reader/profile",
                form: "csrf=\(officer.csrf)&displayName=Forged", cookie: officer.cookie)
            #expect(forbidden.status == .forbidden)
            let anonymous = try await Web.post(
                client, "/admin/accounts/za-reader/profile", form: "displayName=Forged")
            #expect(anonymous.status == .seeOther && anonymous.headers[.location]?.hasPrefix("/login") == true)
            let noToken = try await Web.post(
                client, "/admin/accounts/za-reader/profile", form: "displayName=Forged", cookie: admin.cookie)
            #expect(noToken.status == .forbidden, "without the session's CSRF token")
            #expect(try await Self.profile(world, "za-reader") == expected, "nothing refused was written")
            #expect(try await world.store.accounts.list().allSatisfy { $0.username != "za-reader2" })
        }
    }
}
