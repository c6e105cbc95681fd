import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

@testable import KPCSServer

/// Incident reports: filed by an observer organisation and through the public form, read whole only by their
/// reviewers and the concerned participant, published as a coarse summary with the participant's response; and the
/// reporter's identity in no response, page, log line or leaf: every one of them is searched for it.
@Suite struct IncidentTests {
    typealias Web = WebPagesTests

    static let secrets = ["Reporter-Secret-Name", "secret-contact@example.org", "Anonymous-Secret"]

    @Test func textsExistInBothLanguages() {
        for text in IncidentText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for kind in IncidentKind.allCases { #expect(IncidentText.kind(kind, .en) != IncidentText.kind(kind, .fr)) }
        for text in ConflictDefinitionText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for definition in ConflictDefinition.allCases {
            #expect(ConflictDefinitionText.name(definition, .en) != ConflictDefinitionText.name(definition, .fr))
        }
    }

    @Test func aSummaryIsCoarseAndShowsOnlyFromItsDay() {
        let day = CalendarDate(year: 2026, month: 3, day: 14)!
        var incident = Incident(
            reference: "INC-0000000000", participant: "CF", zone: nil,
            position: GeoPosition(longitudeE6: 15_891_234, latitudeE6: -4_499_999), precisionKm: 5, occurredOn: day,
            kinds: [.securityForceAbuse], description: "What happened.", evidence: [], channel: .organisation,
            filedAt: "2026-03-15T00:00:00.000Z")
        #expect(incident.publicSummary(on: day) == nil, "private")
        incident.publication = .publicSummary
        incident.publishedFrom = day.adding(days: 10)
        #expect(incident.publicSummary(on: day.adding(days: 9)) == nil, "delayed")
        let summary = incident.publicSummary(on: day.adding(days: 10))
        #expect(summary?.coarsePosition == GeoPosition(longitudeE6: 16_000_000, latitudeE6: -4_000_000))
        #expect(summary?.month == "2026-03" && summary?.description == nil)
        incident.publication = .public
        #expect(incident.publicSummary(on: day.adding(days: 10))?.description == "What happened.")
    }

    @Test(arguments: TestEngine.all)
    func theReporterIsInNoResponsePageLogLineOrLeaf(engine: TestEngine) async throws {
        let lines = RecordingLogHandler.Lines()
        let logger = Logger(label: "kpcs-recorded") { _ in RecordingLogHandler(lines: lines) }
        try await withTestStore(engine, logger: logger) { store in
            let world = try await Fixture.make(store)
            let g = try await GovernanceFixture.make(on: world)
            let app = buildApplication(
                store: store, settings: ServerSettings(expiryInterval: .seconds(3600)), logger: logger)
            try await app.test(.router) { client in
                try await Self.run(client, world: world, g: g, lines: lines)
            }
        }
    }

    static func run(
        _ client: any TestClientProtocol, world: Fixture, g: GovernanceFixture, lines: RecordingLogHandler.Lines
    ) async throws {
        let store = world.store
        let today = CalendarDate(utcDayOf: store.configuration.now())
        var seen: [String] = []
        func call(
            _ method: HTTPRequest.Method, _ path: String, as username: String?, json: [String: Any]? = nil
        )
            async throws -> Answer
        {
            var headers: HTTPFields = [:]
            if let username { headers[.authorization] = "Bearer \(try await client.token(username))" }
            var body: ByteBuffer?
            if let json {
                headers[.contentType] = "application/json"
                body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
            }
            let answer = try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
                Answer(status: response.status, text: String(buffer: response.body))
            }
            seen.append(answer.text)
            return answer
        }
        let report: [String: Any] = [
            "participant": "bw", "longitude": 25.41, "latitude": -21.29, "precisionKm": 25,
            "occurredOn": today.adding(days: -3).description, "kinds": ["security-force-abuse", "killings"],
            "description": "Guards beat diggers at the pit.", "evidence": ["Photographs kept by the organisation."],
            "reporterName": secrets[0], "reporterContact": secrets[1],
        ]
        for username in ["bw-officer", "admin", "observer", "bw-delegate"] {
            #expect(try await call(.post, "/api/v1/incidents", as: username, json: report).status == .forbidden)
        }
        let filed = try await call(.post, "/api/v1/incidents", as: "wdc-observer", json: report)
        #expect(filed.status == .created && filed["verification"] as? String == "received")
        let reference = try #require(filed["reference"] as? String)
        var anonymous = report
        anonymous["reporterName"] = secrets[2]
        anonymous.removeValue(forKey: "reporterContact")
        let public_ = try await call(.post, "/api/v1/incidents", as: nil, json: anonymous)
        #expect(public_.status == .created && public_["channel"] as? String == "public-form")
        let filings = lines.all.filter { $0.contains("event=access") && $0.contains("path=/api/v1/incidents ") }
        #expect(filings.count == 6 && filings.allSatisfy { $0.contains("account=withheld") }, "\(filings)")

        let path = "/api/v1/incidents/\(reference)"
        #expect(try await call(.get, path, as: nil).status == .unauthorized)
        for username in ["ae-officer", "ae-delegate", "observer", "wdc-observer"] {
            #expect(try await call(.get, path, as: username).status == .notFound, "\(username)")
        }
        #expect(try await call(.get, path, as: "bw-delegate").status == .ok)
        #expect((try await call(.get, "/api/v1/incidents", as: "admin")["items"] as? [Any])?.count == 2)
        #expect((try await call(.get, "/api/v1/incidents", as: "ae-delegate")["items"] as? [Any])?.count == 0)
        #expect(try await call(.get, "/api/v1/incidents", as: "observer").status == .forbidden)

        let review: [String: Any] = ["verification": "corroborated", "publication": "public-summary"]
        for username in ["bw-delegate", "eu-delegate", "wdc-observer"] {
            #expect(try await call(.post, path + "/reviews", as: username, json: review).status == .forbidden)
        }
        _ = try await store.governance.addSeat(
            to: "WGM",
            SeatDraft(holderKind: "participant", code: "EU", role: "member", startsOn: today.description),
            by: world.admin)
        let published = try await call(.post, path + "/reviews", as: "eu-delegate", json: review)
        #expect(published.status == .ok && published["publishedFrom"] as? String == today.description)
        #expect(
            try await call(.post, path + "/response", as: "eu-delegate", json: ["text": "No."]).status == .forbidden)
        let answered = try await call(
            .post, path + "/response", as: "bw-delegate", json: ["text": "An inquiry has been opened."])
        #expect(answered.status == .ok && answered["respondedAt"] is String)

        let summaries = try await call(.get, "/api/v1/incident-summaries?participant=BW", as: nil)
        let items = try #require(summaries.array)
        #expect(items.count == 1 && items[0]["longitude"] as? Double == 25 && items[0]["latitude"] as? Double == -21)
        #expect(items[0]["description"] == nil && items[0]["response"] as? String == "An inquiry has been opened.")
        let accountability = try await call(.get, "/api/v1/participants/BW/accountability", as: nil)
        #expect((accountability["incidents"] as? [Any])?.count == 1)

        for language in ["en", "fr"] {
            let page = try await Web.get(client, "/participants/BW/accountability", language: language)
            #expect(page.html.contains(reference))
            seen.append(page.html)
            seen.append(try await Web.get(client, "/incidents", language: language).html)
            seen.append(try await Web.get(client, "/incidents/new", language: language).html)
        }
        let bw = try await Web.logIn(client, "bw-delegate")
        let detail = try await Web.get(client, "/incidents/\(reference)", cookie: bw)
        #expect(detail.status == .ok && detail.html.contains("id=\"incident-response-form\""))
        seen.append(detail.html)
        seen.append(try await Web.get(client, "/incidents", cookie: bw).html)

        let leaves = try await store.log.entries(from: 0, limit: 10_000).map {
            String(decoding: $0.data, as: UTF8.self)
        }
        #expect(leaves.filter { $0.contains("\"incident.published\"") }.count == 1)
        for secret in secrets {
            #expect(!seen.contains { $0.contains(secret) }, "\(secret) is in a response or page")
            #expect(!lines.mention(secret), "\(secret) is in a log line")
            #expect(!leaves.contains { $0.contains(secret) }, "\(secret) is in a leaf")
        }
        #expect(!leaves.contains { $0.contains("wdc-observer") })
        // The reporter is kept, sealed: the master key, and only it, opens it.
        let sealed = try #require(
            try await store.database.read { db in
                try await db.raw("SELECT reporter_sealed FROM incidents WHERE reference = \(bind: reference)").first()?
                    .decode(column: "reporter_sealed", as: String.self)
            })
        #expect(!sealed.contains(secrets[0]))
        let opened = try store.configuration.masterKey.openText(sealed, context: "incident-reporter:\(reference)")
        #expect(opened.contains(secrets[0]) && opened.contains("wdc-observer"))
        #expect(throws: KPCSError.self) { try MasterKey().openText(sealed, context: "incident-reporter:\(reference)") }
    }

    @Test(arguments: TestEngine.all)
    func freeTextOfAReportIsShownAsTextOnEveryPage(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let store = world.store
            let today = CalendarDate(utcDayOf: store.configuration.now())
            let hostile = HostileTextTests.hostile
            let incident = try await store.monitoring.fileIncident(
                IncidentDraft(
                    participant: "BW", longitude: 25, latitude: -21, precisionKm: 1,
                    occurredOn: today.description, kinds: ["other"], description: hostile, evidence: [hostile]),
                by: nil)
            _ = try await store.monitoring.reviewIncident(
                incident.reference, IncidentReviewDraft(publication: "public"), by: world.admin)
            _ = try await store.monitoring.respondToIncident(incident.reference, text: hostile, by: g.bwDelegate)
            let bw = try await Web.logIn(client, "bw-delegate")
            for (path, cookie) in [
                ("/incidents/\(incident.reference)", bw), ("/incidents", nil), ("/participants/BW/accountability", nil),
            ] {
                let page = try await Web.get(client, path, cookie: cookie)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.html.contains("<script>alert") && !page.html.contains("<img src=x"), "\(path)")
                #expect(page.html.contains("&lt;/textarea&gt;"), "\(path) shows the text")
            }
        }
    }

    /// A response's status and text, its JSON read on demand.
    struct Answer {
        let status: HTTPResponse.Status
        let text: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
        var array: [[String: Any]]? { json as? [[String: Any]] }
        subscript(key: String) -> Any? { (json as? [String: Any])?[key] }
    }
}
