import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
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
}
