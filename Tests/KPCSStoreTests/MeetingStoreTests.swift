import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// Meetings through the store, on both engines: who records them, what a meeting, its attendance and its
/// communiqué must hold, and what the public sees.
@Suite struct MeetingStoreTests {
    static func plenary(_ year: Int, kind: String = "plenary", format: String = "in-person") -> MeetingDraft {
        MeetingDraft(
            kind: kind, titleEn: "Plenary \(year)", titleFr: "Réunion plénière \(year)", startsOn: "\(year)-11-04",
            endsOn: "\(year)-11-08", format: format, place: "Gaborone",
            agenda: [
                AgendaItemDraft(titleEn: "Opening", titleFr: "Ouverture"),
                AgendaItemDraft(titleEn: "Reports of the working bodies", titleFr: "Rapports des organes"),
            ])
    }

    static func count(_ store: Store) async throws -> Int64 {
        try await store.governance.meetings(page: try PageRequest(), for: nil).total
    }

    @Test(arguments: TestEngine.all)
    func theChairsDelegateRecordsAMeetingAndOthersAreRefused(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            for who in [g.euDelegate, g.world.bwOfficer, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.recordMeeting(Self.plenary(year), by: who)
                }
            }
            #expect(try await Self.count(store) == 0, "nothing refused was written")
            let meeting = try await store.governance.recordMeeting(Self.plenary(year), by: g.bwDelegate)
            #expect(meeting.kind == .plenary && meeting.place == "Gaborone" && meeting.year == year)
            #expect(meeting.agenda.map(\.titleFr) == ["Ouverture", "Rapports des organes"])
            #expect(meeting.communique == nil && meeting.attendance == MeetingAttendance())
            // Not the Chair of another year: 2023 was Zimbabwe's.
            await #expect(throws: KPCSError.self) {
                try await store.governance.recordMeeting(Self.plenary(2023), by: g.bwDelegate)
            }
            let archived = try await store.governance.recordMeeting(Self.plenary(2023), by: g.world.admin)
            let none = try await store.governance.setCommunique(
                archived.id, CommuniqueDraft(none: true), by: g.world.admin)
            #expect(none.communique == MeetingCommunique.none)
            let page = try await store.governance.meetings(page: try PageRequest(), for: nil)
            #expect(page.items.map(\.id) == [meeting.id, archived.id], "latest first")
        }
    }

    @Test(arguments: TestEngine.all)
    func everyFaultOfAMeetingIsNamedAtOnce(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let g = try await GovernanceFixture.make(store)
            let bad = MeetingDraft(
                kind: "retreat", titleEn: " ", titleFr: String(repeating: "x", count: 201), startsOn: "2026-02-30",
                endsOn: "2026-01-01", format: "hybrid", place: nil,
                agenda: [AgendaItemDraft(titleEn: "Opening", titleFr: nil)])
            do {
                _ = try await store.governance.recordMeeting(bad, by: g.world.admin)
                Issue.record("a bad meeting was recorded")
            } catch let error as KPCSError {
                #expect(
                    error.violations.map(\.pointer).sorted()
                        == ["/agenda/0/titleFr", "/kind", "/place", "/startsOn", "/titleEn", "/titleFr"].sorted())
            }
            var draft = Self.plenary(2026)
            draft.endsOn = "2026-11-01"
            await #expect(throws: KPCSError.self) { try await store.governance.recordMeeting(draft, by: g.world.admin) }
            draft.endsOn = "2026-11-30"
            await #expect(throws: KPCSError.self) { try await store.governance.recordMeeting(draft, by: g.world.admin) }
            draft = Self.plenary(1999)
            await #expect(throws: KPCSError.self) { try await store.governance.recordMeeting(draft, by: g.world.admin) }
            draft = Self.plenary(2026, format: "online")
            draft.place = nil
            let online = try await store.governance.recordMeeting(draft, by: g.world.admin)
            #expect(online.place == nil && online.format == .online)
            draft.agenda = Array(repeating: AgendaItemDraft(titleEn: "Item", titleFr: "Point"), count: 61)
            await #expect(throws: KPCSError.self) { try await store.governance.recordMeeting(draft, by: g.world.admin) }
            #expect(try await Self.count(store) == 1)
        }
    }

    @Test(arguments: TestEngine.all)
    func attendanceIsCheckedReplacedAndItsGuestsAreNotPublic(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            let id = try await store.governance.recordMeeting(Self.plenary(year), by: g.bwDelegate).id
            do {
                _ = try await store.governance.setAttendance(
                    id, AttendanceDraft(participants: ["BW", "BE", "XX"], organisations: ["WDC", "NOPE"]),
                    by: g.bwDelegate)
                Issue.record("unknown attendees were recorded")
            } catch let error as KPCSError {
                #expect(error.violations.map(\.pointer) == ["/participants/1", "/participants/2", "/organisations/1"])
            }
            await #expect(throws: KPCSError.self) {
                try await store.governance.setAttendance(id, AttendanceDraft(participants: ["BW"]), by: g.euDelegate)
            }
            let recorded = try await store.governance.setAttendance(
                id,
                AttendanceDraft(
                    participants: ["eu", "BW", "AE", "BW"], organisations: ["CSC", "WDC"],
                    guests: [GuestDraft(name: "Ada Mensah", affiliation: "UN Group of Experts")]),
                by: g.bwDelegate)
            #expect(recorded.attendance.participants == ["AE", "BW", "EU"])
            #expect(recorded.attendance.organisations == ["CSC", "WDC"])
            #expect(
                recorded.attendance.guests == [MeetingGuest(name: "Ada Mensah", affiliation: "UN Group of Experts")])
            #expect(try await store.governance.meeting(id, for: nil).attendance.guests.isEmpty, "the public")
            #expect(try await store.governance.meeting(id, for: g.wdcObserver).attendance.guests.count == 1)
            #expect(try await store.governance.meeting(id, for: g.world.bwOfficer).attendance.guests.isEmpty)
            let replaced = try await store.governance.setAttendance(
                id, AttendanceDraft(participants: ["LS"]), by: g.world.admin)
            #expect(replaced.attendance == MeetingAttendance(participants: ["LS"]))
            await #expect(throws: KPCSError.self) {
                try await store.governance.setAttendance(9999, AttendanceDraft(), by: g.world.admin)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func onlyAPlenaryHasACommuniqueInBothLanguagesOrNone(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            let intersessional = try await store.governance.recordMeeting(
                Self.plenary(year, kind: "intersessional"), by: g.bwDelegate)
            await #expect(throws: KPCSError.self) {
                try await store.governance.setCommunique(
                    intersessional.id, CommuniqueDraft(textEn: "a", textFr: "b"), by: g.bwDelegate)
            }
            let id = try await store.governance.recordMeeting(Self.plenary(year), by: g.bwDelegate).id
            for bad in [
                CommuniqueDraft(), CommuniqueDraft(textEn: "Only English"),
                CommuniqueDraft(textEn: "a", textFr: "b", none: true),
                CommuniqueDraft(textEn: "a", textFr: String(repeating: "x", count: 50_001)),
            ] {
                await #expect(throws: KPCSError.self) {
                    try await store.governance.setCommunique(id, bad, by: g.bwDelegate)
                }
            }
            #expect(try await store.governance.meeting(id, for: nil).communique == nil, "nothing refused was written")
            let published = try await store.governance.setCommunique(
                id, CommuniqueDraft(textEn: "The Plenary met.", textFr: "La plénière s'est réunie."),
                by: g.bwDelegate)
            #expect(published.communique == .published(textEn: "The Plenary met.", textFr: "La plénière s'est réunie."))
            await #expect(throws: KPCSError.self) {
                try await store.governance.setCommunique(id, CommuniqueDraft(none: true), by: g.aeDelegate)
            }
        }
    }
}
