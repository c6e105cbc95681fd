import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import NIOCore
import Testing

@testable import KPCSServer

/// The defects an outside tester found with hostile input (issue 13), each kept found by a test.
@Suite struct HostileInputTests {
    /// Sends raw bytes with the given headers and decodes the JSON answer, if any.
    static func send(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .post, token: String? = nil,
        contentType: String?, body: [UInt8]
    ) async throws -> JSONResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let contentType { headers[.contentType] = contentType }
        return try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(bytes: body)) {
            response in
            let data = Data(response.body.readableBytesView)
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            return JSONResponse(status: response.status, headers: response.headers, body: object)
        }
    }

    static func certificateCount(_ world: Fixture) async throws -> Int64 {
        try await world.store.certificates.list(
            CertificateFilter(), page: try PageRequest(perPage: 1), for: world.admin
        ).total
    }

    // Defect 6: JSON only as application/json in UTF-8, forms only as forms.
    @Test(arguments: TestEngine.all)
    func bodiesAreReadOnlyInTheirOwnMediaTypeAndInUTF8(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let json = Array(try JSONSerialization.data(withJSONObject: world.draftJSON))
            for type in [
                nil, "application/jsonx", "application/json-patch+json", "text/plain",
                "application/json; charset=utf-16",
                "application/x-www-form-urlencoded", "application/json; boundary=x", "application/json;;;=",
                String(repeating: "a", count: 300),
            ] {
                let refused = try await Self.send(
                    client, "/api/v1/certificates", token: bw, contentType: type, body: json)
                #expect(refused.status == .unsupportedMediaType, "\(type ?? "no Content-Type")")
                #expect(refused["type"] as? String == "urn:kpcs:problem:unsupported-media-type")
                #expect((refused["detail"] as? String)?.contains("application/json") == true)
            }
            let utf16 =
                Array("\u{FEFF}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
                + Array(String(decoding: json, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            let sixteen = try await Self.send(
                client, "/api/v1/certificates", token: bw, contentType: "application/json", body: utf16)
            #expect(sixteen.status == .badRequest, "UTF-16 is not read as JSON")
            #expect(try await Self.certificateCount(world) == 0)
            for type in ["application/json", "Application/JSON; charset=\"UTF-8\""] {
                #expect(
                    try await Self.send(client, "/api/v1/certificates", token: bw, contentType: type, body: json).status
                        == .created)
            }
            // A form page refuses JSON; the login form too.
            let page = try await Self.send(
                client, "/login", contentType: "application/json", body: Array(#"{"username":"bw-officer"}"#.utf8))
            #expect(page.status == .unsupportedMediaType)
            // A production CSV must say text/csv in UTF-8.
            let csv = try await Self.send(
                client, "/api/v1/statistics/production?year=2025&half=1", token: bw,
                contentType: "text/csv; charset=latin1",
                body: Array("hs_code,mining,carats,value_usd\n,industrial,1.00,2.00\n".utf8))
            #expect(csv.status == .unsupportedMediaType)
        }
    }

    // Defect 7: a member name twice is refused, as a proxy keeping the last one would read another request.
    @Test(arguments: TestEngine.all)
    func duplicateMemberNamesAreRefusedAndWriteNothing(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let body =
                #"{"importingParticipant":"EU","importingParticipant":"AE","exporterId":\#(world.bwExporter.id),"importerId":\#(world.euImporter.id),"origin":{"kind":"single","country":"BW"},"lines":[{"hsCode":"7102.10","caratsX100":1,"valueUsdCents":1,"parcels":1,"parcels":2}]}"#
            let refused = try await client.call(.post, "/api/v1/certificates", token: bw, rawBody: body)
            #expect(
                refused.status == .badRequest && refused["type"] as? String == "urn:kpcs:problem:body-duplicate-member",
                "\(refused.body)")
            #expect((refused["detail"] as? String)?.contains("importingParticipant") == true)
            let nested = try await client.call(
                .post, "/api/v1/auth/token",
                rawBody: #"{"username":"bw-officer","password":"x","password":"\#(Fixture.password)"}"#)
            #expect(nested.status == .badRequest)
            #expect(try await Self.certificateCount(world) == 0)
            let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
            #expect(
                try await client.call(.post, "/api/v1/certificates", token: bw, rawBody: deep).status == .badRequest)
        }
    }

    // Defect 5: a problem lists the first errors and counts the rest, and cuts echoed values.
    @Test func problemsStaySmallWhateverTheInput() throws {
        let many = KPCSError.validation(
            (0..<10_000).map {
                Violation(
                    "/lines/\($0)/hsCode",
                    CertificateMessage.hsCodeUnknown(hsCode: String(repeating: "x", count: 1_000)))
            })
        let data = try JSONBody.encoder.encode(
            ProblemMiddleware.details(many, language: .fr, status: .unprocessableContent))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["errors"] as? [Any])?.count == KPCSError.listedViolations)
        #expect(object["unlistedErrors"] as? Int == 10_000 - KPCSError.listedViolations)
        #expect((object["detail"] as? String)?.contains("9980") == true)
        #expect(data.count < 16_384, "\(data.count) bytes")
    }

    @Test(arguments: TestEngine.all)
    func echoedValuesAreCutAndLinesAreBounded(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            var draft = world.draftJSON
            draft["importingParticipant"] = String(repeating: "Z", count: 100_000)
            let long = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            #expect(long.status == .unprocessableContent)
            let size = try JSONSerialization.data(withJSONObject: long.body).count
            #expect(size < 8_192, "\(size) bytes for a 100,000-character field")
            draft = world.draftJSON
            draft["lines"] = (0..<10_000).map { _ in ["hsCode": "9999.99", "caratsX100": -1] }
            let lines = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            #expect(lines.status == .unprocessableContent && lines.pointers == ["/lines"])
            #expect(try JSONSerialization.data(withJSONObject: lines.body).count < 4_096)
        }
    }

    // Defect 8: what a signed-in caller reads is not kept by a browser or proxy.
    @Test(arguments: TestEngine.all)
    func signedInPagesAndAnswersAreNotStored(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let cookie = try await WebPagesTests.logIn(client, "bw-officer")
            for path in [
                "/dashboard", "/certificates", "/certificates/new", "/companies", "/", "/statistics?year=2025",
            ] {
                let page = try await WebPagesTests.get(client, path, cookie: cookie)
                #expect(page.headers[.cacheControl] == "no-store", "\(path)")
            }
            let bw = try await client.token("bw-officer")
            #expect(try await client.call(.get, "/api/v1/me", token: bw).headers[.cacheControl] == "no-store")
            #expect(
                try await client.call(.get, "/api/v1/certificates/BW-2026-999999", token: bw).headers[.cacheControl]
                    == "no-store")
            #expect(
                try await WebPagesTests.get(client, "/participants").headers[.cacheControl] == nil,
                "public pages may be cached")
        }
    }

    // Defect 2: quantities have documented bounds, refused past them with the field named; statistics hold at the
    // bounds.
    @Test(arguments: TestEngine.all)
    func quantitiesAreBoundedAndStatisticsHoldAtTheBounds(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            func draft(carats: Int64, value: Int64, parcels: Int64, lines: Int = 1) -> [String: Any] {
                var draft = world.draftJSON
                let codes = ["7102.10", "7102.21", "7102.31"]
                draft["lines"] = (0..<lines).map {
                    ["hsCode": codes[$0], "caratsX100": carats, "valueUsdCents": value, "parcels": parcels]
                }
                return draft
            }
            let maximum = (
                QuantityBounds.maximumCaratsX100, QuantityBounds.maximumValueUsdCents, QuantityBounds.maximumParcels
            )
            for _ in 0..<3 {
                let atBound = try await client.call(
                    .post, "/api/v1/certificates", token: bw,
                    json: draft(carats: maximum.0, value: maximum.1, parcels: maximum.2))
                #expect(atBound.status == .created, "\(atBound.body)")
            }
            let cases: [(Int64, Int64, Int64, String)] = [
                (maximum.0 + 1, 1, 1, "/lines/0/caratsX100"), (1, maximum.1 + 1, 1, "/lines/0/valueUsdCents"),
                (1, 1, maximum.2 + 1, "/lines/0/parcels"), (1 << 62, 1, 1, "/lines/0/caratsX100"),
            ]
            for (carats, value, parcels, pointer) in cases {
                let refused = try await client.call(
                    .post, "/api/v1/certificates", token: bw,
                    json: draft(carats: carats, value: value, parcels: parcels))
                #expect(refused.status == .unprocessableContent && refused.pointers == [pointer], "\(refused.body)")
                #expect((refused["detail"] as? String)?.contains("at most") == true)
            }
            // Each line at its bound, three lines: the certificate's total passes the bound and is refused.
            let total = try await client.call(
                .post, "/api/v1/certificates", token: bw, json: draft(carats: maximum.0, value: 1, parcels: 1, lines: 3)
            )
            #expect(total.status == .unprocessableContent && total.pointers == ["/lines"], "\(total.body)")
            let year = CalendarDate(utcDayOf: Date()).year
            let summary = try await client.call(.get, "/api/v1/statistics/summary?year=\(year)", token: bw)
            #expect(summary.status == .ok, "\(summary.body)")
            let world = (summary["world"] as? [String: Any])?["exports"] as? [String: Any]
            #expect(world?["valueUsdCents"] as? Int == Int(3 * maximum.1), "\(summary.body)")
            #expect(try await client.call(.get, "/api/v1/statistics/trade?year=\(year)", token: bw).status == .ok)
            #expect(try await client.call(.get, "/api/v1/statistics/mirror?year=\(year)", token: bw).status == .ok)
            let page = try await WebPagesTests.get(client, "/statistics?year=\(year)")
            #expect(page.status == .ok && page.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }

    @Test func totalsPastSixtyFourBitsAreAClearErrorNotATrap() throws {
        let big = TradeTotals(caratsX100: .max, valueUsdCents: .max, certificates: 1)
        #expect(throws: KPCSError.self) { try big.adding(big) }
        let rows = [SummaryRow(participant: "AA", exports: big), SummaryRow(participant: "BB", exports: big)]
        #expect(throws: KPCSError.self) { try StatisticsSummary(period: .year(2025), rows: rows) }
    }
}
