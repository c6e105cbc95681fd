import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import KPCSToolSupport
import Logging
import NIOCore
import Testing

@testable import KPCSServer

/// What the printed certificate carries beyond the seal, read back by poppler's pdftotext: both companies' addresses
/// and licence numbers, the validating officer's name and function (else the username), the verify page's full
/// address under `KPCS_PUBLIC_URL`, and the seal's verification code; through the API and the page alike.
@Suite struct CertificatePDFDetailsTests {
    /// Runs `body` against the application serving at a public address read from `KPCS_PUBLIC_URL`.
    static func withPublicApp(
        _ engine: TestEngine, publicURL: String,
        _ body: @escaping @Sendable (any TestClientProtocol, Fixture) async throws -> Void
    ) async throws {
        let settings = try KPCSSettings.read(["KPCS_PUBLIC_URL": publicURL])
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            var logger = Logger(label: "kpcs-test")
            logger.logLevel = .warning
            let app = buildApplication(
                store: store,
                settings: ServerSettings(expiryInterval: .seconds(3600), publicURL: settings.effectivePublicURL),
                logger: logger)
            try await app.test(.router) { client in try await body(client, world) }
        }
    }

    static func text(of pdf: Data) throws -> String {
        try ExternalTool.withWorkDirectory { folder in
            try pdf.write(to: folder.appendingPathComponent("certificate.pdf"))
            let result = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", "certificate.pdf", "-"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput
        }
    }

    @Test(.enabled(if: ExternalTool.available("pdftotext")), arguments: TestEngine.all)
    func thePDFPrintsAddressesLicencesTheOfficerTheVerifyAddressAndTheCode(engine: TestEngine) async throws {
        try await Self.withPublicApp(engine, publicURL: "https://kpcs.example.org/") { client, world in
            let bw = try await client.token("bw-officer")
            let issued = try await client.call(
                .post, "/api/v1/certificates", token: bw, json: InteropTests.threeLineDraft(world))
            let number = try #require(issued["number"] as? String)
            let seal = try #require(issued["seal"] as? String)
            let code = VerificationCode.of(seal: seal)
            let common = [
                "Kalahari Exports House", "1 Fixture Road", "Antwerp Imports House", "L-Kalahari Exports",
                "L-Antwerp Imports", "Validating officer", "Agent de validation", "https://kpcs.example.org/verify",
                code, "Verification code", "Code de vérification", "Date d'expiration", "Pays d'origine",
            ]

            // Without a display name, the officer is the username.
            let unnamed = try Self.text(of: try await client.raw(.get, "/api/v1/certificates/\(number)/pdf", token: bw))
            for expected in common + ["bw-officer"] {
                #expect(unnamed.contains(expected), "pdftotext shows \(expected)")
            }
            #expect(!unnamed.contains("the /verify page"), "the verify page is named by its whole address")

            let admin = try await client.token("admin")
            let named = try await client.call(
                .put, "/api/v1/accounts/bw-officer/profile", token: admin,
                json: ["displayName": "Mpho Dube", "function": "KP certificate officer, Ministry of Minerals"])
            #expect(named.status == .ok)
            let viaAPI = try await client.raw(.get, "/api/v1/certificates/\(number)/pdf", token: bw)
            let eu = try await OfficerPagesTests.session(client, "eu-officer")
            let viaPage = try await client.execute(
                uri: "/certificates/\(number)/pdf", method: .get, headers: [.cookie: eu.cookie]
            ) { response in
                #expect(response.status == .ok)
                return Data(response.body.readableBytesView)
            }
            for (route, pdf) in [("API", viaAPI), ("page", viaPage)] {
                let text = try Self.text(of: pdf)
                for expected in common + ["Mpho Dube", "KP certificate officer, Ministry of Minerals"] {
                    #expect(text.contains(expected), "\(route): pdftotext shows \(expected)")
                }
                #expect(!text.contains("bw-officer"), "\(route): the display name replaces the username")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorsSettingsPageShowsThePublicAddress(engine: TestEngine) async throws {
        try await Self.withPublicApp(engine, publicURL: "https://kpcs.example.org/kp/") { client, _ in
            let admin = try await OfficerPagesTests.session(client, "admin")
            let page = try await WebPagesTests.get(client, "/admin/settings", cookie: admin.cookie, language: "fr")
            #expect(page.status == .ok)
            #expect(page.html.contains("Adresse publique (KPCS_PUBLIC_URL)</th><td>https://kpcs.example.org/kp</td>"))
        }
    }

    @Test(.enabled(if: ExternalTool.available("pdftotext")))
    func aLongAddressIsCutWithAnEllipsisWithinItsFourLines() async throws {
        try await Self.withPublicApp(.sqlite, publicURL: "http://kpcs.example.org:8080") { client, world in
            let line = "Unit 4021, Very Long Industrial Estate Name Far Beyond One Printed Line"
            let address = [line, line, line, line + " LASTWORD"].joined(separator: "\n")
            #expect(address.count <= RegistryRules.maximumAddressLength)
            let bw = try await client.token("bw-officer")
            let company = try await client.call(
                .post, "/api/v1/companies", token: bw,
                json: [
                    "name": "Long Address Exports", "licenceNumber": "BW-LONG", "address": address, "canExport": true,
                ])
            #expect(company.status == .created, "\(company.body)")
            var draft = world.draftJSON
            draft["exporterId"] = try #require(company["id"] as? Int)
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            let number = try #require(issued["number"] as? String)
            let text = try Self.text(of: try await client.raw(.get, "/api/v1/certificates/\(number)/pdf", token: bw))
            #expect(text.contains("Unit 4021") && text.contains("…"), "the address is printed, then cut")
            #expect(!text.contains("LASTWORD"), "what does not fit in four lines is left out")
            #expect(text.contains("BW-LONG") && text.contains("http://kpcs.example.org:8080/verify"))
        }
    }
}
