import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Consensus through the store, on both engines: one objection blocks, observers never count, the deadline
/// holds, the outcome is right when read after the deadline with no closing run, and the quorum is the setting's.
@Suite struct DecisionStoreTests {
    @Test(arguments: TestEngine.all)
    func oneObjectionFromAnEntitledParticipantBlocks(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            let open = try await store.governance.recordStance(
                id, StanceDraft(position: "objects", reason: "Not in our budget cycle"), by: g.aeDelegate)
            #expect(open.state == .open)
            #expect(open.tally.objectedBy == ["AE"] && open.tally.supports == 1)
            clock.advance(seconds: 49 * 3600)
            #expect(try await store.governance.decision(id, for: nil).state == .notAdopted)
            #expect(try await store.governance.closeDue() == [id])
            let closed = try await store.governance.decision(id, for: nil)
            #expect(closed.decision.closing?.outcome == .notAdopted && closed.decision.closing?.number == nil)
            #expect(try await store.governance.closeDue().isEmpty)
        }
    }

    @Test(arguments: TestEngine.all)
    func anObserversObjectionDoesNotBlock(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            let commented = try await store.governance.comment(
                id, CommentDraft(position: "objects", text: "Industry objects to this."), by: g.wdcObserver)
            #expect(commented.decision.comments.map(\.organisation) == ["WDC"])
            #expect(commented.tally.objectedBy.isEmpty)
            // An observer has no stance to record at all.
            await #expect(throws: KPCSError.self) {
                try await store.governance.recordStance(
                    id, StanceDraft(position: "objects", reason: "x"), by: g.wdcObserver)
            }
            clock.advance(seconds: 49 * 3600)
            #expect(try await store.governance.decision(id, for: nil).state == .adopted)
        }
    }

    @Test(arguments: TestEngine.all)
    func aStanceAfterTheDeadlineIsRefused(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure(hours: 25)
            clock.advance(seconds: 25 * 3600)
            do {
                _ = try await store.governance.recordStance(
                    id, StanceDraft(position: "objects", reason: "Too late"), by: g.aeDelegate)
                Issue.record("a late stance was accepted")
            } catch let error as KPCSError {
                #expect(error.message.has(GovernanceMessage.Code.stanceAfterDeadline))
            }
            let read = try await store.governance.decision(id, for: nil)
            #expect(read.decision.stances.isEmpty)
        }
    }

    @Test(arguments: TestEngine.all)
    func aWrittenProcedureReadAfterItsDeadlineWithNoJobShowsItsOutcome(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.bwDelegate)
            #expect(try await store.governance.decision(id, for: nil).state == .open)
            clock.advance(seconds: 48 * 3600)
            let read = try await store.governance.decision(id, for: nil)
            #expect(read.state == .adopted)
            #expect(read.decision.closing == nil, "nothing was written: the state is computed")
        }
    }

    @Test(arguments: TestEngine.all)
    func theQuorumIsTheConfiguredOne(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock, configure: { $0.decisionQuorum = 2 }) { store in
            let g = try await GovernanceFixture.make(store)
            let short = try await g.openProcedure("One support")
            _ = try await store.governance.recordStance(short, StanceDraft(position: "supports"), by: g.euDelegate)
            _ = try await store.governance.recordStance(short, StanceDraft(position: "no-objection"), by: g.aeDelegate)
            let enough = try await g.openProcedure("Two supports")
            _ = try await store.governance.recordStance(enough, StanceDraft(position: "supports"), by: g.euDelegate)
            _ = try await store.governance.recordStance(enough, StanceDraft(position: "supports"), by: g.aeDelegate)
            clock.advance(seconds: 49 * 3600)
            let first = try await store.governance.decision(short, for: nil)
            #expect(first.state == .notAdopted && first.tally.quorum == 2 && first.tally.supports == 1)
            #expect(try await store.governance.decision(enough, for: nil).state == .adopted)
            try await store.governance.closeDue()
            let numbers = try await store.governance.decision(enough, for: nil).decision.closing?.number
            #expect(numbers == "KP/\(CalendarDate(utcDayOf: clock.now).year)/WP/Administrative Decision 1")
        }
    }

    @Test(arguments: TestEngine.all)
    func theLatestStanceBeforeTheDeadlineCounts(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(
                id, StanceDraft(position: "objects", reason: "First read"), by: g.aeDelegate)
            let changed = try await store.governance.recordStance(
                id, StanceDraft(position: "supports"), by: g.aeDelegate)
            #expect(changed.decision.stances.count == 2 && changed.tally.objectedBy.isEmpty)
            clock.advance(seconds: 49 * 3600)
            #expect(try await store.governance.decision(id, for: nil).state == .adopted)
        }
    }

    @Test(arguments: TestEngine.all)
    func delegatesCannotRecordAnotherParticipantsStance(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            do {
                _ = try await store.governance.recordStance(
                    id, StanceDraft(participant: "AE", position: "objects", reason: "Posing as AE"), by: g.euDelegate)
                Issue.record("the EU delegate recorded AE's stance")
            } catch let error as KPCSError {
                #expect(error.kind == .forbidden && error.message.has(GovernanceMessage.Code.stanceForOtherParticipant))
            }
            let recorded = try await store.governance.recordStance(
                id, StanceDraft(participant: "eu", position: "supports"), by: g.euDelegate)
            #expect(recorded.decision.stances.map(\.participant) == ["EU"])
            // Officers, observers and administrators record no stance.
            for other in [g.world.bwOfficer, g.world.observer, g.world.admin] {
                await #expect(throws: KPCSError.self) {
                    try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: other)
                }
            }
            #expect(try await store.governance.decision(id, for: nil).decision.stances.count == 1)
        }
    }

    @Test(arguments: TestEngine.all)
    func onlyTheChairOfThatYearOpensAWrittenProcedure(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.propose().decision.id
            let draft = WrittenProcedureDraft(closesAt: Timestamp.string(clock.now.addingTimeInterval(72 * 3600)))
            for other in [g.euDelegate, g.aeDelegate] {
                do {
                    _ = try await store.governance.openWrittenProcedure(id, draft, by: other)
                    Issue.record("\(other.username) opened a written procedure")
                } catch let error as KPCSError {
                    #expect(error.kind == .forbidden && error.message.has(GovernanceMessage.Code.onlyChairOpens))
                }
            }
            for other in [g.world.bwOfficer, g.world.admin, g.wdcObserver] {
                await #expect(throws: KPCSError.self) {
                    try await store.governance.openWrittenProcedure(id, draft, by: other)
                }
            }
            #expect(try await store.governance.decision(id, for: nil).state == .proposed)
            // Next year the EU, Vice-Chair this year, chairs; BW no longer does.
            clock.advance(days: 366)
            let nextDraft = WrittenProcedureDraft(closesAt: Timestamp.string(clock.now.addingTimeInterval(72 * 3600)))
            await #expect(throws: KPCSError.self) {
                try await store.governance.openWrittenProcedure(id, nextDraft, by: g.bwDelegate)
            }
            let opened = try await store.governance.openWrittenProcedure(id, nextDraft, by: g.euDelegate)
            #expect(opened.state == .open && opened.decision.electorate.contains("BW"))
            #expect(!opened.decision.electorate.contains("BE"), "member states are not participants")
        }
    }

    @Test(arguments: TestEngine.all)
    func theDeadlineMustLeaveTimeToAnswer(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.propose().decision.id
            for (text, code) in [
                (Timestamp.string(clock.now.addingTimeInterval(3600)), GovernanceMessage.Code.deadlineTooSoon),
                (Timestamp.string(clock.now.addingTimeInterval(200 * 86_400)), .deadlineTooLate),
                ("next week", .deadlineInvalid),
            ] {
                do {
                    _ = try await store.governance.openWrittenProcedure(
                        id, WrittenProcedureDraft(closesAt: text), by: g.bwDelegate)
                    Issue.record("\(text) was accepted")
                } catch let error as KPCSError {
                    #expect(error.kind == .invalid && error.message.has(code))
                }
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func reasonsAndCommentsAreForTheDeliberationOnly(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(
                id, StanceDraft(position: "objects", reason: "Confidential reasoning"), by: g.aeDelegate)
            _ = try await store.governance.comment(id, CommentDraft(text: "Civil society note"), by: g.wdcObserver)
            for reader in [nil, g.world.bwOfficer] as [Principal?] {
                let seen = try await store.governance.decision(id, for: reader).decision
                #expect(seen.stances.map(\.reason) == [nil] && seen.comments.isEmpty)
                #expect(seen.stances.map(\.position) == [.objects])
            }
            for reader in [g.euDelegate, g.wdcObserver, g.world.admin] {
                let seen = try await store.governance.decision(id, for: reader).decision
                #expect(seen.stances.map(\.reason) == ["Confidential reasoning"] && seen.comments.count == 1)
            }
        }
    }
}
