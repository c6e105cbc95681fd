import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Participation through the store, on both engines: a candidate's application, the CPC's review by its chair's
/// delegate, and the decision that admits it, with where the application stands computed at each step.
@Suite struct ApplicationStoreTests {
    static let draft = ApplicationDraft(
        candidate: "AE", letterEn: "The United Arab Emirates apply to take part in the scheme.",
        contacts: [ContactDraft(name: "Demo Contact", function: "KP focal point", email: "kp@example.org")])

    @Test(arguments: TestEngine.all)
    func aCandidateAppliesTheCPCReviewsAndADecisionAdmitsIt(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            // Not a candidate yet: AE is active.
            await #expect(throws: KPCSError.self) {
                try await store.governance.submitApplication(Self.draft, by: g.world.admin)
            }
            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Withdrew and applies again", effectiveOn: nil, by: g.world.admin)
            for who in [g.euDelegate, g.world.bwOfficer, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.submitApplication(Self.draft, by: who)
                }
            }
            #expect(try await store.governance.applications(page: try PageRequest(), for: nil).total == 0)
            do {
                _ = try await store.governance.submitApplication(
                    ApplicationDraft(candidate: "AE", contacts: [ContactDraft(email: "not an address")]),
                    by: g.aeDelegate)
                Issue.record("a bad application was recorded")
            } catch let error as KPCSError {
                #expect(
                    error.violations.map(\.pointer).sorted() == ["/contacts/0/email", "/contacts/0/name", "/letterEn"])
            }
            let submitted = try await store.governance.submitApplication(Self.draft, by: g.aeDelegate)
            let id = submitted.application.id
            #expect(submitted.state == .submitted && submitted.application.contacts.count == 1)
            await #expect(throws: KPCSError.self, "one under way at a time") {
                try await store.governance.submitApplication(Self.draft, by: g.world.admin)
            }
            let public_ = try await store.governance.application(id, for: nil).application
            #expect(public_.letterEn == nil && public_.contacts.isEmpty, "the letter is for the deliberation")
            #expect(try await store.governance.application(id, for: g.wdcObserver).application.letterEn != nil)

            // The CPC's chair (ZA from today) reviews; another delegate is refused.
            let today = CalendarDate(utcDayOf: clock.now).description
            _ = try await store.governance.addSeat(
                to: "CPC", SeatDraft(holderKind: "participant", code: "ZA", role: "chair", startsOn: today),
                by: g.world.admin)
            let za = try await Self.delegate(store, "ZA")
            let review = ReviewDraft(
                recommendation: "admit", textEn: "It meets the minimum requirements.",
                textFr: "Il satisfait aux exigences minimales.")
            await #expect(throws: KPCSError.self) {
                try await store.governance.reviewApplication(id, review, by: g.bwDelegate)
            }
            #expect(try await store.governance.application(id, for: nil).state == .submitted)
            let reviewed = try await store.governance.reviewApplication(id, review, by: za)
            #expect(reviewed.state == .reviewed && reviewed.application.review?.recommendation == .admit)

            // The decision admits it: before the participants while open, admitted once adopted, trading at once.
            let decision = try await g.openProcedure(
                "Admit AE", effect: DecisionEffectDraft(kind: "admit", participant: "AE"))
            #expect(try await store.governance.application(id, for: nil).state == .beforeDecision)
            _ = try await store.governance.recordStance(decision, StanceDraft(position: "supports"), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            let read = try await store.governance.application(id, for: nil)
            #expect(read.state == .admitted && read.decisions == [decision], "computed when read, before any closing")
            try await store.governance.closeDue()
            #expect(try await store.registry.participant("AE")?.status == .active)

            let entries = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            #expect(
                entries.contains {
                    $0.contains("\"event\":\"application.submitted\"") && $0.contains("\"participant\":\"AE\"")
                })
            #expect(
                entries.contains {
                    $0.contains("\"event\":\"application.reviewed\"") && $0.contains("\"recommendation\":\"admit\"")
                })
            for secret in ["kp@example.org", "Demo Contact", "minimum requirements", "apply to take part"] {
                #expect(!entries.contains { $0.contains(secret) }, "\(secret) is in the log")
            }
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aDecisionNotAdoptedLeavesTheApplicationNotAdmitted(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies", effectiveOn: nil, by: g.world.admin)
            let id = try await store.governance.submitApplication(Self.draft, by: g.world.admin).application.id
            let decision = try await g.openProcedure(
                "Admit AE", effect: DecisionEffectDraft(kind: "admit", participant: "AE"))
            _ = try await store.governance.recordStance(
                decision, StanceDraft(position: "objects", reason: "Not yet."), by: g.euDelegate)
            clock.advance(seconds: 49 * 3600)
            #expect(try await store.governance.application(id, for: nil).state == .notAdmitted)
            // No longer under way: the candidate may apply again.
            _ = try await store.governance.submitApplication(Self.draft, by: g.world.admin)
        }
    }

    static func delegate(_ store: Store, _ code: String) async throws -> Principal {
        let username = "\(code.lowercased())-delegate"
        let account = try await store.accounts.create(
            username: username, password: Fixture.password, role: .delegate, authorityId: nil, participantCode: code)
        return Principal(accountId: account.id, username: username, role: .delegate, authority: nil, delegation: code)
    }
}
