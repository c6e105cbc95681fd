import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Peer reviews on both engines: a mission sent by an adopted decision, its recommendations made one by one and from
/// a CSV (all or none), a timeline written by the owner, a sign-off refused without evidence and accepted with it,
/// the status and overdue flag computed when read, and every step a public leaf without its notes.
@Suite struct PeerReviewStoreTests {
    @Test(arguments: TestEngine.all)
    func aMissionsRecommendationClosesWithEvidenceAndASignOff(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            let decision = try await g.openProcedure("Send a review mission to AE")
            _ = try await store.governance.recordStance(decision, StanceDraft(position: "supports"), by: g.euDelegate)
            let draft = PeerReviewDraft(
                participant: "AE", kind: "mission", startsOn: today.description,
                endsOn: today.adding(days: 4).description,
                team: [
                    .init(holderKind: "participant", code: "EU", role: "leader"),
                    .init(holderKind: "organisation", code: "WDC", role: "member"),
                ],
                decision: decision)
            #expect(
                await refusalCodes { _ = try await store.monitoring.recordPeerReview(draft, by: g.world.admin) }
                    == ["/decision review-decision-not-adopted"], "the decision is still open")
            clock.advance(seconds: 49 * 3600)
            try await store.governance.closeDue()
            #expect(
                await refusalCodes { _ = try await store.monitoring.recordPeerReview(draft, by: g.aeDelegate) }
                    == ["only-monitoring-records-reviews"])
            let leavesBefore = try await store.log.entries(from: 0, limit: 10_000).count
            let review = try await store.monitoring.recordPeerReview(draft, by: g.world.admin)
            #expect(review.decisionNumber != nil && review.team.count == 2)

            #expect(
                await refusalCodes {
                    _ = try await store.monitoring.makeRecommendation(
                        review: review.id,
                        RecommendationDraft(textEn: "x", textFr: "x", owner: "AE", deadline: "2027-01-01"),
                        by: g.bwDelegate)
                } == ["only-reviewers-make-recommendations"])
            let made = try await store.monitoring.makeRecommendation(
                review: review.id,
                RecommendationDraft(
                    textEn: "Publish the hub's valuation rules.", textFr: "Publier les règles d'évaluation.",
                    owner: "ae", deadline: today.adding(days: 30).description),
                by: g.euDelegate)
            #expect(made.number == 1 && made.status == .open && made.owner == "AE")

            let refusedCSV = await refusalCodes {
                _ = try await store.monitoring.importRecommendations(
                    review: review.id,
                    csv: "owner,deadline,text_en,text_fr\nAE,2027-01-01,One,Un\nXX,2027-01-01,Two,Deux\n",
                    by: g.euDelegate)
            }
            #expect(refusedCSV == ["/csv/3/owner recommendation-owner-unknown"], "\(refusedCSV)")
            let (importedMade, unchanged) = try await store.monitoring.importRecommendations(
                review: review.id,
                csv:
                    "number,owner,deadline,text_en,text_fr\n1,AE,2027-01-01,kept,kept\n"
                    + ",WGM,2026-01-01,\"Review, yearly\",Revoir\n",
                by: g.wdcObserver)
            let importedNumbers = importedMade.map(\.number)
            let importedOverdue = importedMade.first?.isOverdue(today: today) ?? false
            #expect(importedNumbers == [2] && unchanged == 1)
            #expect(importedOverdue, "a deadline in the past is overdue when read")

            try await Self.writeTimeline(of: made.id, on: g, today: today)
            let (_, readRecommendations) = try await store.monitoring.peerReview(review.id)
            let statuses = readRecommendations.map(\.status)
            #expect(statuses == [.implemented, .open])
            #expect(
                try await store.monitoring.peerReviews(
                    participant: "AE", page: try PageRequest(page: nil, perPage: nil)
                ).total == 1)

            let leaves = try await store.log.entries(from: UInt64(leavesBefore), limit: 10_000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            #expect(leaves.filter { $0.contains("\"review.recorded\"") }.count == 1)
            #expect(leaves.filter { $0.contains("\"recommendation.made\"") }.count == 2)
            #expect(leaves.filter { $0.contains("\"recommendation.entry\"") }.count == 3)
            #expect(!leaves.contains { $0.contains("E-secret") || $0.contains("Draft rules") })
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    /// The owner's progress and evidence, a sign-off refused without evidence and from the reviewed participant,
    /// then accepted from a reviewer, after which the timeline is closed.
    static func writeTimeline(of id: Int64, on g: GovernanceFixture, today: CalendarDate) async throws {
        let store = g.store
        #expect(
            await refusalCodes {
                _ = try await store.monitoring.addRecommendationEntry(
                    id, RecommendationEventDraft(kind: "progress", progress: 50), by: g.euDelegate)
            } == ["only-owner-reports-progress"])
        _ = try await store.monitoring.addRecommendationEntry(
            id, RecommendationEventDraft(kind: "progress", note: "Draft rules out.", progress: 50), by: g.aeDelegate)
        #expect(
            await refusalCodes {
                _ = try await store.monitoring.addRecommendationEntry(
                    id, RecommendationEventDraft(kind: "sign-off", outcome: "implemented"), by: g.euDelegate)
            } == ["recommendation-sign-off-needs-evidence"])
        #expect(
            await refusalCodes {
                _ = try await store.monitoring.addRecommendationEntry(
                    id, RecommendationEventDraft(kind: "sign-off", outcome: "implemented"), by: g.aeDelegate)
            } == ["only-reviewers-sign-off"])
        _ = try await store.monitoring.addRecommendationEntry(
            id, RecommendationEventDraft(kind: "evidence", note: "E-secret: the gazette of 1 May."),
            by: g.world.aeOfficer)
        let closed = try await store.monitoring.addRecommendationEntry(
            id, RecommendationEventDraft(kind: "sign-off", outcome: "implemented"), by: g.euDelegate)
        #expect(closed.status == .implemented && !closed.isOverdue(today: today.adding(days: 60)))
        #expect(closed.events.map(\.kind) == [.made, .progress, .evidence, .signOff])
        #expect(
            await refusalCodes {
                _ = try await store.monitoring.addRecommendationEntry(
                    id, RecommendationEventDraft(kind: "progress", progress: 90), by: g.aeDelegate)
            } == ["recommendation-closed"])

    }
}
