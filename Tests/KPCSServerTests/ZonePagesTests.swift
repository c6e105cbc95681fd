import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import KPCSToolSupport
import Testing

@testable import KPCSServer

/// The mining zones' API and pages: GeoJSON that outside tools accept, registered by the participant only, a map
/// in both languages, the form, and the origin zone on the certificate's page.
@Suite struct ZonePagesTests {
    typealias Web = WebPagesTests

    nonisolated(unsafe) static let jwaneng: [String: Any] = [
        "participant": "bw", "code": "bw-jwaneng", "name": "Jwaneng",
        "geometry": [
            "type": "Polygon",
            "coordinates": [
                [
                    [24.6, -24.5], [24.6, -24.7], [24.8, -24.7], [24.8, -24.5],
                    [24.6, -24.5],
                ]
            ],
        ],
    ]

    @Test func textsExistInBothLanguages() {
        for text in ZoneText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for status in ZoneStatus.allCases { #expect(ZoneText.status(status, .en) != ZoneText.status(status, .fr)) }
    }

    @Test(arguments: TestEngine.all)
    func theParticipantRegistersAZoneThatAnyoneReadsAsGeoJSON(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            for username in ["ae-officer", "observer"] {
                let refused = try await client.call(
                    .post, "/api/v1/zones", token: try await client.token(username), json: Self.jwaneng)
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(try await client.call(.post, "/api/v1/zones", json: Self.jwaneng).status == .unauthorized)
            #expect(try await world.store.monitoring.zones(of: "BW").isEmpty, "refusals write nothing")
            let bw = try await client.token("bw-officer")
            var bad = Self.jwaneng
            bad["code"] = "ZA-X"
            bad["geometry"] = ["type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]]
            let refused = try await client.call(.post, "/api/v1/zones", token: bw, json: bad, language: "fr")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.pointers.sorted() == ["/code", "/geometry/coordinates/0"], "\(refused.body)")
            let created = try await client.call(.post, "/api/v1/zones", token: bw, json: Self.jwaneng)
            #expect(created.status == .created && created.headers[.contentType] == "application/geo+json")
            #expect(created["id"] as? String == "BW-JWANENG" && created["type"] as? String == "Feature")
            let properties = try #require(created["properties"] as? [String: Any])
            #expect(properties["status"] is NSNull && properties["participant"] as? String == "BW")
            _ = try await client.call(
                .post, "/api/v1/zones", token: bw,
                json: [
                    "participant": "BW", "code": "BW-ORAPA", "name": "Orapa",
                    "geometry": ["type": "Point", "coordinates": [25.38, -21.31]],
                ])
            let list = try await client.call(.get, "/api/v1/zones?participant=bw&perPage=1")
            #expect(list["type"] as? String == "FeatureCollection" && list["total"] as? Int == 2)
            #expect((list["features"] as? [Any])?.count == 1)
            #expect(try await client.call(.get, "/api/v1/zones/bw-orapa")["id"] as? String == "BW-ORAPA")
            #expect(try await client.call(.get, "/api/v1/zones/BW-NOPE").status == .notFound)

            let files = [
                "all.geojson": try await client.raw(.get, "/api/v1/zones"),
                "one.geojson": try await client.raw(.get, "/api/v1/zones/BW-JWANENG"),
            ]
            try ExternalTool.withWorkDirectory { folder in
                for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
                let probe = try ExternalTool.run("python3", ["-c", "import geojson, shapely"], in: folder)
                if probe.status != 0 && !ExternalTool.toolsRequired { return }
                let script = InteropTests.repository.appendingPathComponent("scripts/interop/check_geojson.py").path
                let result = try ExternalTool.run("python3", [script, folder.path], in: folder)
                #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
                #expect(result.standardOutput.contains("3 features checked, 0 failures"))
                let bowtie =
                    #"{"type":"Feature","id":"X","properties":{},"geometry":{"type":"Polygon","coordinates":"#
                    + #"[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}"#
                try Data(bowtie.utf8).write(to: folder.appendingPathComponent("zz-bowtie.geojson"))
                #expect(try ExternalTool.run("python3", [script, folder.path], in: folder).status == 1, "it can fail")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func theMapAndTheFormShowInBothLanguages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let empty = try await Web.get(client, "/participants/BW/zones", language: "fr")
            #expect(empty.status == .ok && empty.html.contains("Aucune zone minière"))
            #expect(!empty.html.contains("zone-form-title"), "no form for the public")
            #expect(try await Web.get(client, "/participants/XX/zones").status == .notFound)
            let session = try await Web.logIn(client, "bw-officer")
            let page = try await Web.get(client, "/participants/BW/zones", cookie: session)
            let csrf = try #require(page.hidden("csrf"))
            #expect(page.html.contains("zone-form-title"))
            let geometry =
                #"{"type":"Point","coordinates":[25.38,-21.31]}"#
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let broken = try await Web.post(
                client, "/participants/BW/zones", form: "csrf=\(csrf)&code=BW-ORAPA&name=Orapa&geometry=%7B",
                cookie: session)
            #expect(broken.status == .unprocessableContent && broken.html.contains("zone-geometry-error"))
            let done = try await Web.post(
                client, "/participants/BW/zones", form: "csrf=\(csrf)&code=BW-ORAPA&name=Orapa&geometry=\(geometry)",
                cookie: session)
            #expect(done.status == .seeOther && done.headers[.location] == "/zones/BW-ORAPA?saved=1")
            for language in ["en", "fr"] {
                let map = try await Web.get(client, "/participants/BW/zones", language: language)
                #expect(map.html.contains("<svg") && map.html.contains("<circle") && map.html.contains(">BW-ORAPA<"))
                #expect(map.html.contains(language == "fr" ? "non examinée" : "not reviewed"))
                let zone = try await Web.get(client, "/zones/BW-ORAPA", language: language)
                #expect(zone.status == .ok && zone.html.contains("zone-history"))
            }
            #expect(try await world.store.monitoring.zones(of: "BW").count == 1)
            let other = try await Web.logIn(client, "ae-officer")
            let otherPage = try await Web.get(client, "/participants/AE/zones", cookie: other)
            let refused = try await Web.post(
                client, "/participants/BW/zones",
                form: "csrf=\(try #require(otherPage.hidden("csrf")))&code=BW-X&name=X&geometry=\(geometry)",
                cookie: other)
            #expect(refused.status == .unprocessableContent || refused.status == .forbidden)
            #expect(try await world.store.monitoring.zones(of: "BW").count == 1, "nothing written")
        }
    }

    @Test(arguments: TestEngine.all)
    func aHostileZoneNameIsShownEscapedOnEveryPage(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let name = String(HostileTextTests.hostile.prefix(ZoneRules.maximumNameLength))
            _ = try await world.store.monitoring.register(
                ZoneDraft(
                    participant: "BW", code: "BW-H", name: name,
                    geometry: GeometryDraft(type: "Point", coordinates: .list([.number(24), .number(-22)]))),
                by: world.admin)
            // The participant's page: the table's cell and the map's tooltip; the zone's page: the title, the heading
            // and the map's tooltip.
            for (uri, times) in [("/participants/BW/zones", 2), ("/zones/BW-H", 3)] {
                let page = try await Web.get(client, uri)
                HostileTextTests.expectEscaped(page.html, page: uri, times: times, hostile: name)
            }
        }
    }
}
