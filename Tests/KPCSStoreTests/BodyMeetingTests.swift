import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// Meetings of a working body, on both engines: who records them (the administrator, the year's Chair, the
/// participant chairing the body), what a meeting must say about its body, that none takes a decision, and the
/// meetings of one body.
@Suite struct BodyMeetingTests {
    static func cpcMeeting(_ day: CalendarDate, body: String? = "cpc") -> MeetingDraft {
        MeetingDraft(
            kind: "working-body", body: body, titleEn: "CPC meeting", titleFr: "Réunion du CPC",
            startsOn: day.description, endsOn: day.description, format: "online",
            agenda: [AgendaItemDraft(titleEn: "Applications", titleFr: "Demandes")])
    }

    static func count(_ store: Store) async throws -> Int64 {
        try await store.governance.meetings(page: try PageRequest(), for: nil).total
    }

    @Test(arguments: TestEngine.all)
    func theBodysChairRecordsItsMeetingAndOtherDelegatesAreRefused(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            let year = today.year
            // The EU chairs the CPC from the first of the year; Botswana chairs the scheme.
            _ = try await store.governance.addSeat(
                to: "CPC", SeatDraft(holderKind: "participant", code: "EU", role: "chair", startsOn: "\(year)-01-01"),
                by: g.world.admin)
            for who in [g.aeDelegate, g.world.bwOfficer, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.recordMeeting(Self.cpcMeeting(today), by: who)
                }
            }
            do {
                _ = try await store.governance.recordMeeting(Self.cpcMeeting(today), by: g.aeDelegate)
            } catch let error as KPCSError {
                #expect(error.kind == .forbidden && error.detail(in: .en).contains("chairing CPC"))
            }
            // Not the WGM's chair: the EU holds no chair seat there.
            await #expect(throws: KPCSError.self) {
                try await store.governance.recordMeeting(Self.cpcMeeting(today, body: "WGM"), by: g.euDelegate)
            }
            #expect(try await Self.count(store) == 0, "nothing refused was written")

            let meeting = try await store.governance.recordMeeting(Self.cpcMeeting(today), by: g.euDelegate)
            #expect(meeting.kind == .workingBody && meeting.body == "CPC" && meeting.place == nil)
            let present = try await store.governance.setAttendance(
                meeting.id, AttendanceDraft(participants: ["ZA", "EU"], organisations: ["WDC"]), by: g.euDelegate)
            #expect(present.attendance.participants == ["EU", "ZA"] && present.attendance.organisations == ["WDC"])
            await #expect(throws: KPCSError.self, "another delegate records no attendance") {
                try await store.governance.setAttendance(
                    meeting.id, AttendanceDraft(participants: ["AE"]), by: g.aeDelegate)
            }
            await #expect(throws: KPCSError.self, "only a Plenary has a communiqué") {
                try await store.governance.setCommunique(
                    meeting.id, CommuniqueDraft(textEn: "Text", textFr: "Texte"), by: g.euDelegate)
            }
            // The Chair of the year records the WGM's, the administrator any body's.
            let wgm = try await store.governance.recordMeeting(
                Self.cpcMeeting(today, body: "WGM"), by: g.bwDelegate)
            let wgs = try await store.governance.recordMeeting(
                Self.cpcMeeting(today, body: "wgs"), by: g.world.admin)
            let plenary = try await store.governance.recordMeeting(
                MeetingStoreTests.plenary(year), by: g.bwDelegate)

            let cpc = try await store.governance.meetings(page: try PageRequest(), of: "CPC", for: nil)
            #expect(cpc.items.map(\.id) == [meeting.id] && cpc.total == 1)
            let all = try await store.governance.meetings(page: try PageRequest(), for: nil)
            #expect(Set(all.items.map(\.id)) == [meeting.id, wgm.id, wgs.id, plenary.id])
            let none = try await store.governance.meetings(page: try PageRequest(), of: "NOPE", for: nil)
            #expect(none.items.isEmpty && none.total == 0)
            #expect(try await store.governance.meeting(meeting.id, for: nil).attendance.participants == ["EU", "ZA"])
        }
    }

    @Test(arguments: TestEngine.all)
    func aMeetingSaysItsBodyOnlyWhenItIsABodysAndTheBodyMustExist(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            func pointers(_ draft: MeetingDraft) async throws -> [String] {
                do {
                    _ = try await store.governance.recordMeeting(draft, by: g.world.admin)
                    Issue.record("a bad meeting was recorded")
                    return []
                } catch let error as KPCSError {
                    #expect(error.kind == .invalid)
                    return error.violations.map(\.pointer)
                }
            }
            #expect(try await pointers(Self.cpcMeeting(today, body: nil)) == ["/body"])
            #expect(try await pointers(Self.cpcMeeting(today, body: "  ")) == ["/body"])
            #expect(try await pointers(Self.cpcMeeting(today, body: "NOPE")) == ["/body"])
            var plenary = MeetingStoreTests.plenary(today.year)
            plenary.body = "CPC"
            #expect(try await pointers(plenary) == ["/body"])
            #expect(try await Self.count(store) == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func noDecisionIsTakenAtABodysMeeting(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            let tomorrow = CalendarDate(daysSinceEpoch: today.daysSinceEpoch + 1)
            let meeting = try await store.governance.recordMeeting(Self.cpcMeeting(tomorrow), by: g.bwDelegate)
            let id = try await g.propose("Footprints").decision.id
            do {
                _ = try await store.governance.putToMeeting(
                    id, MeetingDecisionDraft(meetingId: meeting.id), by: g.bwDelegate)
                Issue.record("a decision was put to a body's meeting")
            } catch let error as KPCSError {
                #expect(error.kind == .conflict && error.detail(in: .fr).contains("réunion de CPC"))
            }
            let decision = try await store.governance.decision(id, for: nil)
            #expect(decision.state == .proposed && decision.decision.procedure == nil, "nothing was written")
            #expect(try await store.governance.decisions(atMeeting: meeting.id, for: nil).isEmpty)
        }
    }
}
