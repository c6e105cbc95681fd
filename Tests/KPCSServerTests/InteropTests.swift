import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSTestSupport
import KPCSToolSupport
import Testing

@testable import KPCSServer

/// Tools no one here wrote read what kpcs makes: poppler renders and extracts the PDF, zbar decodes its QR code
/// back to the exact seal, and joserfc (Python) verifies the seal and the signed lists. Skipped when a tool is
/// missing, failed instead when `KPCS_REQUIRE_TOOLS=1` (CI sets it).
@Suite struct InteropTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A three-line certificate, as the seals issue measures it.
    static func threeLineDraft(_ world: Fixture) -> [String: Any] {
        var draft = world.draftJSON
        draft["lines"] = [
            ["hsCode": "7102.10", "caratsX100": 1_254_075, "valueUsdCents": 1_873_520_000, "parcels": 4],
            ["hsCode": "7102.21", "caratsX100": 380_050, "valueUsdCents": 9_501_250, "parcels": 1],
            ["hsCode": "7102.31", "caratsX100": 212_600, "valueUsdCents": 463_468_000, "parcels": 2],
        ]
        return draft
    }

    @Test(
        .enabled(
            if: ExternalTool.available("pdftoppm") && ExternalTool.available("zbarimg")
                && ExternalTool.available("pdftotext")))
    func thePrintedQRCodeDecodesToTheExactSeal() async throws {
        try await withTestApp(.sqlite) { client, world in
            let bw = try await client.token("bw-officer")
            let issued = try await client.call(
                .post, "/api/v1/certificates", token: bw, json: Self.threeLineDraft(world))
            let number = try #require(issued["number"] as? String)
            let seal = try #require(issued["seal"] as? String)
            let pdf = try await client.raw(.get, "/api/v1/certificates/\(number)/pdf", token: bw)
            let ae = try await client.token("ae-officer")
            #expect(try await client.call(.get, "/api/v1/certificates/\(number)/pdf", token: ae).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/certificates/\(number)/pdf").status == .unauthorized)
            try ExternalTool.withWorkDirectory { folder in
                try pdf.write(to: folder.appendingPathComponent("certificate.pdf"))
                let render = try ExternalTool.run(
                    "pdftoppm", ["-r", "150", "-png", "certificate.pdf", "page"], in: folder)
                #expect(render.status == 0, "\(render.standardError)")
                let decoded = try ExternalTool.run(
                    "zbarimg", ["--raw", "-q", "-Sbinary", "-Sdisable", "-Sqrcode.enable", "page-1.png"], in: folder)
                #expect(decoded.status == 0)
                #expect(decoded.outputBytes == Array(seal.utf8), "zbar read back exactly the KP1: text")
                let text = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", "certificate.pdf", "-"], in: folder)
                    .standardOutput
                for expected in [
                    number, "Kimberley Process Certificate", "Certificat du Processus de Kimberley",
                    "Certificate number",
                    "Numéro du certificat", "Date d'expiration", world.bwExporter.name, world.euImporter.name,
                    "12,540.75", "18,735,200.00", "18,467.25", "Pays d'origine", "traités conformément",
                ] {
                    #expect(text.contains(expected), "pdftotext shows \(expected)")
                }
            }
        }
    }

    @Test(.enabled(if: ExternalTool.available("python3")))
    func joserfcVerifiesTheSealAndTheSignedLists() async throws {
        try await withTestApp(.sqlite) { client, world in
            let bw = try await client.token("bw-officer")
            let admin = try await client.token("admin")
            let first = try await client.call(
                .post, "/api/v1/certificates", token: bw, json: Self.threeLineDraft(world))
            _ = try await client.call(
                .post, "/api/v1/authorities/\(try #require(world.bwOfficer.authority?.id))/keys", token: admin)
            let second = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            _ = try await client.call(
                .post, "/api/v1/certificates/\(try #require(second["number"] as? String))/void", token: bw,
                json: ["reason": "x"])
            let files: [String: Data] = [
                "root.jwk": try await client.raw(.get, "/.well-known/kpcs/root.jwk"),
                "trust-list.jws": try await client.raw(.get, "/.well-known/kpcs/trust-list.jws"),
                "void-list.jws": try await client.raw(.get, "/.well-known/kpcs/void-list.jws"),
                "seal-retired-key.txt": Data(try #require(first["seal"] as? String).utf8),
                "seal-current-key.txt": Data(try #require(second["seal"] as? String).utf8),
            ]
            try ExternalTool.withWorkDirectory { folder in
                for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
                let probe = try ExternalTool.run("python3", ["-c", "import joserfc"], in: folder)
                if probe.status != 0 && !ExternalTool.toolsRequired { return }
                let script = Self.repository.appendingPathComponent("scripts/interop/check_jose.py").path
                let result = try ExternalTool.run("python3", [script, folder.path], in: folder)
                #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
                #expect(result.standardOutput.contains("trust list: 2 keys; void list: 1 entries"))
                try Data("KP1:x.y.z".utf8).write(to: folder.appendingPathComponent("seal-zz-bad.txt"))
                #expect(
                    try ExternalTool.run("python3", [script, folder.path], in: folder).status == 1,
                    "the checker can fail")
            }
        }
    }
}
