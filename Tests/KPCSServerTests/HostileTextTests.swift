import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import NIOCore
import Testing

@testable import KPCSServer

// Hostile text (`<script>`, quotes, `&`, `</textarea>`, an `<img onerror>`, a `javascript:` URL) typed into every
// free-text field that a page shows, and every such page read back: nothing of it may come out as markup, and the
// escaped text must be there (so the page really showed it). Each row: the field, where it is typed, the pages read.
//
// Stored text (storedTextIsEscapedOnEveryPageThatShowsIt):
// - authority name (admin page /admin/authorities): /admin/authorities, /admin/accounts (authority column and the
//   authority <option>), /participants/ZA (public), /dashboard of its officer ("welcome …, authority"),
//   /certificates/{n} (issuing authority), /verify?seal=… ("sealed by", from the key's record)
// - company name (an exporter through the /companies form, an importer through POST /api/v1/companies):
//   /companies (name cell and the suspend field's aria-label), /certificates/new (exporter <option>, importer
//   <option>), /certificates/{n} (exporter, importer), /verify?seal=… (the seal's claims), and the error pages
//   that name it (409 "already suspended", 403 "licensed by another participant")
// - company licence number (/companies form): /companies
// - company address (/companies form and POST /api/v1/companies): /companies (address cell)
// - account display name and function (/admin/accounts create form): /admin/accounts (the account's profile form)
// - company suspension reason (/companies/{id}/suspension): /companies ("Suspended — reason")
// - note of a receipt with a discrepancy (confirm form): /certificates/{n} for the exporter and the importer
// - refusal reason (confirm form): /certificates/{n} (confirmation and event detail), also for an observer
// - void reason (void form): /certificates/{n} (void reason and event detail)
// - production report reason (/production form): /production?year=…
// - participant status-change reason (/admin/participants): /participants/AE (public status history)
// - decision titles and texts, objection reasons, observers' comments: /decisions, /decisions/{id} (in
//   GovernancePagesTests.hostileTextInEveryGovernanceFieldIsShownEscaped, with the refused proposal and stance forms)
// - annual report sections, figure reasons and the WGM's comment: /participants/{code}/annual-reports/{year} (the
//   versions and the form prefilled from the last one, in
//   AnnualReportPagesTests.aDelegateSubmitsThePrefilledReportTheWGMReturnsItAndItIsSubmittedAgain)
// - a recommendation's texts: /peer-reviews/{id} (PeerReviewAPITests.everyRoleIsAnsweredAsTheRulesSay)
// - an incident report's description, evidence and response: /incidents/{reference}, /incidents,
//   /participants/{code}/accountability (IncidentTests.freeTextOfAReportIsShownAsTextOnEveryPage)
//
// Typed text shown again on a refused form (refusedFormsShowTheTypedTextEscaped): /companies (name, licence,
// address), /admin/authorities (name, member state), /admin/accounts (username, display name, function; and a refused
// /admin/accounts/{username}/profile in the account's row), /admin/participants (effective date,
// reason), /certificates/new (origin countries, carats, expiry, replaces, and a hostile company name in the
// messages), /certificates/{n}/confirm (received on, carats, reason), /certificates/{n}/void (a too long reason),
// /production (carats, reason), /login (username, and `next` in the form's action).
//
// Query and path values echoed (queryAndPathValuesAreEscapedWhereverTheyAreEchoed): /participants?q, status, region;
// /verify?seal (into the <textarea>); /login?next (into the form's action); any query name or value (the
// other-language link of every page); /statistics?year (error page); /certificates?state, direction, issuedFrom,
// issuedTo; /certificates/new?replaces (error page); /companies?registered; /production?saved (the notice);
// /admin/accounts?done, page; /certificates/{number} (error page); POST /admin/accounts/{username}/disabled (error
// page).
//
// `javascript:` (javascriptURLsNeverBecomeLinks): as `next`, a search, a pasted seal, a filter and a company name,
// never an href, src or action; after a login, `next=javascript:…` sends to the dashboard.
//
// The username in the address of a refused password reset (aRefusedPasswordResetEscapesTheUsernameOfItsAddress):
// /admin/accounts, whose error summary links to the field named after it.
//
// Not covered, and why:
// - usernames: RegistryRules.checkUsername allows only ASCII letters, digits, `.`, `-`, `_`, so no hostile
//   username can be stored, and the header's "signed in as", the event actors, the account list and the production
//   "submitted by" only ever show such names. The test checks the refusal and the login form's echo instead.
// - authorities have no address (Authority: name).
// - participant names and codes come from the reference registry (no page or API edits them); member states are
//   checked against it. The statistics page shows only those names and numbers.
// - the PDF certificate is not HTML.
@Suite struct HostileTextTests {
    typealias Web = WebPagesTests
    typealias Officer = OfficerPagesTests

    static let hostile = "<script>alert(1)</script>\"'&</textarea><img src=x onerror=alert(1)> javascript:alert(1)"
    /// Hostile text that fits in one path segment (no `/`, `?` or `#`).
    static let hostileSegment = "x\"'&<img src=x onerror=alert(1)><b>"
    static let scriptURL = "javascript:alert(1)"

    /// How the hostile value must appear in the page.
    enum Shown {
        /// As text (escaped), in an element or an attribute.
        case asText
        /// Only inside a link or a form's action, percent-encoded.
        case percentEncoded
        /// Maybe not at all (the page may drop it).
        case notNecessarily
    }

    /// The value as a form field or query value.
    static func encoded(_ text: String) -> String { text.addingPercentEncodingForQuery() }

    /// HTML escaping, written again here so the test does not trust the code it checks.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    static func occurrences(of needle: String, in body: String) -> Int {
        body.components(separatedBy: needle).count - 1
    }

    /// No link, image or form of the page goes to a `javascript:` URL.
    static func expectNoScriptURL(_ body: String, page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lower = body.lowercased()
        for attribute in ["href", "src", "action", "formaction"] {
            for quote in ["\"", "'", ""] {
                #expect(
                    !lower.contains("\(attribute)=\(quote)javascript:"),
                    "\(page): an \(attribute) goes to a javascript: URL",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The page shows the hostile text only escaped: no tag, no closed `<textarea>`, no quote that could close an
    /// attribute, no `javascript:` link; and (`shown`) the escaped text is there at least `times` times, once per
    /// field that shows it.
    static func expectEscaped(
        _ body: String, page: String, shown: Shown = .asText, times: Int = 1,
        hostile: String = HostileTextTests.hostile,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let lower = body.lowercased()
        #expect(
            !body.contains(hostile), "\(page): the hostile text is in the page unescaped",
            sourceLocation: sourceLocation)
        #expect(!lower.contains("<script"), "\(page): a <script> tag made of the text", sourceLocation: sourceLocation)
        #expect(!lower.contains("<img"), "\(page): an <img> tag made of the text", sourceLocation: sourceLocation)
        #expect(
            !lower.contains("&</textarea>"), "\(page): the text closes a <textarea>", sourceLocation: sourceLocation)
        #expect(
            !body.contains("\"'&"), "\(page): a quote of the text is not escaped (it would close an attribute)",
            sourceLocation: sourceLocation)
        expectNoScriptURL(body, page: page, sourceLocation: sourceLocation)
        switch shown {
        case .asText:
            let count = occurrences(of: escaped(hostile), in: body)
            #expect(
                count >= times, "\(page): the escaped text should be shown \(times) time(s), found \(count)",
                sourceLocation: sourceLocation)
        case .percentEncoded:
            #expect(
                body.contains(encoded(hostile)), "\(page): the value is not in the page's links, percent-encoded",
                sourceLocation: sourceLocation)
        case .notNecessarily:
            break
        }
    }

    // MARK: stored text

    @Test(arguments: TestEngine.all)
    func storedTextIsEscapedOnEveryPageThatShowsIt(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let text = Self.hostile
            let field = Self.encoded(text)
            func check(_ uri: String, _ cookie: String?, _ who: String, times: Int = 1) async throws {
                let page = try await Web.get(client, uri, cookie: cookie)
                #expect(page.status == .ok, "\(uri) as \(who): \(page.status)")
                Self.expectEscaped(page.html, page: "\(uri) as \(who)", times: times)
            }

            // An authority with the hostile name (admin page), and an officer of it.
            let admin = try await Officer.session(client, "admin")
            let authorityCreated = try await Web.post(
                client, "/admin/authorities",
                form: "csrf=\(admin.csrf)&participantCode=ZA&name=\(field)&canExport=on&canImport=on",
                cookie: admin.cookie)
            #expect(authorityCreated.status == .seeOther, "authority: \(authorityCreated.status)")
            let authority = try #require(
                try await world.store.registry.authorities(participant: "ZA").first { $0.name == text })
            let accountCreated = try await Web.post(
                client, "/admin/accounts",
                form:
                    """
                    csrf=\(admin.csrf)&username=za-officer&password=\(Fixture.password)&role=officer&authorityId=\
                    \(authority.id)&displayName=\(field)&function=\(field)
                    """,
                cookie: admin.cookie)
            #expect(accountCreated.status == .seeOther, "account: \(accountCreated.status)")
            let za = try await Officer.session(client, "za-officer")

            // An exporter registered through the page, an importer through the API; name, licence and address hostile.
            let registered = try await Web.post(
                client, "/companies",
                form: "csrf=\(za.csrf)&name=\(field)&licenceNumber=\(field)&address=\(field)&canExport=on",
                cookie: za.cookie)
            #expect(registered.status == .seeOther, "company: \(registered.status)")
            let exporter = try #require(
                try await world.store.registry.companies(participant: "ZA", page: try PageRequest()).items.first {
                    $0.name == text
                })
            let euToken = try await client.token("eu-officer")
            let companyJSON: [String: Any] = [
                "name": text, "licenceNumber": text, "address": text, "canExport": false, "canImport": true,
            ]
            let viaAPI = try await client.call(.post, "/api/v1/companies", token: euToken, json: companyJSON)
            #expect(viaAPI.status == .created, "\(viaAPI.body)")
            let importer = try #require(
                try await world.store.registry.companies(participant: "EU", page: try PageRequest()).items.first {
                    $0.name == text
                })

            // Three ZA → EU certificates between them.
            let zaToken = try await client.token("za-officer")
            var draft = world.draftJSON
            draft["exporterId"] = exporter.id
            draft["importerId"] = importer.id
            draft["origin"] = ["kind": "single", "country": "ZA"]
            var numbers: [String] = []
            var seals: [String] = []
            for _ in 0..<3 {
                let answer = try await client.call(.post, "/api/v1/certificates", token: zaToken, json: draft)
                #expect(answer.status == .created, "\(answer.body)")
                let number = try #require(answer["number"] as? String)
                let seal = try #require(answer["seal"] as? String)
                numbers.append(number)
                seals.append(seal)
            }
            let (discrepancy, voided, refused) = (numbers[0], numbers[1], numbers[2])

            // A receipt with a discrepancy and a hostile note, a refusal and a void with hostile reasons.
            let eu = try await Officer.session(client, "eu-officer")
            let receipt =
                "outcome=received&receivedOn=\(CalendarDate(utcDayOf: Date()))"
                + "&received-0-hsCode=7102.10&received-0-carats=1200.00&received-0-parcels=3"
                + "&received-1-hsCode=7102.31&received-1-carats=500.01&received-1-parcels=1"
            let confirmed = try await Web.post(
                client, "/certificates/\(discrepancy)/confirm", form: "csrf=\(eu.csrf)&\(receipt)&reason=\(field)",
                cookie: eu.cookie)
            #expect(confirmed.status == .seeOther, "confirmation: \(confirmed.status)")
            #expect(
                try await world.store.certificates.certificate(discrepancy, for: world.admin).certificate.state
                    == .discrepancy)
            let refusal = try await Web.post(
                client, "/certificates/\(refused)/confirm", form: "csrf=\(eu.csrf)&outcome=refused&reason=\(field)",
                cookie: eu.cookie)
            #expect(refusal.status == .seeOther, "refusal: \(refusal.status)")
            let void = try await Web.post(
                client, "/certificates/\(voided)/void", form: "csrf=\(za.csrf)&reason=\(field)", cookie: za.cookie)
            #expect(void.status == .seeOther, "void: \(void.status)")

            // A production report with a hostile reason.
            let year = CalendarDate(utcDayOf: Date()).year - 1
            let production = try await Web.post(
                client, "/production",
                form:
                    "csrf=\(za.csrf)&year=\(year)&half=1&production-0-mining=industrial&production-0-carats=1000.50&production-0-value=250000&reason=\(field)",
                cookie: za.cookie)
            #expect(production.status == .seeOther, "production: \(production.status)")

            // Every page that shows them.
            try await check("/dashboard", za.cookie, "za-officer")  // the authority in the welcome line
            // Name, licence, address, the suspend field's label.
            try await check("/companies", za.cookie, "za-officer", times: 4)
            try await check("/certificates/new", za.cookie, "za-officer", times: 2)  // exporter and importer options
            // Exporter, importer, issuing authority, the receipt's note.
            try await check("/certificates/\(discrepancy)", za.cookie, "za-officer", times: 4)
            try await check("/certificates/\(discrepancy)", eu.cookie, "eu-officer", times: 4)
            // Exporter, importer, issuing authority, the reason and the event's detail.
            try await check("/certificates/\(voided)", za.cookie, "za-officer", times: 5)
            try await check("/certificates/\(refused)", za.cookie, "za-officer", times: 5)
            let observer = try await Officer.session(client, "observer")
            try await check("/certificates/\(refused)", observer.cookie, "observer", times: 5)
            // The seal's exporter and importer, and the authority of the key that sealed it.
            try await check("/verify?seal=\(Self.encoded(seals[0]))", nil, "anyone", times: 3)
            try await check("/production?year=\(year)", za.cookie, "za-officer")
            try await check("/admin/authorities", admin.cookie, "admin")
            // The authority column and its option, the officer's display name and function.
            try await check("/admin/accounts", admin.cookie, "admin", times: 4)
            try await check("/participants/ZA", nil, "anyone")

            // The suspension reason, then the refusals that name the company.
            let suspended = try await Web.post(
                client, "/companies/\(exporter.id)/suspension", form: "csrf=\(za.csrf)&action=suspend&reason=\(field)",
                cookie: za.cookie)
            #expect(suspended.status == .seeOther, "suspension: \(suspended.status)")
            try await check("/companies", za.cookie, "za-officer", times: 4)  // name, licence, address, the reason
            let again = try await Web.post(
                client, "/companies/\(exporter.id)/suspension", form: "csrf=\(za.csrf)&action=suspend&reason=\(field)",
                cookie: za.cookie)
            #expect(again.status == .conflict, "suspended again: \(again.status)")
            Self.expectEscaped(again.html, page: "the 409 page of a second suspension")
            let bw = try await Officer.session(client, "bw-officer")
            let foreign = try await Web.post(
                client, "/companies/\(exporter.id)/suspension", form: "csrf=\(bw.csrf)&action=suspend&reason=x",
                cookie: bw.cookie)
            #expect(foreign.status == .forbidden, "another participant's company: \(foreign.status)")
            Self.expectEscaped(foreign.html, page: "the 403 page of another participant's company")

            // A participant's status change, with its reason on the public page.
            let status = try await Web.post(
                client, "/admin/participants", form: "csrf=\(admin.csrf)&code=AE&status=suspended&reason=\(field)",
                cookie: admin.cookie)
            #expect(status.status == .seeOther, "status change: \(status.status)")
            try await check("/participants/AE", nil, "anyone")
        }
    }

    // MARK: refused forms

    @Test(arguments: TestEngine.all)
    func refusedFormsShowTheTypedTextEscaped(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let text = Self.hostile
            let field = Self.encoded(text)
            let admin = try await Officer.session(client, "admin")
            let bw = try await Officer.session(client, "bw-officer")
            let eu = try await Officer.session(client, "eu-officer")

            // A company without a right: name, licence and address shown again.
            let company = try await Web.post(
                client, "/companies", form: "csrf=\(bw.csrf)&name=\(field)&licenceNumber=\(field)&address=\(field)",
                cookie: bw.cookie)
            #expect(company.status == .unprocessableContent, "company: \(company.status)")
            Self.expectEscaped(company.html, page: "POST /companies", times: 3)

            // An authority with a member state its participant does not have, and no right.
            let authority = try await Web.post(
                client, "/admin/authorities",
                form: "csrf=\(admin.csrf)&participantCode=ZA&name=\(field)&memberState=\(field)", cookie: admin.cookie)
            #expect(authority.status == .unprocessableContent, "authority: \(authority.status)")
            Self.expectEscaped(authority.html, page: "POST /admin/authorities", times: 2)

            // A username kpcs refuses (letters, digits, dot, dash, underscore only), with a display name and function.
            let account = try await Web.post(
                client, "/admin/accounts",
                form:
                    """
                    csrf=\(admin.csrf)&username=\(field)&password=\(Fixture.password)&role=observer&authorityId=\
                    &displayName=\(field)&function=\(field)
                    """,
                cookie: admin.cookie)
            #expect(account.status == .unprocessableContent, "account: \(account.status)")
            Self.expectEscaped(account.html, page: "POST /admin/accounts", times: 3)
            let accounts = try await world.store.accounts.list()
            #expect(!accounts.contains { $0.username == text })

            // A display name over the length limit: shown again as typed in the account's row, with the function.
            let profile = try await Web.post(
                client, "/admin/accounts/observer/profile",
                form: "csrf=\(admin.csrf)&displayName=\(Self.encoded(text + " " + text))&function=\(field)",
                cookie: admin.cookie)
            #expect(profile.status == .unprocessableContent, "profile: \(profile.status)")
            Self.expectEscaped(profile.html, page: "POST /admin/accounts/{username}/profile", times: 3)
            let observerAccount = try await world.store.accounts.list().first { $0.username == "observer" }
            #expect(observerAccount?.profile == AccountProfile(), "the refused profile was not written")

            // A status change with an unreadable date.
            let status = try await Web.post(
                client, "/admin/participants",
                form: "csrf=\(admin.csrf)&code=AE&status=suspended&effectiveOn=\(field)&reason=\(field)",
                cookie: admin.cookie)
            #expect(status.status == .unprocessableContent, "status change: \(status.status)")
            Self.expectEscaped(status.html, page: "POST /admin/participants", times: 2)
            let emirates = try await world.store.registry.participant("AE")
            #expect(emirates?.status == .active)

            // A certificate form full of it, with a hostile company named in a message.
            let named = try await world.store.registry.registerCompany(
                CompanyDraft(
                    participantCode: "EU", name: text, licenceNumber: "H-1", address: "Antwerp", canExport: true,
                    canImport: true),
                by: world.admin)
            let certificate = try await Web.post(
                client, "/certificates/new",
                form:
                    """
                    csrf=\(bw.csrf)&action=check&importingParticipant=EU&exporterId=\(named.id)&importerId=\
                    \(world.euImporter.id)
                    """
                        + """
                        &originKind=single&originCountries=\(field)&line-0-hsCode=7102.10&line-0-carats=\
                        \(field)&line-0-value=1&line-0-parcels=1
                        """
                        + "&expiresOn=\(field)&replaces=\(field)",
                cookie: bw.cookie)
            #expect(certificate.status == .unprocessableContent, "certificate form: \(certificate.status)")
            // Origin countries, carats, expiry, replaces; the company in its messages and the importers' list besides.
            Self.expectEscaped(certificate.html, page: "POST /certificates/new", times: 4)

            // A confirmation with unreadable quantities, then a void with a reason over the length limit.
            let number = try await world.issue().certificate.number
            let confirm = try await Web.post(
                client, "/certificates/\(number)/confirm",
                form:
                    """
                    csrf=\(eu.csrf)&outcome=received&receivedOn=\(field)&received-0-hsCode=7102.10&received-0-carats=\
                    \(field)&received-0-parcels=3
                    """
                        + "&received-1-hsCode=7102.31&received-1-carats=500.01&received-1-parcels=1&reason=\(field)",
                cookie: eu.cookie)
            #expect(confirm.status == .unprocessableContent, "confirmation: \(confirm.status)")
            Self.expectEscaped(confirm.html, page: "POST /certificates/{n}/confirm", times: 3)
            let long = Array(repeating: text, count: 30).joined(separator: " ")
            #expect(long.count > maximumReasonLength)
            let void = try await Web.post(
                client, "/certificates/\(number)/void", form: "csrf=\(bw.csrf)&reason=\(Self.encoded(long))",
                cookie: bw.cookie)
            #expect(void.status == .unprocessableContent, "void: \(void.status)")
            Self.expectEscaped(void.html, page: "POST /certificates/{n}/void", times: 30)
            #expect(
                try await world.store.certificates.certificate(number, for: world.admin).certificate.state == .issued)

            // A production report with unreadable carats.
            let year = CalendarDate(utcDayOf: Date()).year - 1
            let production = try await Web.post(
                client, "/production",
                form:
                    """
                    csrf=\(bw.csrf)&year=\(year)&half=1&production-0-mining=industrial&production-0-carats=\
                    \(field)&production-0-value=1&reason=\(field)
                    """,
                cookie: bw.cookie)
            #expect(production.status == .unprocessableContent, "production: \(production.status)")
            Self.expectEscaped(production.html, page: "POST /production", times: 2)

            // A failed login shows the typed username again; `next` stays in the form's action, percent-encoded.
            let login = try await Web.get(client, "/login?next=\(field)")
            let token = try #require(login.hidden("csrf"))
            let failed = try await Web.post(
                client, "/login?next=\(field)", form: "csrf=\(token)&username=\(field)&password=wrong-password",
                cookie: "kpcs_login_csrf=\(token)")
            #expect(failed.status == .unauthorized, "login: \(failed.status)")
            Self.expectEscaped(failed.html, page: "POST /login", times: 1)
            #expect(
                failed.html.contains("action=\"/login?next=\(field)\""),
                "the login form's action keeps next, percent-encoded")
        }
    }

    // MARK: query and path values

    @Test(arguments: TestEngine.all)
    func queryAndPathValuesAreEscapedWhereverTheyAreEchoed(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let field = Self.encoded(Self.hostile)
            let bw = try await Officer.session(client, "bw-officer")
            let admin = try await Officer.session(client, "admin")
            // The page, whose session, how the value must appear, and the status (nil: any but a 500).
            let pages: [(String, String?, Shown, HTTPResponse.Status?)] = [
                ("/participants?q=\(field)", nil, .asText, .ok),
                ("/participants?status=\(field)&region=\(field)", nil, .percentEncoded, .ok),
                ("/verify?seal=\(field)", nil, .asText, .ok),
                ("/login?next=\(field)", nil, .percentEncoded, .ok),
                ("/?\(field)=\(field)", nil, .percentEncoded, .ok),
                ("/statistics?year=\(field)", nil, .percentEncoded, nil),
                (
                    "/certificates?state=\(field)&direction=\(field)&issuedFrom=\(field)&issuedTo=\(field)", bw.cookie,
                    .percentEncoded, .ok
                ),
                ("/certificates/new?replaces=\(field)", bw.cookie, .asText, .notFound),
                ("/certificates/\(field)", bw.cookie, .percentEncoded, .notFound),
                ("/companies?registered=\(field)", bw.cookie, .percentEncoded, .ok),
                ("/production?saved=\(field)", bw.cookie, .asText, .ok),
                ("/admin/accounts?done=\(field)&page=\(field)", admin.cookie, .percentEncoded, .ok),
                // Not percent-encoded at all, as a client other than a browser may send it.
                ("/?" + Self.hostile + "=1", nil, .notNecessarily, .ok),
            ]
            for (uri, cookie, shown, status) in pages {
                let page = try await Web.get(client, uri, cookie: cookie)
                if let status {
                    #expect(page.status == status, "\(uri): \(page.status)")
                } else {
                    #expect(page.status != .internalServerError, "\(uri): \(page.status)")
                }
                Self.expectEscaped(page.html, page: "GET \(uri)", shown: shown)
            }

            // Path segments as a client sends them raw: the error pages name them.
            let segment = Self.hostileSegment
            let missing = try await Web.get(client, "/certificates/\(segment)", cookie: bw.cookie)
            #expect(missing.status == .notFound, "raw number: \(missing.status)")
            Self.expectEscaped(missing.html, page: "GET /certificates/{raw segment}", hostile: segment)
            let unknown = try await Web.post(
                client, "/admin/accounts/\(segment)/disabled", form: "csrf=\(admin.csrf)&action=disable",
                cookie: admin.cookie)
            #expect(unknown.status == .notFound, "raw username: \(unknown.status)")
            Self.expectEscaped(unknown.html, page: "POST /admin/accounts/{raw segment}/disabled", hostile: segment)
        }
    }

    // MARK: javascript: URLs

    @Test(arguments: TestEngine.all)
    func javascriptURLsNeverBecomeLinks(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let script = Self.encoded(Self.scriptURL)
            _ = try await world.store.registry.registerCompany(
                CompanyDraft(
                    participantCode: "EU", name: Self.scriptURL, licenceNumber: Self.scriptURL, address: Self.scriptURL,
                    canExport: true, canImport: true),
                by: world.admin)
            let bw = try await Officer.session(client, "bw-officer")
            let pages: [(String, String?)] = [
                ("/login?next=\(script)", nil), ("/participants?q=\(script)", nil), ("/verify?seal=\(script)", nil),
                ("/certificates/new", bw.cookie), ("/certificates?direction=\(script)", bw.cookie),
                ("/?next=\(script)", nil),
            ]
            for (uri, cookie) in pages {
                let page = try await Web.get(client, uri, cookie: cookie)
                #expect(page.status == .ok, "\(uri): \(page.status)")
                Self.expectNoScriptURL(page.html, page: "GET \(uri)")
            }
            #expect(
                try await Web.get(client, "/certificates/new", cookie: bw.cookie).html.contains(
                    ">\(Self.scriptURL)</option>"))
            // After the login, a javascript: next is not followed.
            let login = try await Web.get(client, "/login?next=\(script)")
            let token = try #require(login.hidden("csrf"))
            let done = try await Web.post(
                client, "/login?next=\(script)", form: "csrf=\(token)&username=bw-officer&password=\(Fixture.password)",
                cookie: "kpcs_login_csrf=\(token)")
            #expect(
                done.status == .seeOther && done.headers[.location] == "/dashboard",
                "\(done.status) to \(done.headers[.location] ?? "nowhere")")
        }
    }

    // MARK: the accounts page's error summary

    /// A refused password reset names its field after the username in the address. The error summary links to that
    /// field by id; the id must be escaped like any other text (a browser percent-encodes `"`, `<` and `>` in a path,
    /// but another client need not). At commit 0ba6f79 `WebParts.FieldErrors.summary` wrote the id into the `href`
    /// unescaped, so this failed there.
    @Test(arguments: TestEngine.all)
    func aRefusedPasswordResetEscapesTheUsernameOfItsAddress(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let admin = try await Officer.session(client, "admin")
            let segment = Self.hostileSegment
            let refused = try await Web.post(
                client, "/admin/accounts/\(segment)/password", form: "csrf=\(admin.csrf)&password=short",
                cookie: admin.cookie)
            #expect(refused.status == .unprocessableContent, "\(refused.status)")
            Self.expectEscaped(refused.html, page: "POST /admin/accounts/{raw segment}/password", hostile: segment)
        }
    }
}
