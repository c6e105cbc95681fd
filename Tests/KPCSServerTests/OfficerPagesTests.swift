import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The signed-in pages: the same rules as the API (who may see and do what), CSRF on every form, errors beside the
/// fields, French input, and nothing half-written.
@Suite struct OfficerPagesTests {
    typealias Web = WebPagesTests

    /// The session cookie and the CSRF token of a signed-in user.
    static func session(
        _ client: any TestClientProtocol, _ username: String
    ) async throws -> (cookie: String, csrf: String) {
        let cookie = try await Web.logIn(client, username)
        let dashboard = try await Web.get(client, "/dashboard", cookie: cookie)
        return (cookie, try #require(dashboard.hidden("csrf")))
    }

    static func certificateCount(_ world: Fixture) async throws -> Int64 {
        try await world.store.certificates.list(
            CertificateFilter(), page: try PageRequest(perPage: 1), for: world.admin
        ).total
    }

    static func form(
        _ world: Fixture, csrf: String, carats: String, value: String = "98765.43", action: String = "issue"
    ) -> String {
        """
        csrf=\(csrf)&action=\(action)&importingParticipant=EU&exporterId=\(world.bwExporter.id)&importerId=\
        \(world.euImporter.id)
        """
            + """
                &originKind=single&originCountries=BW&line-0-hsCode=7102.10&line-0-carats=\(carats)&line-0-value=\
                \(value)&line-0-parcels=3
                """
    }

    @Test(arguments: TestEngine.all)
    func formsWithoutTheSessionsTokenAreRefusedAndWriteNothing(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Self.session(client, "bw-officer")
            let before = try await Self.certificateCount(world)
            for token in ["", "csrf-of-another-session-0000000000000000000000000000000000000000000"] {
                let page = try await Web.post(
                    client, "/certificates/new", form: Self.form(world, csrf: token, carats: "1234.56"),
                    cookie: bw.cookie)
                #expect(
                    page.status == .forbidden && page.html.contains("security token")
                        && page.html.contains("<html lang=\"en\""))
            }
            #expect(try await Self.certificateCount(world) == before)
            let issued = try await world.issue()
            let void = try await Web.post(
                client, "/certificates/\(issued.certificate.number)/void", form: "reason=forged", cookie: bw.cookie)
            #expect(void.status == .forbidden)
            #expect(
                try await world.store.certificates.certificate(issued.certificate.number, for: world.admin).certificate
                    .state == .issued)
            let company = try await Web.post(
                client, "/companies", form: "name=Forged&licenceNumber=F-1&canExport=on", cookie: bw.cookie)
            #expect(company.status == .forbidden)
            // The API never reads the session cookie: a cookie alone is no login there.
            let api = try await Web.get(client, "/api/v1/me", cookie: bw.cookie)
            #expect(api.status == .unauthorized)
        }
    }

    @Test(arguments: TestEngine.all)
    func anotherParticipantsCertificateAndOtherRolesPagesAreRefused(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let issued = try await world.issue()
            let number = issued.certificate.number
            let ae = try await Self.session(client, "ae-officer")
            let refused = try await Web.get(client, "/certificates/\(number)", cookie: ae.cookie, language: "fr")
            #expect(
                refused.status == .forbidden && refused.html.contains("Interdit")
                    && !refused.html.contains("data-state"))
            #expect(try await Web.get(client, "/certificates/\(number)/pdf", cookie: ae.cookie).status == .forbidden)
            let list = try await Web.get(client, "/certificates", cookie: ae.cookie)
            #expect(list.status == .ok && !list.html.contains(number))
            // The importer may read it but not void it; the exporter may not confirm it.
            let eu = try await Self.session(client, "eu-officer")
            let voidByImporter = try await Web.post(
                client, "/certificates/\(number)/void", form: "csrf=\(eu.csrf)&reason=no", cookie: eu.cookie)
            #expect(voidByImporter.status == .forbidden)
            let bw = try await Self.session(client, "bw-officer")
            let confirmByExporter = try await Web.post(
                client, "/certificates/\(number)/confirm", form: "csrf=\(bw.csrf)&outcome=refused&reason=no",
                cookie: bw.cookie)
            #expect(confirmByExporter.status == .forbidden)
            // Roles: administrator pages are refused to officers, the form to observers; no login sends to the login
            // page.
            #expect(try await Web.get(client, "/admin/accounts", cookie: bw.cookie).status == .forbidden)
            let observer = try await Self.session(client, "observer")
            #expect(try await Web.get(client, "/certificates/new", cookie: observer.cookie).status == .forbidden)
            #expect(try await Web.get(client, "/certificates/\(number)", cookie: observer.cookie).status == .ok)
            let anonymous = try await Web.get(client, "/certificates/\(number)?lang=fr")
            #expect(anonymous.status == .seeOther)
            #expect(
                anonymous.headers[.location] == "/login?next=" + "/certificates/\(number)?lang=fr"
                    .addingPercentEncodingForQuery())
            #expect(
                LoginPages.safeNext("//evil.example/") == "/dashboard"
                    && LoginPages.safeNext("https://evil.example") == "/dashboard")
            #expect(LoginPages.safeNext("/certificates/X") == "/certificates/X")
            for hostile in ["/\\evil.example", "/\t/evil.example", "/ /x", "javascript:alert(1)", "/login?next=/x"] {
                #expect(LoginPages.safeNext(hostile) == "/dashboard", "\(hostile)")
            }
            // Every page forbids scripts, framing by another site and forms to another site.
            let login = try await Web.get(client, "/login")
            #expect(
                login.headers[.contentSecurityPolicy] == HTMLPage.contentSecurityPolicy
                    && login.headers[.xFrameOptions] == "DENY")
            // A mistyped address in a browser is a page, for an API client still problem+json.
            var html: HTTPFields = [.accept: "text/html,application/xhtml+xml"]
            html[.acceptLanguage] = "fr"
            let missing = try await client.execute(uri: "/certificats", method: .get, headers: html) {
                ($0.status, String(buffer: $0.body))
            }
            #expect(
                missing.0 == .notFound && missing.1.contains("<html lang=\"fr\"") && missing.1.contains("Introuvable"))
            let missingAPI = try await client.execute(uri: "/api/v1/nothing", method: .get, headers: html) {
                $0.headers[.contentType]
            }
            #expect(missingAPI == "application/problem+json")
        }
    }

    @Test(arguments: TestEngine.all)
    func issueThroughTheFormConfirmWithADiscrepancyThenVoidAnother(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Self.session(client, "bw-officer")
            let before = try await Self.certificateCount(world)
            // A refused submission: every error beside its field, the typed values kept, nothing written.
            let bad = try await Web.post(
                client, "/certificates/new",
                form: Self.form(world, csrf: bw.csrf, carats: "12.345").replacingOccurrences(
                    of: "importerId=\(world.euImporter.id)", with: "importerId="),
                cookie: bw.cookie)
            #expect(bad.status == .unprocessableContent && bad.html.contains("id=\"error-summary\""))
            #expect(bad.html.contains("id=\"line-0-carats-error\"") && bad.html.contains("id=\"importerId-error\""))
            #expect(bad.html.contains("Importer is required") && bad.html.contains("value=\"12.345\""))
            #expect(try await Self.certificateCount(world) == before)
            // The dry run writes nothing either.
            let checked = try await Web.post(
                client, "/certificates/new", form: Self.form(world, csrf: bw.csrf, carats: "1,234.56", action: "check"),
                cookie: bw.cookie)
            #expect(checked.status == .ok && checked.html.contains("id=\"check-ok\""))
            #expect(try await Self.certificateCount(world) == before)
            // Issued in French, with French decimals.
            let issued = try await Web.post(
                client, "/certificates/new?lang=fr",
                form: Self.form(world, csrf: bw.csrf, carats: "1%20234,56", value: "98765,43"), cookie: bw.cookie)
            #expect(issued.status == .seeOther)
            let location = try #require(issued.headers[.location])
            let number = String(try #require(location.split(separator: "/").last?.split(separator: "?").first))
            let record = try await world.store.certificates.certificate(number, for: world.admin)
            #expect(
                record.certificate.totals.caratsX100 == 123_456 && record.certificate.totals.valueUsdCents == 9_876_543)
            let page = try await Web.get(client, location, cookie: bw.cookie, language: "fr")
            #expect(
                page.html.contains("data-state=\"issued\"") && page.html.contains("1\u{202F}234,56")
                    && page.html.contains("id=\"void-form\""))
            #expect(!page.html.contains("id=\"confirm-form\""))

            // The importer receives less than certified.
            let eu = try await Self.session(client, "eu-officer")
            let dashboard = try await Web.get(client, "/dashboard", cookie: eu.cookie)
            #expect(dashboard.html.contains("/certificates/\(number)"))
            let importerView = try await Web.get(client, "/certificates/\(number)", cookie: eu.cookie)
            #expect(
                importerView.html.contains("id=\"confirm-form\"") && !importerView.html.contains("id=\"void-form\""))
            let wrong = try await Web.post(
                client, "/certificates/\(number)/confirm",
                form:
                    "csrf=\(eu.csrf)&outcome=received&receivedOn=2999-01-01&received-0-hsCode=7102.10&received-0-carats=lots&received-0-parcels=3",
                cookie: eu.cookie)
            #expect(wrong.status == .unprocessableContent && wrong.html.contains("id=\"received-0-carats-error\""))
            let confirmed = try await Web.post(
                client, "/certificates/\(number)/confirm",
                form:
                    "csrf=\(eu.csrf)&outcome=received&receivedOn=\(CalendarDate(utcDayOf: Date()))&received-0-hsCode=7102.10&received-0-carats=1200.00&received-0-parcels=3",
                cookie: eu.cookie)
            #expect(confirmed.status == .seeOther)
            #expect(
                try await world.store.certificates.certificate(number, for: world.admin).certificate.state
                    == .discrepancy)
            let exporterView = try await Web.get(client, "/certificates/\(number)", cookie: bw.cookie)
            #expect(
                exporterView.html.contains("data-state=\"discrepancy\"")
                    && exporterView.html.contains("id=\"differences\""))

            // Another certificate is voided, with its reason required, then replaced from the pre-filled form.
            let other = try await world.issue().certificate.number
            let noReason = try await Web.post(
                client, "/certificates/\(other)/void", form: "csrf=\(bw.csrf)&reason=", cookie: bw.cookie)
            #expect(noReason.status == .unprocessableContent && noReason.html.contains("id=\"void-reason-error\""))
            let voided = try await Web.post(
                client, "/certificates/\(other)/void", form: "csrf=\(bw.csrf)&reason=Entered+in+error",
                cookie: bw.cookie)
            #expect(voided.status == .seeOther)
            let voidedPage = try await Web.get(client, "/certificates/\(other)", cookie: bw.cookie)
            #expect(
                voidedPage.html.contains("data-state=\"voided\"") && voidedPage.html.contains("Entered in error")
                    && voidedPage.html.contains("id=\"replace-link\""))
            let replacement = try await Web.get(client, "/certificates/new?replaces=\(other)", cookie: bw.cookie)
            #expect(replacement.html.contains("value=\"\(other)\"") && replacement.html.contains("value=\"1234.56\""))
            let replaced = try await Web.post(
                client, "/certificates/new",
                form: Self.form(world, csrf: bw.csrf, carats: "1234.56") + "&replaces=\(other)", cookie: bw.cookie)
            #expect(replaced.status == .seeOther)
            #expect(
                try await world.store.certificates.certificate(other, for: world.admin).certificate.replacedBy != nil)

            // The importer may also refuse a shipment, with a reason.
            let third = try await world.issue().certificate.number
            let refusal = try await Web.post(
                client, "/certificates/\(third)/confirm",
                form: "csrf=\(eu.csrf)&outcome=refused&reason=Seals+broken+on+arrival", cookie: eu.cookie)
            #expect(refusal.status == .seeOther)
            let refusedPage = try await Web.get(client, "/certificates/\(third)", cookie: bw.cookie)
            #expect(
                refusedPage.html.contains("data-state=\"refused\"")
                    && refusedPage.html.contains("Seals broken on arrival"))
        }
    }

    @Test(arguments: TestEngine.all)
    func companyRegisterAndAdministratorPages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Self.session(client, "bw-officer")
            let missing = try await Web.post(
                client, "/companies", form: "csrf=\(bw.csrf)&name=&licenceNumber=", cookie: bw.cookie)
            #expect(missing.status == .unprocessableContent && missing.html.contains("id=\"error-summary\""))
            let registered = try await Web.post(
                client, "/companies",
                form: "csrf=\(bw.csrf)&name=Okavango+Rough&licenceNumber=BW-9&address=Plot+9%0D%0AMaun&canExport=on",
                cookie: bw.cookie)
            #expect(registered.status == .seeOther)
            let company = try #require(
                try await world.store.registry.companies(participant: "BW", page: try PageRequest()).items.first {
                    $0.name == "Okavango Rough"
                })
            let suspended = try await Web.post(
                client, "/companies/\(company.id)/suspension",
                form: "csrf=\(bw.csrf)&action=suspend&reason=Licence+expired", cookie: bw.cookie)
            #expect(suspended.status == .seeOther)
            let suspendedCompany = try await world.store.registry.company(company.id)
            #expect(suspendedCompany?.suspended == true)
            // Another participant's company cannot be suspended from here.
            let foreign = try await Web.post(
                client, "/companies/\(world.aeCompany.id)/suspension", form: "csrf=\(bw.csrf)&action=suspend&reason=x",
                cookie: bw.cookie)
            #expect(foreign.status == .forbidden)
            let foreignCompany = try await world.store.registry.company(world.aeCompany.id)
            #expect(foreignCompany?.suspended == false)

            let admin = try await Self.session(client, "admin")
            for page in ["/admin", "/admin/participants", "/admin/authorities", "/admin/accounts", "/admin/settings"] {
                let html = try await Web.get(client, page, cookie: admin.cookie, language: "fr")
                #expect(html.status == .ok && html.html.contains("<html lang=\"fr\""), "\(page)")
            }
            let created = try await Web.post(
                client, "/admin/accounts",
                form:
                    "csrf=\(admin.csrf)&username=new-observer&password=long-enough-password&role=observer&authorityId=",
                cookie: admin.cookie)
            #expect(created.status == .seeOther)
            let short = try await Web.post(
                client, "/admin/accounts/new-observer/password", form: "csrf=\(admin.csrf)&password=x",
                cookie: admin.cookie)
            #expect(short.status == .unprocessableContent)
            let disabled = try await Web.post(
                client, "/admin/accounts/new-observer/disabled", form: "csrf=\(admin.csrf)&action=disable",
                cookie: admin.cookie)
            #expect(disabled.status == .seeOther)
            let accounts = try await world.store.accounts.list()
            #expect(accounts.first { $0.username == "new-observer" }?.disabled == true)
            for index in 0..<50 {
                _ = try await world.store.accounts.create(
                    username: "reader-\(index)", password: Fixture.password, role: .observer, authorityId: nil)
            }
            let firstPage = try await Web.get(client, "/admin/accounts", cookie: admin.cookie)
            #expect(firstPage.html.contains("rel=\"next\"") && !firstPage.html.contains("reader-49<"))
            let secondPage = try await Web.get(client, "/admin/accounts?page=2", cookie: admin.cookie)
            #expect(secondPage.html.contains("reader-49<") && secondPage.html.utf8.count < 60_000)
            let status = try await Web.post(
                client, "/admin/participants",
                form: "csrf=\(admin.csrf)&code=AE&status=suspended&reason=Plenary+decision", cookie: admin.cookie)
            #expect(status.status == .seeOther)
            let emirates = try await world.store.registry.participant("AE")
            #expect(emirates?.status == .suspended)
        }
    }

    @Test(arguments: TestEngine.all)
    func theListOfFiftyCertificatesStaysUnderSixtyKilobytes(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            for _ in 0..<55 { _ = try await world.issue() }
            let bw = try await Self.session(client, "bw-officer")
            let list = try await Web.get(client, "/certificates", cookie: bw.cookie)
            #expect(list.html.components(separatedBy: "<tr><td><a href=\"/certificates/").count - 1 == 50)
            #expect(list.html.contains("rel=\"next\""))
            let number = try #require(
                try await world.store.certificates.list(
                    CertificateFilter(), page: try PageRequest(perPage: 1), for: world.admin
                ).items.first
            ).certificate.number
            for page in [
                "/certificates", "/certificates?page=2", "/dashboard", "/certificates/new", "/certificates/\(number)",
                "/companies",
            ] {
                let html = try await Web.get(client, page, cookie: bw.cookie).html
                #expect(html.utf8.count < 60_000, "\(page) weighs \(html.utf8.count) bytes")
                #expect(html.contains("<main id=\"main\">") && !html.contains("<script"))
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func productionReportThroughTheForm(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await Self.session(client, "bw-officer")
            let year = CalendarDate(utcDayOf: Date()).year - 1
            let lines =
                "&production-0-mining=industrial&production-0-carats=1%20000,50&production-0-value=250000&production-1-mining=artisanal&production-1-carats=&production-1-value="
            let first = try await Web.post(
                client, "/production?lang=fr", form: "csrf=\(bw.csrf)&year=\(year)&half=1" + lines, cookie: bw.cookie)
            #expect(first.status == .seeOther)
            let history = try await world.store.statistics.productionHistory(
                participant: "BW", year: year, half: 1, for: world.bwOfficer)
            #expect(
                history.count == 1 && history.first?.caratsX100 == 100_050 && history.first?.valueUsdCents == 25_000_000
            )
            // A second report for the same half-year needs a reason, shown beside its field.
            let again = try await Web.post(
                client, "/production?lang=fr", form: "csrf=\(bw.csrf)&year=\(year)&half=1" + lines, cookie: bw.cookie)
            #expect(again.status == .unprocessableContent && again.html.contains("id=\"production-reason-error\""))
            let bad = try await Web.post(
                client, "/production",
                form:
                    """
                    csrf=\(bw.csrf)&year=\
                    \(year)&half=2&production-0-mining=industrial&production-0-carats=1.234&production-0-value=1
                    """,
                cookie: bw.cookie)
            #expect(bad.status == .unprocessableContent && bad.html.contains("id=\"production-0-carats-error\""))
            let page = try await Web.get(client, "/production?year=\(year)", cookie: bw.cookie)
            #expect(page.html.contains("id=\"production-reports\"") && page.html.contains("\(year)-H1"))
            let observer = try await Self.session(client, "observer")
            #expect(try await Web.get(client, "/production", cookie: observer.cookie).status == .forbidden)
            #expect(
                try await world.store.statistics.productionHistory(
                    participant: "BW", year: year, half: nil, for: world.bwOfficer
                ).count == 1)
        }
    }
}
