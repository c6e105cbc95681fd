import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import SQLKit
import Testing

/// The effects of adoption, on both engines: they take hold in the closing's transaction, the next issue sees them
/// whether or not the job ran, and a failure in the middle leaves neither outcome nor effect.
@Suite struct DecisionEffectTests {
    @Test(arguments: TestEngine.all)
    func aSuspensionMakesTheNextIssueToThatParticipantFail(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let before = try await g.world.issue().certificate
            let id = try await g.openProcedure(
                "Suspend the EU", effect: DecisionEffectDraft(kind: "suspend", participant: "EU", exportZones: []))
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.bwDelegate)
            _ = try await g.world.issue()
            clock.advance(seconds: 49 * 3600)
            // No closing job ran: the issue itself closes the decision first, and is refused.
            do {
                _ = try await g.world.issue()
                Issue.record("an issue to a suspended participant succeeded")
            } catch let error as KPCSError {
                #expect(error.detail(in: .en).contains("EU is suspended"))
            }
            #expect(try await store.registry.participant("EU")?.status == .suspended)
            let history = try await store.registry.statusHistory(of: "EU")
            #expect(history.last?.status == .suspended && history.last?.decisionNumber?.hasSuffix("Decision 1") == true)
            // A certificate issued before the suspension stays valid: its importer may still record the receipt.
            let confirmed = try await store.certificates.confirm(
                before.number, Fixture.exactReceipt(of: before, on: CalendarDate(utcDayOf: clock.now).description),
                by: g.world.euOfficer)
            #expect(confirmed.certificate.state == .confirmed)
        }
    }

    @Test(arguments: TestEngine.all)
    func anAdmissionLetsTheNewParticipantTradeAtOnce(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applied again", effectiveOn: nil, by: g.world.admin)
            var toAE = g.world.draft()
            toAE.importingParticipant = "AE"
            toAE.importerId = g.world.aeCompany.id
            await #expect(throws: KPCSError.self) { try await store.certificates.issue(toAE, by: g.world.bwOfficer) }
            let id = try await g.openProcedure(
                "Admit AE", effect: DecisionEffectDraft(kind: "admit", participant: "AE"))
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            let issued = try await store.certificates.issue(toAE, by: g.world.bwOfficer)
            #expect(issued.certificate.importingParticipant == "AE")
            let closed = try await store.governance.decision(id, for: nil).decision.closing
            #expect(closed?.outcome == .adopted && closed?.effect == .applied)
        }
    }

    @Test(arguments: TestEngine.all)
    func aFailureInTheMiddleLeavesNeitherTheOutcomeNorTheEffect(engine: TestEngine) async throws {
        let clock = TestClock()
        let failing = Flag()
        try await withTestStore(
            engine, clock: clock,
            configure: { configuration in
                configuration.closingFault = { step in
                    if step == .effectApplied, failing.isSet {
                        throw KPCSError(kind: .internalError, message: LocalizedMessage(ServiceMessage.internalError))
                    }
                }
            }
        ) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure(
                "Suspend the EU", effect: DecisionEffectDraft(kind: "suspend", participant: "EU"))
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.bwDelegate)
            let logSize = try await store.log.size()
            clock.advance(seconds: 49 * 3600)
            failing.set(true)
            await #expect(throws: KPCSError.self) { try await store.governance.closeDue() }
            #expect(try await store.registry.participant("EU")?.status == .active)
            let read = try await store.governance.decision(id, for: nil)
            #expect(read.decision.closing == nil && read.state == .adopted)
            #expect(try await store.log.size() == logSize)
            let claimed = try await store.database.read { db in
                try await db.raw("SELECT closed_at FROM decisions WHERE id = \(bind: id)").first()?
                    .decode(column: "closed_at", as: String?.self)
            }
            #expect(claimed == nil)
            failing.set(false)
            #expect(try await store.governance.closeDue() == [id])
            #expect(try await store.registry.participant("EU")?.status == .suspended)
        }
    }

    @Test(arguments: TestEngine.all)
    func chairEffectsWriteTheChairTable(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            let elect = try await g.openProcedure(
                "Vice-Chair", effect: DecisionEffectDraft(kind: "elect-vice-chair", participant: "AE", year: year))
            let none = try await g.openProcedure(
                "No Chair next-but-one year", effect: DecisionEffectDraft(kind: "set-chair", year: year + 2))
            for id in [elect, none] {
                _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.bwDelegate)
            }
            clock.advance(seconds: 49 * 3600)
            try await store.governance.closeDue()
            let table = try await store.governance.chairTable()
            let row = table.first { $0.year == year }
            #expect(row?.chair == "BW" && row?.viceChair == "AE" && row?.decisionId == elect)
            #expect(try await store.governance.chair(of: year + 1) == "AE")
            #expect(try await store.governance.chair(of: year + 2) == nil)
        }
    }

    @Test(arguments: TestEngine.all)
    func anEffectThatNoLongerHoldsLapses(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure(
                "Suspend AE", effect: DecisionEffectDraft(kind: "suspend", participant: "AE"))
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.bwDelegate)
            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .withdrawn, reason: "Left the scheme", effectiveOn: nil, by: g.world.admin)
            clock.advance(seconds: 49 * 3600)
            try await store.governance.closeDue()
            let closing = try await store.governance.decision(id, for: nil).decision.closing
            #expect(closing?.outcome == .adopted && closing?.effect == .lapsed)
            #expect(try await store.registry.participant("AE")?.status == .withdrawn)
        }
    }

    @Test(arguments: TestEngine.all)
    func aProposalWhoseEffectCannotApplyIsRefused(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let g = try await GovernanceFixture.make(store)
            for (effect, code) in [
                (DecisionEffectDraft(kind: "admit", participant: "BW"), GovernanceMessage.Code.effectStatusWrong),
                (DecisionEffectDraft(kind: "suspend", participant: "BE"), .effectMemberState),
                (DecisionEffectDraft(kind: "expel", participant: "BW"), .effectKindUnknown),
                (DecisionEffectDraft(kind: "set-chair", participant: "BW", year: 1990), .effectYearOutOfRange),
            ] {
                do {
                    _ = try await g.propose("Bad", effect: effect)
                    Issue.record("\(effect) was accepted")
                } catch let error as KPCSError {
                    #expect(error.violations.contains { $0.message.has(code) }, "\(effect): \(error)")
                }
            }
        }
    }
}

extension DecisionEffectTests {
    /// Two stores with their own pools on one PostgreSQL database, as two `kpcs serve` processes, close the same
    /// due decisions at once while issues run: each decision is closed once, its effect applied once, the numbers
    /// follow one another with no gap and no twin.
    @Test(arguments: TestEngine.all.filter { $0 == .postgres })
    func twoProcessesClosingAtOnceCloseEachDecisionOnce(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { first in
            let g = try await GovernanceFixture.make(first)
            var ids: [Int64] = []
            for index in 0..<6 {
                let id = try await g.openProcedure("Decision \(index)")
                _ = try await first.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
                ids.append(id)
            }
            let suspension = try await g.openProcedure(
                "Suspend AE", effect: DecisionEffectDraft(kind: "suspend", participant: "AE"))
            _ = try await first.governance.recordStance(suspension, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            let location = try #require(TestLocation.current)
            let second = try await Store.open(location, configuration: first.configuration, logger: first.logger)
            let closed = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for index in 0..<8 {
                    let store = index % 2 == 0 ? first : second
                    group.addTask { try await store.governance.closeDue() }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            await second.close()
            #expect(closed.sorted() == (ids + [suspension]).sorted(), "each closed by exactly one call")
            var numbers: [String] = []
            for id in ids + [suspension] {
                numbers.append(try #require(try await first.governance.decision(id, for: nil).decision.closing?.number))
            }
            let year = CalendarDate(utcDayOf: clock.now).year
            #expect(Set(numbers) == Set((1...7).map { "KP/\(year)/WP/Administrative Decision \($0)" }))
            #expect(try await first.registry.statusHistory(of: "AE").filter { $0.decisionId != nil }.count == 1)
        }
    }
}

/// A flag the test flips while the store's fault seam reads it.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set(_ newValue: Bool) { lock.withLock { value = newValue } }
}
