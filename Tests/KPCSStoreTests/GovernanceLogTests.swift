import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Governance in the public log, on both engines: every proposal, opening, stance, comment, outcome and effect is a
/// leaf; the auditor passes over the exported log holding them; no leaf holds a reason, a comment's text or a
/// username.
@Suite struct GovernanceLogTests {
    @Test(arguments: TestEngine.all)
    func everyStepIsALeafAndTheAuditPasses(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await g.world.issue()
            _ = try await store.monitoring.register(
                ZoneDraft(
                    participant: "AE", code: "AE-A", name: "Zone A",
                    geometry: GeometryDraft(type: "Point", coordinates: .list([.number(55.3), .number(25.2)]))),
                by: g.world.admin)
            let id = try await g.openProcedure(
                "Suspend AE", effect: DecisionEffectDraft(kind: "suspend", participant: "AE", exportZones: ["AE-A"]))
            _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            _ = try await store.governance.recordStance(
                id, StanceDraft(position: "objects", reason: "A-secret-reason"), by: g.aeDelegate)
            _ = try await store.governance.recordStance(
                id, StanceDraft(position: "no-objection", reason: "B-secret-reason"), by: g.aeDelegate)
            _ = try await store.governance.comment(id, CommentDraft(text: "C-secret-comment"), by: g.wdcObserver)
            clock.advance(seconds: 49 * 3600)
            try await store.governance.closeDue()
            let entries = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            let events = entries.compactMap { text -> String? in
                guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)) else { return nil }
                return members["event"]?.stringValue
            }
            #expect(
                events.filter { !$0.hasPrefix("key.") && !$0.hasPrefix("certificate.") } == [
                    "chair.set", "zone.registered", "decision.proposed", "decision.opened", "decision.stance",
                    "decision.stance",
                    "decision.stance", "decision.comment", "participant.status", "decision.closed",
                ])
            for secret in ["A-secret-reason", "B-secret-reason", "C-secret-comment", "eu-delegate", "wdc-observer"] {
                #expect(!entries.contains { $0.contains(secret) }, "\(secret) is in the log")
            }
            let closed = try #require(entries.last)
            #expect(closed.contains("\"outcome\":\"adopted\"") && closed.contains("Administrative Decision 1"))
            let proposed = try #require(entries.first { $0.contains("decision.proposed") })
            let decision = try await store.governance.decision(id, for: nil).decision
            #expect(proposed.contains(DecisionTextHash.of(decision)))

            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aDirectStatusChangeIsALeafThatNamesNoDecision(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .suspended, reason: "Correction of the record", effectiveOn: nil, by: world.admin)
            let last = try #require(try await store.log.entries(from: 0, limit: 1000).last)
            let text = String(decoding: last.data, as: UTF8.self)
            #expect(text.contains("\"event\":\"participant.status\"") && text.contains("\"status\":\"suspended\""))
            #expect(!text.contains("decision") && !text.contains("Correction of the record"))
            #expect(LogEntrySchema.problem(in: last.data) == nil)
        }
    }
}
