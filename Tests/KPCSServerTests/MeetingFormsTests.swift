import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The meeting forms of the site: shown only to those the rules let record, they record a meeting with its
/// agenda, who was present and a Plenary's communiqué; a refusal comes back beside its field with nothing written.
@Suite struct MeetingFormsTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in MeetingFormText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        #expect(
            MeetingForms.agenda("Opening | Ouverture\n\n  Reports|Rapports  \nNo French")
                == [
                    AgendaItemDraft(titleEn: "Opening", titleFr: "Ouverture"),
                    AgendaItemDraft(titleEn: "Reports", titleFr: "Rapports"),
                    AgendaItemDraft(titleEn: "No French", titleFr: nil),
                ])
        #expect(
            MeetingForms.guests("Ada Mensah | UN\r\nBo\n |x")
                == [GuestDraft(name: "Ada Mensah", affiliation: "UN"), GuestDraft(name: "Bo")])
        #expect(
            MeetingForms.checked(["p-ZA": "on", "p-BW": "on", "o-WDC": "on", "csrf": "x"], prefix: "p-") == [
                "BW", "ZA",
            ])
    }

    @Test(arguments: TestEngine.all)
    func theChairRecordsAMeetingItsAttendanceAndCommuniqueThroughTheForms(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now)
            #expect(!(try await Web.get(client, "/meetings")).html.contains("meeting-form"), "not for the public")
            for who in ["eu-delegate", "wdc-observer", "bw-officer"] {
                let cookie = try await Web.logIn(client, who)
                #expect(
                    !(try await Web.get(client, "/meetings", cookie: cookie)).html.contains("meeting-form"), "\(who)")
            }
            let chair = try await Web.logIn(client, "bw-delegate")
            let list = try await Web.get(client, "/meetings?lang=fr", cookie: chair)
            #expect(list.html.contains("id=\"meeting-form\"") && list.html.contains("Enregistrer une réunion"))
            let csrf = try #require(list.hidden("csrf"))
            func form(_ fields: [(String, String)]) -> String {
                fields.map {
                    "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                }.joined(separator: "&")
            }
            let bad = try await Web.post(
                client, "/meetings",
                form: form([
                    ("csrf", csrf), ("kind", "plenary"), ("titleEn", "Plenary"), ("startsOn", today.description),
                    ("endsOn", today.description), ("format", "online"), ("agenda", "Opening"),
                ]),
                cookie: chair, language: "fr")
            #expect(bad.status == .unprocessableContent)
            #expect(
                bad.html.contains("id=\"meeting-titleFr-error\"") && bad.html.contains("id=\"meeting-agenda-error\""))
            #expect(bad.html.contains("value=\"Plenary\""), "what was typed is kept")
            #expect(try await g.store.governance.meetings(page: try PageRequest(), for: nil).total == 0)

            let done = try await Web.post(
                client, "/meetings",
                form: form([
                    ("csrf", csrf), ("kind", "plenary"), ("body", ""), ("titleEn", "Plenary"),
                    ("titleFr", "Plénière"), ("startsOn", today.description), ("endsOn", today.description),
                    ("format", "online"), ("agenda", "Opening | Ouverture\nReports | Rapports"),
                ]),
                cookie: chair)
            #expect(done.status == .seeOther)
            let location = try #require(done.headers[.location])
            let meeting = try #require(
                try await g.store.governance.meetings(page: try PageRequest(), for: nil).items.first)
            #expect(location == "/meetings/\(meeting.id)?saved=1")
            #expect(meeting.agenda.map(\.titleFr) == ["Ouverture", "Rapports"] && meeting.place == nil)

            let page = try await Web.get(client, "/meetings/\(meeting.id)?lang=en", cookie: chair)
            #expect(page.html.contains("id=\"attendance-form\"") && page.html.contains("id=\"communique-form\""))
            let other = try await Web.logIn(client, "eu-delegate")
            #expect(
                !(try await Web.get(client, "/meetings/\(meeting.id)", cookie: other)).html.contains("attendance-form"))
            let path = "/meetings/\(meeting.id)/attendance"
            let unknown = try await Web.post(
                client, path, form: form([("csrf", csrf), ("form", "attendance"), ("p-XX", "on")]), cookie: chair)
            #expect(unknown.status == .unprocessableContent && unknown.html.contains("attendance-participants-error"))
            let otherCsrf = try #require(try await Web.get(client, "/meetings", cookie: other).hidden("csrf"))
            let refused = try await Web.post(
                client, path, form: form([("csrf", otherCsrf), ("form", "attendance"), ("p-EU", "on")]), cookie: other)
            #expect(refused.status == .unprocessableContent && refused.html.contains("error-summary"))
            #expect(try await g.store.governance.meeting(meeting.id, for: nil).attendance == MeetingAttendance())

            let present = try await Web.post(
                client, path,
                form: form([
                    ("csrf", csrf), ("form", "attendance"), ("p-BW", "on"), ("p-EU", "on"), ("o-WDC", "on"),
                    ("guests", "Ada Mensah | UN Group of Experts"),
                ]),
                cookie: chair)
            #expect(present.status == .seeOther)
            let attended = try await g.store.governance.meeting(meeting.id, for: g.wdcObserver).attendance
            #expect(attended.participants == ["BW", "EU"] && attended.organisations == ["WDC"])
            #expect(attended.guests == [MeetingGuest(name: "Ada Mensah", affiliation: "UN Group of Experts")])
            let again = try await Web.get(client, "/meetings/\(meeting.id)", cookie: chair)
            #expect(again.html.contains("name=\"p-BW\" id=\"attendance-p-BW\" checked"))
            #expect(again.html.contains("Ada Mensah | UN Group of Experts</textarea>"))

            let communique = try await Web.post(
                client, "/meetings/\(meeting.id)/communique",
                form: form([("csrf", csrf), ("form", "communique"), ("none", "on")]), cookie: chair)
            #expect(communique.status == .seeOther)
            #expect(try await g.store.governance.meeting(meeting.id, for: nil).communique == MeetingCommunique.none)
            let half = try await Web.post(
                client, "/meetings/\(meeting.id)/communique",
                form: form([("csrf", csrf), ("form", "communique"), ("textEn", "Only English")]), cookie: chair)
            #expect(half.status == .unprocessableContent && half.html.contains("Only English</textarea>"))
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodysChairSeesTheFormAndRecordsItsBodysMeeting(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now)
            _ = try await g.store.governance.addSeat(
                to: "CPC",
                SeatDraft(holderKind: "participant", code: "EU", role: "chair", startsOn: "\(today.year)-01-01"),
                by: world.admin)
            let eu = try await Web.logIn(client, "eu-delegate")
            let list = try await Web.get(client, "/meetings", cookie: eu)
            #expect(list.html.contains("id=\"meeting-form\"") && list.html.contains("<option value=\"CPC\">"))
            let csrf = try #require(list.hidden("csrf"))
            let fields =
                "csrf=\(csrf)&kind=working-body&body=CPC&titleEn=CPC&titleFr=CPC&startsOn=\(today)&endsOn=\(today)"
                + "&format=online"
            #expect(try await Web.post(client, "/meetings", form: fields, cookie: eu).status == .seeOther)
            let wgm = fields.replacingOccurrences(of: "body=CPC", with: "body=WGM")
            let refused = try await Web.post(client, "/meetings", form: wgm, cookie: eu, language: "fr")
            #expect(refused.status == .unprocessableContent && refused.html.contains("les réunions et les documents"))
            let meetings = try await g.store.governance.meetings(page: try PageRequest(), for: nil)
            #expect(meetings.total == 1 && meetings.items.first?.body == "CPC")
        }
    }
}
