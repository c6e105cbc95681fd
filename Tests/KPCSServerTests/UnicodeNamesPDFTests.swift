import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import KPCSToolSupport
import Testing

@testable import KPCSServer

/// Names in Cyrillic, Greek and Chinese print on the certificate as written and come back out with pdftotext;
/// a name in a script the certificate cannot print (Arabic) is refused when it is registered, naming the field.
@Suite struct UnicodeNamesPDFTests {
    @Test func theBundledFontsAreLoaded() {
        #expect(CertificateFonts.areLoaded)
        #expect(PrintableText.unprintable("Алмазы Якутии · Διαμάντια · 钻石贸易有限公司 · Côte d'Ivoire") == nil)
        #expect(PrintableText.unprintable("شركة الماس") != nil)
    }

    @Test(arguments: TestEngine.all)
    func namesInOtherScriptsPrintAsWrittenOrAreRefused(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let eu = try await client.token("eu-officer")
            let exporter = try await client.call(
                .post, "/api/v1/companies", token: bw,
                json: [
                    "name": "Алмазы Якутии Διαμάντια", "licenceNumber": "BW-RU-1",
                    "address": "Улица Ленина 1\nGaborone",
                    "canExport": true, "canImport": false,
                ])
            #expect(exporter.status == .created, "\(exporter.body)")
            let importer = try await client.call(
                .post, "/api/v1/companies", token: eu,
                json: [
                    "name": "钻石贸易有限公司", "licenceNumber": "EU-CN-1", "address": "上海市 1\nAntwerpen",
                    "canExport": false, "canImport": true,
                ])
            #expect(importer.status == .created, "\(importer.body)")
            for language in ["en", "fr"] {
                let arabic = try await client.call(
                    .post, "/api/v1/companies", token: eu,
                    json: [
                        "name": "شركة الماس", "licenceNumber": "EU-AR-1", "address": "Antwerpen", "canExport": false,
                        "canImport": true,
                    ], language: language)
                #expect(arabic.status == .unprocessableContent && arabic.pointers == ["/name"], "\(language)")
                #expect(arabic["errors"] != nil)
            }
            var draft = world.draftJSON
            draft["exporterId"] = try #require(exporter["id"] as? Int)
            draft["importerId"] = try #require(importer["id"] as? Int)
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            #expect(issued.status == .created, "\(issued.body)")
            let number = try #require(issued["number"] as? String)
            guard ExternalTool.available("pdftotext") else { return }
            let pdf = try await client.raw(.get, "/api/v1/certificates/\(number)/pdf", token: bw)
            let text = try CertificatePDFDetailsTests.text(of: pdf)
            for name in ["Алмазы Якутии Διαμάντια", "钻石贸易有限公司", "Улица Ленина 1", "上海市 1"] {
                #expect(text.contains(name), "pdftotext lacks \(name)")
            }
            #expect(!text.contains("?????"))
        }
    }
}
