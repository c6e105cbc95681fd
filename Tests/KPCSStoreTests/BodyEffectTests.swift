import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// The body effects of adopted decisions, on both engines: a body set up, its chair appointed, its terms of
/// reference adopted and the body dissolved, each in the closing's transaction with its public leaf; refused
/// when proposed against the bodies as they stand; lapsed when the condition no longer holds at adoption.
@Suite struct BodyEffectTests {
    static func adopt(
        _ g: GovernanceFixture, _ clock: TestClock, _ effects: [DecisionEffectDraft]
    ) async throws
        -> [Int64]
    {
        var ids: [Int64] = []
        for (index, effect) in effects.enumerated() {
            let id = try await g.openProcedure("Body decision \(index)", effect: effect)
            _ = try await g.store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
            ids.append(id)
        }
        clock.advance(seconds: 49 * 3600)
        try await g.store.governance.closeDue()
        return ids
    }

    @Test(arguments: TestEngine.all)
    func aBodyIsSetUpChairedGivenItsTermsAndDissolvedByDecisions(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let setUp = try await Self.adopt(
                g, clock,
                [
                    DecisionEffectDraft(
                        kind: "establish-body", body: "ahcrr", bodyKind: "ad-hoc",
                        nameEn: "Ad Hoc Committee on Review and Reform",
                        nameFr: "Comité ad hoc chargé de la réforme et de l'examen")
                ])
            let adoptedOn = CalendarDate(utcDayOf: clock.now)
            var body = try await store.governance.workingBody("AHCRR", for: nil)
            #expect(body.kind == .adHoc && body.establishedOn == adoptedOn && body.establishedBy == setUp.first)
            #expect(try await store.governance.decision(setUp[0], for: nil).decision.closing?.effect == .applied)

            let later = try await Self.adopt(
                g, clock,
                [
                    DecisionEffectDraft(kind: "appoint-body-chair", participant: "ZA", body: "AHCRR"),
                    DecisionEffectDraft(
                        kind: "appoint-body-chair", body: "AHCRR", organisation: "WDC", role: "vice-chair"),
                    DecisionEffectDraft(
                        kind: "adopt-terms-of-reference", body: "AHCRR", textEn: "Review the scheme by 2026.",
                        textFr: "Examiner le Processus d'ici 2026."),
                ])
            let appointedOn = CalendarDate(utcDayOf: clock.now)
            body = try await store.governance.workingBody("AHCRR", for: nil)
            #expect(body.holder(of: .chair, on: appointedOn) == .participant("ZA"))
            #expect(body.holder(of: .viceChair, on: appointedOn) == .organisation("WDC"))
            #expect(body.seats.first { $0.role == .chair }?.decisionId == later[0])
            #expect(body.termsOfReference?.textFr == "Examiner le Processus d'ici 2026.")
            #expect(body.termsOfReference?.decisionId == later[2] && body.termsOfReference?.adoptedOn == appointedOn)

            let ended = try await Self.adopt(g, clock, [DecisionEffectDraft(kind: "dissolve-body", body: "AHCRR")])
            let dissolvedOn = CalendarDate(utcDayOf: clock.now)
            body = try await store.governance.workingBody("AHCRR", for: nil)
            #expect(body.dissolvedOn == dissolvedOn && body.dissolvedBy == ended.first)
            #expect(body.seats.allSatisfy { $0.endsOn == dissolvedOn } && body.seats(on: dissolvedOn).isEmpty)

            let entries = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            func events(_ name: String) -> [String] { entries.filter { $0.contains("\"event\":\"\(name)\"") } }
            #expect(events("body.established").count == 1 && events("body.dissolved").count == 1)
            #expect(
                events("body.terms").first?.contains(
                    BilingualTextHash.of(
                        textEn: "Review the scheme by 2026.", textFr: "Examiner le Processus d'ici 2026."))
                    == true)
            let seats = events("body.seat")
            #expect(seats.count == 4, "two appointed, two ended by the dissolution")
            #expect(seats.prefix(2).allSatisfy { $0.contains("\"number\":\"KP/") })
            #expect(!entries.contains { $0.contains("Review the scheme") }, "the log holds the terms' hash only")
            let proposed = events("decision.proposed")
            #expect(proposed.contains { $0.contains("\"body\":\"AHCRR\"") && $0.contains("\"subject\":\"ZA\"") })
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodyEffectIsCheckedWhenProposedAndLapsesWhenItNoLongerHolds(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let refused: [(DecisionEffectDraft, String)] = [
                (
                    DecisionEffectDraft(
                        kind: "establish-body", body: "WGS", bodyKind: "ad-hoc", nameEn: "A", nameFr: "B"),
                    "/effect/body"
                ),
                (
                    DecisionEffectDraft(kind: "establish-body", body: "x", bodyKind: "chair", nameEn: "A"),
                    "/effect/body"
                ),
                (DecisionEffectDraft(kind: "dissolve-body", body: "CHAIR"), "/effect/body"),
                (DecisionEffectDraft(kind: "dissolve-body", body: "NOPE"), "/effect/body"),
                (DecisionEffectDraft(kind: "dissolve-body"), "/effect/body"),
                (
                    DecisionEffectDraft(
                        kind: "appoint-body-chair", participant: "ZA", body: "WGM", organisation: "WDC"),
                    "/effect/participant"
                ),
                (
                    DecisionEffectDraft(kind: "appoint-body-chair", participant: "BE", body: "WGM"),
                    "/effect/participant"
                ),
                (
                    DecisionEffectDraft(kind: "appoint-body-chair", participant: "ZA", body: "WGM", role: "member"),
                    "/effect/role"
                ),
                (
                    DecisionEffectDraft(kind: "adopt-terms-of-reference", body: "WGM", textEn: "Only English"),
                    "/effect/textFr"
                ),
            ]
            for (effect, pointer) in refused {
                do {
                    _ = try await g.propose("Refused", effect: effect)
                    Issue.record("proposed: \(effect)")
                } catch let error as KPCSError {
                    #expect(error.violations.map(\.pointer).contains(pointer), "\(effect): \(error.violations)")
                }
            }
            let codes = try await store.governance.decisions(page: try PageRequest(), for: nil).total
            #expect(codes == 0, "nothing refused was written")

            // Two decisions set up the same code: the first adopted applies, the second lapses.
            let twice = DecisionEffectDraft(
                kind: "establish-body", body: "MTCAR", bodyKind: "ad-hoc", nameEn: "Monitoring Team on the CAR",
                nameFr: "Équipe de suivi de la RCA")
            let ids = try await Self.adopt(g, clock, [twice, twice])
            let results = try await [ids[0], ids[1]].asyncMap {
                try await store.governance.decision($0, for: nil).decision.closing?.effect
            }
            #expect(results == [.applied, .lapsed])
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async throws -> [T] {
        var values: [T] = []
        for element in self { values.append(try await transform(element)) }
        return values
    }
}
