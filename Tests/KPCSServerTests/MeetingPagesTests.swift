import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The meetings' pages and API: recorded by the Chair's delegate, read by anyone in both languages, the Chair's
/// guests shown only to the deliberation, and refused to others with nothing written.
@Suite struct MeetingPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in MeetingText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        for kind in MeetingKind.allCases { #expect(MeetingText.kind(kind, .en) != MeetingText.kind(kind, .fr)) }
        for format in MeetingFormat.allCases {
            #expect(MeetingText.format(format, .en) != MeetingText.format(format, .fr))
        }
    }

    @Test(arguments: TestEngine.all)
    func theChairRecordsAPlenaryThatAnyoneReads(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            let year = CalendarDate(utcDayOf: clock.now).year
            let body: [String: Any] = [
                "kind": "plenary", "titleEn": "Plenary <\(year)>", "titleFr": "Réunion plénière \(year)",
                "startsOn": "\(year)-11-04", "endsOn": "\(year)-11-08", "format": "hybrid", "place": "Gaborone",
                "agenda": [["titleEn": "Opening", "titleFr": "Ouverture"]],
            ]
            let eu = try await client.token("eu-delegate")
            #expect(try await client.call(.post, "/api/v1/meetings", token: eu, json: body).status == .forbidden)
            #expect(
                try await client.call(
                    .post, "/api/v1/meetings", token: try await client.token("bw-officer"), json: body
                )
                .status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/meetings", json: body).status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/meetings")["total"] as? Int == 0, "nothing refused written")
            let bw = try await client.token("bw-delegate")
            let created = try await client.call(.post, "/api/v1/meetings", token: bw, json: body)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created["id"] as? Int)
            let bad = try await client.call(
                .post, "/api/v1/meetings", token: bw, json: ["kind": "retreat", "format": "online"], language: "fr")
            #expect(bad.status == .unprocessableContent && bad.pointers.contains("/kind"))
            let attendance = try await client.call(
                .put, "/api/v1/meetings/\(id)/attendance", token: bw,
                json: [
                    "participants": ["BW", "EU"], "organisations": ["WDC"],
                    "guests": [["name": "Ada Mensah", "affiliation": "UN Group of Experts"]],
                ])
            #expect(attendance.status == .ok && (attendance["guests"] as? [[String: Any]])?.count == 1)
            let communique = try await client.call(
                .put, "/api/v1/meetings/\(id)/communique", token: bw,
                json: ["textEn": "The Plenary met in Gaborone.", "textFr": "La plénière s'est réunie à Gaborone."])
            #expect(communique.status == .ok)
            #expect(
                try await client.call(
                    .put, "/api/v1/meetings/\(id)/communique", token: eu, json: ["none": true]
                ).status == .forbidden)

            let public_ = try await client.call(.get, "/api/v1/meetings/\(id)")
            #expect(public_["guests"] == nil && (public_["participants"] as? [String]) == ["BW", "EU"])
            #expect((public_["communique"] as? [String: Any])?["state"] as? String == "published")
            #expect(try await client.call(.get, "/api/v1/meetings/x").status == .notFound)
            #expect(try await client.call(.get, "/api/v1/meetings/999").status == .notFound)

            let list = try await Web.get(client, "/meetings", language: "fr")
            #expect(list.status == .ok && list.html.contains("Réunion plénière \(year)</a>"))
            #expect(list.html.contains("Gaborone (hybride)"))
            let english = try await Web.get(client, "/meetings/\(id)")
            #expect(english.html.contains("<h1>Plenary &lt;\(year)&gt;</h1>"))
            #expect(english.html.contains("<ol id=\"agenda\"><li>Opening</li></ol>"))
            #expect(english.html.contains("Botswana (BW)") && english.html.contains("World Diamond Council"))
            #expect(english.html.contains("The Plenary met in Gaborone."))
            #expect(!english.html.contains("Ada Mensah"), "the Chair's guests are not public")
            let observer = try await Web.logIn(client, "wdc-observer")
            let seen = try await Web.get(client, "/meetings/\(id)?lang=fr", cookie: observer)
            #expect(seen.html.contains("Ada Mensah, UN Group of Experts — invité de la présidence"))
            #expect(seen.html.contains("La plénière s&#39;est réunie à Gaborone."))
            #expect(try await Web.get(client, "/meetings/999").status == .notFound)
            let decisions = try await Web.get(client, "/decisions")
            #expect(decisions.html.contains("href=\"/meetings\" id=\"meetings-link\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func theChairPutsADecisionToAMeetingThroughTheFormAndTheMeetingListsIt(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now)
            let meeting = try await g.store.governance.recordMeeting(
                MeetingDraft(
                    kind: "intersessional", titleEn: "Intersessional", titleFr: "Intersessions",
                    startsOn: today.description, endsOn: today.description, format: "online"),
                by: g.bwDelegate)
            let id = try await g.propose("Footprints review").decision.id
            let api = "/api/v1/decisions/\(id)/meeting"
            let eu = try await client.token("eu-delegate")
            #expect(try await client.call(.post, api, token: eu, json: ["meetingId": meeting.id]).status == .forbidden)
            #expect(try await client.call(.post, api, json: ["meetingId": meeting.id]).status == .unauthorized)
            let bw = try await client.token("bw-delegate")
            let missing = try await client.call(.post, api, token: bw, json: [:])
            #expect(missing.status == .unprocessableContent && missing.pointers == ["/meetingId"])

            let chair = try await Web.logIn(client, "bw-delegate")
            let page = try await Web.get(client, "/decisions/\(id)?lang=fr", cookie: chair)
            #expect(page.html.contains("id=\"meeting-form\"") && page.html.contains("Intersessions"))
            let other = try await Web.logIn(client, "eu-delegate")
            #expect(!(try await Web.get(client, "/decisions/\(id)", cookie: other)).html.contains("meeting-form"))
            let csrf = try #require(page.hidden("csrf"))
            let posted = try await Web.post(
                client, "/decisions/\(id)/meeting", form: "csrf=\(csrf)&meetingId=\(meeting.id)", cookie: chair)
            #expect(posted.status == .seeOther)
            let opened = try await client.call(.get, "/api/v1/decisions/\(id)")
            #expect(opened["venue"] as? String == "intersessional" && opened["meetingId"] as? Int == Int(meeting.id))
            let shown = try await Web.get(client, "/decisions/\(id)?lang=en")
            #expect(shown.html.contains("id=\"decision-meeting\"") && shown.html.contains(">Intersessional</a>"))
            let listed = try await Web.get(client, "/meetings/\(meeting.id)?lang=en")
            #expect(listed.html.contains("<ul id=\"meeting-decisions\">") && listed.html.contains("Footprints review"))
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodysChairRecordsItsMeetingWhichItsPageAndTheListShowWithoutDecisions(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now)
            _ = try await g.store.governance.addSeat(
                to: "CPC",
                SeatDraft(holderKind: "participant", code: "EU", role: "chair", startsOn: "\(today.year)-01-01"),
                by: world.admin)
            let body: [String: Any] = [
                "kind": "working-body", "body": "cpc", "titleEn": "CPC meeting", "titleFr": "Réunion du CPC",
                "startsOn": today.description, "endsOn": today.description, "format": "online",
            ]
            let ae = try await client.token("ae-delegate")
            let refused = try await client.call(.post, "/api/v1/meetings", token: ae, json: body, language: "fr")
            #expect(
                refused.status == .forbidden
                    && refused["type"] as? String == "urn:kpcs:problem:only-chair-or-body-chair-records")
            var nameless = body
            nameless["body"] = nil
            let eu = try await client.token("eu-delegate")
            let bad = try await client.call(.post, "/api/v1/meetings", token: eu, json: nameless)
            #expect(bad.status == .unprocessableContent && bad.pointers == ["/body"])
            #expect(try await client.call(.get, "/api/v1/meetings")["total"] as? Int == 0, "nothing refused written")
            let created = try await client.call(.post, "/api/v1/meetings", token: eu, json: body)
            #expect(created.status == .created && created["body"] as? String == "CPC", "\(created.body)")
            let id = try #require(created["id"] as? Int)
            _ = try await g.store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary \(today.year)", titleFr: "Plénière",
                    startsOn: "\(today.year)-11-04",
                    endsOn: "\(today.year)-11-05", format: "online"),
                by: g.bwDelegate)

            let cpc = try await client.call(.get, "/api/v1/meetings?body=CPC")
            #expect(cpc["total"] as? Int == 1 && (cpc["items"] as? [[String: Any]])?.first?["id"] as? Int == id)
            #expect(try await client.call(.get, "/api/v1/meetings")["total"] as? Int == 2)
            let proposal = try await g.propose("Footprints").decision.id
            let put = try await client.call(
                .post, "/api/v1/decisions/\(proposal)/meeting", token: try await client.token("bw-delegate"),
                json: ["meetingId": id])
            #expect(put.status == .conflict && put["type"] as? String == "urn:kpcs:problem:no-decision-at-body-meeting")

            let list = try await Web.get(client, "/meetings?body=cpc", language: "fr")
            #expect(list.html.contains("Réunion d&#39;un organe (<a href=\"/bodies/CPC\">CPC</a>)"))
            #expect(list.html.contains("id=\"meetings-of\"") && !list.html.contains("Plenary \(today.year)"))
            let page = try await Web.get(client, "/meetings/\(id)?lang=en")
            #expect(page.html.contains("Working-body meeting (<a href=\"/bodies/CPC\">CPC</a>)"))
            #expect(!page.html.contains("meeting-decisions"), "no decision is taken at a body's meeting")
            let bodyPage = try await Web.get(client, "/bodies/CPC?lang=en")
            #expect(bodyPage.html.contains("<ul id=\"body-meetings\">") && bodyPage.html.contains("CPC meeting</a>"))
            let empty = try await Web.get(client, "/bodies/WGM?lang=fr")
            #expect(empty.html.contains("Aucune réunion de cet organe enregistrée."))
        }
    }

    @Test(arguments: TestEngine.all)
    func aMeetingsDocumentIsSentAsBytesAndServedWithItsHash(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now).description
            let meeting = try await g.store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary", titleFr: "Plénière", startsOn: today, endsOn: today,
                    format: "online"),
                by: g.bwDelegate)
            let path = "/api/v1/meetings/\(meeting.id)/documents"
            let title: [String: Any] = ["titleEn": "Report <1>", "titleFr": "Rapport <1>"]
            let eu = try await client.token("eu-delegate")
            #expect(try await client.call(.post, path, token: eu, json: title).status == .forbidden)
            let bw = try await client.token("bw-delegate")
            let created = try await client.call(.post, path, token: bw, json: title)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created["id"] as? Int)
            func put(
                _ language: String, _ type: String, _ bytes: [UInt8], token: String
            ) async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/api/v1/documents/\(id)/\(language)", method: .put,
                    headers: [.authorization: "Bearer \(token)", .contentType: type], body: ByteBuffer(bytes: bytes)
                ) { $0.status }
            }
            let text = Array("Le rapport de la plénière.".utf8)
            #expect(try await put("fr", "text/plain; charset=utf-8", text, token: eu) == .forbidden)
            #expect(try await put("de", "text/plain", text, token: bw) == .notFound)
            #expect(try await put("fr", "application/pdf", text, token: bw) == .unprocessableContent)
            let tooLarge = [UInt8](repeating: 0x41, count: DocumentRules.maximumBytes + 1)
            #expect(try await put("fr", "text/plain", tooLarge, token: bw) == .contentTooLarge)
            #expect(try await put("fr", "text/plain; charset=utf-8", text, token: bw) == .ok)
            let sha = Hex.encode(Array(SHA256.hash(data: text)))
            for uri in ["/api/v1/documents/\(id)/fr", "/documents/\(id)/fr"] {
                let (status, type, tag, bytes) = try await client.execute(uri: uri, method: .get) {
                    ($0.status, $0.headers[.contentType], $0.headers[.eTag], Array($0.body.readableBytesView))
                }
                #expect(
                    status == .ok && type == "text/plain; charset=utf-8" && tag == "\"\(sha)\"" && bytes == text,
                    "\(uri)")
            }
            #expect(try await client.call(.get, "/api/v1/documents/\(id)/en").status == .notFound)
            let listed = try await client.call(.get, "/api/v1/meetings/\(meeting.id)/documents")
            #expect(listed.status == .ok)
            let page = try await Web.get(client, "/meetings/\(meeting.id)?lang=fr")
            #expect(page.html.contains("Rapport &lt;1&gt;") && page.html.contains("href=\"/documents/\(id)/fr\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodysAndAnApplicationsDocumentsAreListedThroughTheAPIAndOnTheirPages(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let title: [String: Any] = ["titleEn": "Working paper", "titleFr": "Document de travail"]
            let eu = try await client.token("eu-delegate")
            let bw = try await client.token("bw-delegate")
            func list(_ uri: String, token: String? = nil) async throws -> [[String: Any]] {
                try await client.execute(
                    uri: uri, method: .get, headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:]
                ) {
                    try JSONSerialization.jsonObject(with: Data($0.body.readableBytesView)) as? [[String: Any]] ?? []
                }
            }
            #expect(
                try await client.call(.post, "/api/v1/bodies/WGS/documents", token: eu, json: title).status
                    == .forbidden)
            #expect(try await client.call(.post, "/api/v1/bodies/WGS/documents", json: title).status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/bodies/NOPE/documents").status == .notFound)
            let bad = try await client.call(.post, "/api/v1/bodies/NOPE/documents", token: bw, json: [:])
            #expect(bad.status == .unprocessableContent, "the request's body is checked before the owner")
            #expect(try await list("/api/v1/bodies/WGS/documents").isEmpty)
            let paper = try await client.call(.post, "/api/v1/bodies/wgs/documents", token: bw, json: title)
            #expect(paper.status == .created && paper["body"] as? String == "WGS" && paper["meetingId"] == nil)
            #expect(try await list("/api/v1/bodies/WGS/documents").count == 1)
            let page = try await Web.get(client, "/bodies/WGS?lang=fr")
            #expect(page.html.contains("<ul id=\"documents\"><li>Document de travail"))

            _ = try await g.store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies again", effectiveOn: nil, by: world.admin)
            let application = try await g.store.governance.submitApplication(
                ApplicationDraft(candidate: "AE", letterEn: "We apply.", contacts: [ContactDraft(name: "A. Contact")]),
                by: g.aeDelegate
            ).application.id
            let path = "/api/v1/applications/\(application)/documents"
            let annex: [String: Any] = ["titleEn": "Legislation", "titleFr": "Législation", "public": false]
            #expect(try await client.call(.post, path, token: bw, json: annex).status == .forbidden)
            let added = try await client.call(.post, path, token: try await client.token("ae-delegate"), json: annex)
            #expect(added.status == .created && added["applicationId"] as? Int == Int(application))
            #expect(try await list(path).isEmpty, "not public: not for the public")
            #expect(try await list(path, token: eu).count == 1)
            #expect(try await client.call(.get, "/api/v1/applications/999/documents").status == .notFound)
            let delegate = try await Web.logIn(client, "eu-delegate")
            let seen = try await Web.get(client, "/applications/\(application)?lang=en", cookie: delegate)
            #expect(seen.html.contains("Legislation <span class=\"hint\">(not public)</span>"))
            let observer = try await Web.logIn(client, "wdc-observer")
            let outside = try await Web.get(client, "/applications/\(application)?lang=en", cookie: observer)
            #expect(!outside.html.contains("Legislation"), "the WDC does not sit on the CPC")
            let public_ = try await Web.get(client, "/applications/\(application)?lang=en")
            #expect(!public_.html.contains("Legislation") && public_.html.contains("No document recorded."))
        }
    }
}
