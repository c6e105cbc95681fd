import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Decisions taken at a meeting, on both engines: only the Chair of the year puts one to a meeting that has not
/// ended; delegates answer until the end of its last day; adopted, it is numbered in the meeting's venue.
@Suite struct MeetingDecisionTests {
    @Test(arguments: TestEngine.all)
    func theChairPutsADecisionToAPlenaryWhereItIsAdoptedAndNumbered(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            let last = CalendarDate(daysSinceEpoch: today.daysSinceEpoch + 2)
            let plenary = try await store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary", titleFr: "Plénière", startsOn: today.description,
                    endsOn: last.description, format: "online"),
                by: g.bwDelegate)
            let id = try await g.propose("Footprints").decision.id
            let draft = MeetingDecisionDraft(meetingId: plenary.id)
            for who in [g.euDelegate, g.aeDelegate] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.putToMeeting(id, draft, by: who)
                }
            }
            #expect(try await store.governance.decision(id, for: nil).state == .proposed, "nothing refused written")
            await #expect(throws: KPCSError.self, "a meeting id is needed") {
                try await store.governance.putToMeeting(id, MeetingDecisionDraft(), by: g.bwDelegate)
            }
            await #expect(throws: KPCSError.self, "an unknown meeting") {
                try await store.governance.putToMeeting(id, MeetingDecisionDraft(meetingId: 999), by: g.bwDelegate)
            }
            let opened = try await store.governance.putToMeeting(id, draft, by: g.bwDelegate)
            let procedure = try #require(opened.decision.procedure)
            #expect(procedure.venue == .plenary && procedure.meetingId == plenary.id)
            #expect(procedure.closesAt == "\(CalendarDate(daysSinceEpoch: last.daysSinceEpoch + 1))T00:00:00.000Z")
            #expect(opened.state == .open)
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            #expect(try await store.governance.decisions(atMeeting: plenary.id, for: nil).map(\.decision.id) == [id])

            clock.advance(seconds: 3 * 86_400)
            #expect(try await store.governance.decision(id, for: nil).state == .adopted, "computed when read")
            try await store.governance.closeDue()
            let closed = try await store.governance.decision(id, for: nil).decision.closing
            #expect(closed?.number == "KP/\(today.year)/Plenary/Administrative Decision 1")

            // The meeting is over: no decision can be put to it any more.
            let next = try await g.propose("Too late").decision.id
            do {
                _ = try await store.governance.putToMeeting(next, draft, by: g.bwDelegate)
                Issue.record("put to a meeting that ended")
            } catch let error as KPCSError {
                #expect(error.message.has(MeetingMessage.Code.meetingOver))
            }
            let entries = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            #expect(
                entries.contains {
                    $0.contains("\"event\":\"decision.opened\"") && $0.contains("\"meeting\":\(plenary.id)")
                        && $0.contains("\"venue\":\"plenary\"")
                })
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aMeetingEndingOnTheLastDayOfTheYearNumbersItsDecisionsInThatYear(engine: TestEngine) async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_767_175_200))  // 2025-12-31T10:00:00Z
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let meeting = try await store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary", titleFr: "Plénière", startsOn: "2025-12-30",
                    endsOn: "2025-12-31", format: "online"),
                by: g.bwDelegate)
            let id = try await g.propose("Year end").decision.id
            let opened = try await store.governance.putToMeeting(
                id, MeetingDecisionDraft(meetingId: meeting.id), by: g.bwDelegate)
            #expect(opened.decision.procedure?.closesAt == "2026-01-01T00:00:00.000Z")
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 86_400)
            try await store.governance.closeDue()
            let number = try await store.governance.decision(id, for: nil).decision.closing?.number
            #expect(number == "KP/2025/Plenary/Administrative Decision 1")
        }
    }
}
