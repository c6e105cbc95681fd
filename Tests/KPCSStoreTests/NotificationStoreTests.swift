import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import SQLKit
import Testing

/// Notifications through the store, on both engines: who gets each, once, in the transaction of what it announces.
@Suite struct NotificationStoreTests {
    static func kinds(_ store: Store, _ who: Principal) async throws -> [NotificationKind] {
        try await store.notifications.page(for: who, page: try PageRequest()).result.items.map(\.kind)
    }

    @Test(arguments: TestEngine.all)
    func openingNotifiesTheElectoratesDelegatesAndTheObserversOnce(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.propose().decision.id
            // A refused opening writes nothing.
            await #expect(throws: KPCSError.self) {
                try await store.governance.openWrittenProcedure(
                    id, WrittenProcedureDraft(closesAt: "soon"), by: g.bwDelegate)
            }
            #expect(try await Self.kinds(store, g.euDelegate).isEmpty)
            _ = try await store.governance.openWrittenProcedure(
                id, WrittenProcedureDraft(closesAt: Timestamp.string(clock.now.addingTimeInterval(72 * 3600))),
                by: g.bwDelegate)
            for who in [g.bwDelegate, g.euDelegate, g.aeDelegate, g.wdcObserver] {
                #expect(try await Self.kinds(store, who) == [.procedureOpened], "\(who.username)")
            }
            for who in [g.world.bwOfficer, g.world.admin, g.world.observer] {
                #expect(try await Self.kinds(store, who).isEmpty, "\(who.username) is not a recipient")
            }
            let text = try #require(
                try await store.notifications.page(for: g.euDelegate, page: try PageRequest()).result.items.first)
            #expect(text.text(in: .en).hasPrefix("Written procedure opened: Budget 2027. Deadline "))
            #expect(text.text(in: .fr).hasPrefix("Procédure écrite ouverte : Budget 2027 (fr). Échéance le "))
        }
    }

    @Test(arguments: TestEngine.all)
    func remindersGoOnceToTheDelegatesWhoseParticipantHasNotAnswered(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure(hours: 72)
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            #expect(try await store.notifications.remindDeadlines() == 0, "72 hours ahead is outside the window")
            clock.advance(seconds: 30 * 3600)
            #expect(try await store.notifications.remindDeadlines() == 2)
            #expect(try await store.notifications.remindDeadlines() == 0, "once")
            #expect(try await Self.kinds(store, g.aeDelegate) == [.deadlineSoon, .procedureOpened])
            #expect(try await Self.kinds(store, g.euDelegate) == [.procedureOpened])
            #expect(try await Self.kinds(store, g.wdcObserver) == [.procedureOpened])
        }
    }

    @Test(arguments: TestEngine.all)
    func theOutcomeIsAnnouncedInTheClosingsTransaction(engine: TestEngine) async throws {
        let clock = TestClock()
        let failing = Flag()
        try await withTestStore(
            engine, clock: clock,
            configure: { configuration in
                configuration.closingFault = { step in
                    if step == .outcomeWritten, failing.isSet {
                        throw KPCSError(kind: .internalError, message: LocalizedMessage(ServiceMessage.internalError))
                    }
                }
            }
        ) { store in
            let g = try await GovernanceFixture.make(store)
            let id = try await g.openProcedure()
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            failing.set(true)
            await #expect(throws: KPCSError.self) { try await store.governance.closeDue() }
            #expect(try await Self.kinds(store, g.aeDelegate) == [.procedureOpened])
            failing.set(false)
            try await store.governance.closeDue()
            #expect(try await Self.kinds(store, g.aeDelegate) == [.decisionAdopted, .procedureOpened])
            let before = try await store.notifications.page(for: g.aeDelegate, page: try PageRequest())
            #expect(
                before.unread == 2
                    && before.result.items.first?.text(in: .en).contains("Administrative Decision 1") == true)
            try await store.notifications.markAllRead(for: g.aeDelegate)
            #expect(try await store.notifications.page(for: g.aeDelegate, page: try PageRequest()).unread == 0)
            #expect(try await store.notifications.page(for: g.euDelegate, page: try PageRequest()).unread == 2)
        }
    }
}
