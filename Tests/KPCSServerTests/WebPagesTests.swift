import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSClient
import KPCSCore
import KPCSTestSupport
import NIOCore
import Testing

@testable import KPCSServer

/// The web interface's frame: sessions in cookies, CSRF on every form, language chosen, switched and remembered,
/// and the public pages.
@Suite struct WebPagesTests {
    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let html: String

        /// `name=value` of each `Set-Cookie`, with its attributes.
        var cookies: [String: String] {
            Dictionary(
                headers[values: .setCookie].compactMap { line -> (String, String)? in
                    guard let first = line.split(separator: ";").first, let equals = first.firstIndex(of: "=") else {
                        return nil
                    }
                    return (String(first[..<equals]), line)
                }, uniquingKeysWith: { $1 })
        }

        func cookieValue(_ name: String) -> String? {
            cookies[name].flatMap { $0.split(separator: ";").first }.map {
                String($0.split(separator: "=", maxSplits: 1).last ?? "")
            }
        }

        func hidden(_ name: String) -> String? {
            guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
            return String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func get(
        _ client: any TestClientProtocol, _ uri: String, cookie: String? = nil, language: String? = nil
    ) async throws -> Page {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        if let language { headers[.acceptLanguage] = language }
        return try await client.execute(uri: uri, method: .get, headers: headers) {
            Page(status: $0.status, headers: $0.headers, html: String(buffer: $0.body))
        }
    }

    static func post(
        _ client: any TestClientProtocol, _ uri: String, form: String, cookie: String? = nil, language: String? = nil
    ) async throws -> Page {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        if let language { headers[.acceptLanguage] = language }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form)) {
            Page(status: $0.status, headers: $0.headers, html: String(buffer: $0.body))
        }
    }

    /// Logs in through the form and returns the session cookie.
    static func logIn(_ client: any TestClientProtocol, _ username: String) async throws -> String {
        let form = try await get(client, "/login")
        let token = try #require(form.hidden("csrf"))
        let done = try await post(
            client, "/login", form: "csrf=\(token)&username=\(username)&password=\(Fixture.password)",
            cookie: "kpcs_login_csrf=\(token)")
        #expect(done.status == .seeOther)
        return "kpcs_session=\(try #require(done.cookieValue("kpcs_session")))"
    }

    @Test(arguments: TestEngine.all)
    func loginSetsAProtectedCookieAndLogoutNeedsTheCSRFToken(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let form = try await Self.get(client, "/login")
            let token = try #require(form.hidden("csrf"))
            #expect(form.cookies["kpcs_login_csrf"]?.contains("HttpOnly") == true)
            // Without the matching cookie (a form posted from elsewhere) the login is refused.
            let forged = try await Self.post(
                client, "/login", form: "csrf=\(token)&username=bw-officer&password=\(Fixture.password)")
            #expect(forged.status == .forbidden && forged.cookieValue("kpcs_session") == nil)
            let wrong = try await Self.post(
                client, "/login", form: "csrf=\(token)&username=bw-officer&password=nope-nope-nope",
                cookie: "kpcs_login_csrf=\(token)",
                language: "fr")
            #expect(
                wrong.status == .unauthorized && wrong.html.contains("role=\"alert\"")
                    && wrong.html.contains("lang=\"fr\""))
            let done = try await Self.post(
                client, "/login", form: "csrf=\(token)&username=bw-officer&password=\(Fixture.password)",
                cookie: "kpcs_login_csrf=\(token)")
            #expect(done.status == .seeOther && done.headers[.location] == "/dashboard")
            let attributes = try #require(done.cookies["kpcs_session"])
            #expect(
                attributes.contains("HttpOnly") && attributes.contains("SameSite=Lax") && attributes.contains("Path=/"))
            #expect(!attributes.contains("Secure"), "plain HTTP in tests")
            let session = "kpcs_session=\(try #require(done.cookieValue("kpcs_session")))"

            let home = try await Self.get(client, "/", cookie: session)
            #expect(home.html.contains("<strong>bw-officer</strong>"))
            let csrf = try #require(home.hidden("csrf"))
            // Logout without the session's CSRF token is refused and the session lives on.
            let refused = try await Self.post(client, "/logout", form: "csrf=forged", cookie: session)
            #expect(refused.status == .forbidden && refused.html.contains("security token"))
            #expect(try await Self.get(client, "/", cookie: session).html.contains("<strong>bw-officer</strong>"))
            let out = try await Self.post(client, "/logout", form: "csrf=\(csrf)", cookie: session)
            #expect(out.status == .seeOther && out.cookies["kpcs_session"]?.contains("Max-Age=0") == true)
            // The token is revoked in the database, not only forgotten by the browser.
            #expect(!(try await Self.get(client, "/", cookie: session).html.contains("bw-officer")))
            #expect(
                try await client.call(.get, "/api/v1/me", token: String(session.dropFirst("kpcs_session=".count)))
                    .status == .unauthorized)
        }
    }

    @Test(arguments: TestEngine.all)
    func languageFromTheBrowserSwitchableAndRemembered(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let english = try await Self.get(client, "/")
            #expect(english.html.contains("<html lang=\"en\"") && english.html.contains("href=\"/?lang=fr\""))
            let french = try await Self.get(client, "/", language: "fr-CA,fr;q=0.9,en;q=0.5")
            #expect(french.html.contains("<html lang=\"fr\"") && french.html.contains("Vérifier un certificat"))
            let switched = try await Self.get(client, "/participants?q=bots&lang=fr")
            #expect(
                switched.html.contains("Botswana") && switched.cookies["kpcs_lang"]?.contains("kpcs_lang=fr") == true)
            #expect(switched.html.contains("href=\"/participants?q=bots&amp;lang=en\""))
            let remembered = try await Self.get(client, "/verify", cookie: "kpcs_lang=fr", language: "en")
            #expect(remembered.html.contains("Vérifier un certificat du Processus de Kimberley"))
        }
    }

    @Test(arguments: TestEngine.all)
    func participantsDirectoryAndPages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let search = try await Self.get(client, "/participants?q=c%C3%B4te")
            #expect(search.html.contains("/participants/CI") && !search.html.contains("/participants/BW"))
            let africa = try await Self.get(client, "/participants?region=Africa&status=active&lang=fr")
            #expect(
                africa.html.contains("Afrique") && africa.html.contains("/participants/BW")
                    && !africa.html.contains("/participants/BE\""))
            let botswana = try await Self.get(client, "/participants/bw")
            #expect(
                botswana.status == .ok && botswana.html.contains("BW KP Office")
                    && botswana.html.contains("Status history"))
            let unknown = try await Self.get(client, "/participants/QQ", language: "fr")
            #expect(unknown.status == .notFound && unknown.html.contains("Introuvable"))
            for page in ["/", "/participants", "/participants/EU", "/login", "/verify", "/statistics?year=2025"] {
                let html = try await Self.get(client, page).html
                #expect(html.utf8.count < 60_000, "\(page) weighs \(html.utf8.count) bytes")
                #expect(
                    html.contains("href=\"#main\"") && html.contains("<main id=\"main\">") && !html.contains("<script"))
            }
        }
    }

    @Test func everyWebTextExistsInBothLanguages() {
        for text in WebText.allCases {
            #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)")
        }
        for text in StatisticsText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)") }
        for text in CertificateLabel.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)") }
        for text in VerifyText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)") }
        for text in LogProofText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)") }
        let officerTexts: [any LocalizedText] =
            CertificateText.allCases + DashboardText.allCases + CompanyText.allCases + AdminText.allCases
            + ProductionText.allCases
        for text in officerTexts { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty, "\(text)") }
        for state in CertificateState.allCases {
            #expect(CertificateText.notice(state, .en) != CertificateText.notice(state, .fr))
        }
    }
}
