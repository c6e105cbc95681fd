import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import NIOCore
import Testing

@testable import KPCSServer

/// Statistics over HTTP: public aggregates for everyone, detail for the participants concerned, the Chair and the
/// statistics working group, production reports by the producing participant only; CSV both ways; the page.
@Suite struct StatisticsAPITests {
    static var year: Int { CalendarDate(utcDayOf: Date()).year }

    /// 24 ordinary BW → EU certificates and one under-valued, all confirmed; a Chair and a WGS account.
    static func prepare(_ client: any TestClientProtocol, _ world: Fixture) async throws -> String {
        _ = try await world.store.accounts.create(
            username: "kp-chair", password: Fixture.password, role: .observer, authorityId: nil, body: .chair)
        _ = try await world.store.accounts.create(
            username: "wgs", password: Fixture.password, role: .observer, authorityId: nil, body: .statistics)
        var odd = ""
        for index in 0..<25 {
            var draft = world.draft()
            if index == 7 { draft.lines?[0].valueUsdCents = 1_000_000 }
            let record = try await world.store.certificates.issue(draft, by: world.bwOfficer)
            if index == 7 { odd = record.certificate.number }
            _ = try await world.store.certificates.confirm(
                record.certificate.number,
                Fixture.exactReceipt(of: record.certificate, on: CalendarDate(utcDayOf: Date()).description),
                by: world.euOfficer)
        }
        return odd
    }

    @Test(arguments: TestEngine.all)
    func everyRoleSeesWhatTheRulesAllow(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let odd = try await Self.prepare(client, world)
            let y = Self.year
            var tokens: [String: String?] = ["anonymous": nil]
            for name in ["admin", "observer", "wgs", "kp-chair", "bw-officer", "eu-officer", "ae-officer"] {
                tokens[name] = try await client.token(name)
            }
            func status(
                _ method: HTTPRequest.Method, _ path: String, _ who: String, json: Any? = nil
            ) async throws -> HTTPResponse.Status {
                try await client.call(method, path, token: tokens[who] ?? nil, json: json).status
            }
            // Public aggregates: everyone, logged in or not.
            for who in tokens.keys {
                #expect(
                    try await status(.get, "/api/v1/statistics/summary?year=\(y)", who) == .ok, "summary for \(who)")
                #expect(
                    try await status(.get, "/api/v1/statistics/trade?year=\(y)&by=hsCode", who) == .ok,
                    "trade for \(who)")
                #expect(try await status(.get, "/api/v1/statistics/mirror?year=\(y)", who) == .ok, "mirror for \(who)")
            }
            // Detail: the participants concerned, the Chair and the statistics working group.
            let detail: [String: HTTPResponse.Status] = [
                "anonymous": .unauthorized, "admin": .forbidden, "observer": .forbidden, "wgs": .ok, "kp-chair": .ok,
                "bw-officer": .ok, "eu-officer": .ok, "ae-officer": .forbidden,
            ]
            for (who, expected) in detail {
                #expect(
                    try await status(.get, "/api/v1/statistics/mirror/BW/EU/certificates?year=\(y)", who) == expected,
                    "mirror detail for \(who)")
                let history = who == "eu-officer" ? .forbidden : expected
                #expect(
                    try await status(.get, "/api/v1/statistics/production?participant=BW&year=\(y)", who) == history,
                    "production history for \(who)")
                let screening = expected == .forbidden && who == "ae-officer" ? .ok : expected
                #expect(
                    try await status(.get, "/api/v1/statistics/screening?year=\(y)", who) == screening,
                    "screening for \(who)")
            }
            // The screen flags the under-valued certificate; an officer of another participant sees the count, not the
            // line.
            for who in ["wgs", "kp-chair", "bw-officer", "eu-officer"] {
                let report = try await client.call(
                    .get, "/api/v1/statistics/screening?year=\(y)", token: tokens[who] ?? nil)
                let flags = (report["flags"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
                #expect(flags.map { $0["certificateNumber"] as? String } == [odd], "flags for \(who)")
                #expect((flags.first?["reason"] as? String)?.contains("below the band") == true)
            }
            let outsider = try await client.call(
                .get, "/api/v1/statistics/screening?year=\(y)", token: tokens["ae-officer"] ?? nil)
            #expect(
                (outsider["flags"] as? [String: Any])?["total"] as? Int == 0 && outsider["linesFlagged"] as? Int == 1)
            #expect((outsider["benford"] as? [Any])?.isEmpty == true)

            // Production: only an officer of the producing participant submits.
            let report: [String: Any] = [
                "year": y, "half": 1,
                "lines": [["mining": "industrial", "caratsX100": 2_450_000_000, "valueUsdCents": 470_000_000_000]],
            ]
            var forBW = report
            forBW["participant"] = "BW"
            let submit: [String: HTTPResponse.Status] = [
                "anonymous": .unauthorized, "admin": .forbidden, "observer": .forbidden, "wgs": .forbidden,
                "kp-chair": .forbidden,
                "ae-officer": .forbidden, "bw-officer": .created,
            ]
            for (who, expected) in submit {
                #expect(
                    try await status(.post, "/api/v1/statistics/production", who, json: forBW) == expected,
                    "production by \(who)")
            }
            let summary = try await client.call(.get, "/api/v1/statistics/summary?year=\(y)")
            let bw = (summary["participants"] as? [[String: Any]])?.first { $0["participant"] as? String == "BW" }
            #expect((bw?["production"] as? [String: Any])?["caratsX100"] as? Int == 2_450_000_000)
            #expect((bw?["exports"] as? [String: Any])?["certificates"] as? Int == 25)

            // Scheme bodies are the administrator's to give.
            #expect(
                try await status(.put, "/api/v1/accounts/observer/body", "bw-officer", json: ["body": "wgs"])
                    == .forbidden)
            let granted = try await client.call(
                .put, "/api/v1/accounts/observer/body", token: tokens["admin"] ?? nil, json: ["body": "wgs"])
            #expect(granted.status == .ok && granted["body"] as? String == "wgs")
            #expect(try await status(.get, "/api/v1/statistics/mirror/BW/EU/certificates?year=\(y)", "observer") == .ok)
            let bad = try await client.call(
                .put, "/api/v1/accounts/observer/body", token: tokens["admin"] ?? nil, json: ["body": "president"])
            #expect(bad.status == .unprocessableContent && bad.pointers == ["/body"])
        }
    }

    @Test(arguments: TestEngine.all)
    func csvBothWaysAndClearErrors(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await Self.prepare(client, world)
            let y = Self.year
            let bw = try await client.token("bw-officer")
            let csv =
                "hs_code,mining,carats,value_usd\n7102.10,industrial,12000000.50,1500000000\n,artisanal,3000.5,120000.25\n"
            let uploaded = try await upload(client, csv, query: "year=\(y)&half=1", token: bw)
            #expect(uploaded.status == .created)
            #expect(
                uploaded.text.contains("\"caratsX100\":1200300100")
                    && uploaded.text.contains("\"valueUsdCents\":150012000025"))
            let again = try await upload(client, csv, query: "year=\(y)&half=1", token: bw)
            #expect(again.status == .unprocessableContent && again.text.contains("/reason"))
            let replaced = try await upload(client, csv, query: "year=\(y)&half=1&reason=corrected", token: bw)
            #expect(replaced.status == .created && replaced.text.contains("\"version\":2"))
            let malformed = try await upload(
                client, "hs_code,mining,carats,value_usd\n7102.10,industrial,1e6,5\n", query: "year=\(y)&half=1",
                token: bw, language: "fr")
            #expect(malformed.status == .unprocessableContent)
            #expect(malformed.text.contains("/csv/2") && malformed.text.contains("La ligne 2 du fichier CSV"))

            let summary = try await client.execute(uri: "/api/v1/statistics/summary?year=\(y)&format=csv", method: .get)
            { $0 }
            #expect(summary.headers[.contentType] == "text/csv; charset=utf-8")
            let rows = String(buffer: summary.body).split(separator: "\r\n")
            #expect(rows.first?.hasPrefix("period,participant,member_state,production_carats_x100") == true)
            #expect(rows.contains { $0.hasPrefix("\(y),BW,,1200300100,150012000025,") })
            #expect(rows.last?.hasPrefix("\(y),WORLD,") == true)
            let bad = try await client.call(.get, "/api/v1/statistics/trade?year=\(y)&by=colour")
            #expect(bad.status == .unprocessableContent && bad.pointers == ["/by"])
            let both = try await client.call(.get, "/api/v1/statistics/mirror?year=\(y)&half=1&quarter=2")
            #expect(both.status == .unprocessableContent && both.pointers == ["/quarter"])
            #expect(try await client.call(.get, "/api/v1/statistics/summary").pointers == ["/year"])
        }
    }

    @Test(arguments: TestEngine.all)
    func thePublicPageInBothLanguagesIsLight(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await Self.prepare(client, world)
            for (language, title, definitions) in [
                ("en", "Rough diamond statistics", "Definitions"),
                ("fr", "Statistiques des diamants bruts", "Définitions"),
            ] {
                let page = try await client.execute(uri: "/statistics?year=\(Self.year)&lang=\(language)", method: .get)
                { $0 }
                let html = String(buffer: page.body)
                #expect(page.status == .ok && page.headers[.contentLanguage] == language)
                #expect(html.contains("<h1>\(title) \(Self.year)</h1>") && html.contains(definitions))
                #expect(html.contains("<svg") && html.contains("role=\"img\"") && !html.contains("<script"))
                #expect(html.utf8.count < 60_000)
            }
        }
    }

    private func upload(
        _ client: any TestClientProtocol, _ csv: String, query: String, token: String, language: String = "en"
    ) async throws -> (status: HTTPResponse.Status, text: String) {
        try await client.execute(
            uri: "/api/v1/statistics/production?\(query)", method: .post,
            headers: [.contentType: "text/csv", .authorization: "Bearer \(token)", .acceptLanguage: language],
            body: ByteBuffer(string: csv)
        ) { ($0.status, String(buffer: $0.body)) }
    }
}
