import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Mining zones on both engines: registered by their participant with a public leaf, their status set by adopted
/// decisions only, and the issue rules that read them in the issuing transaction.
@Suite struct MiningZoneStoreTests {
    static func point(_ longitude: Double, _ latitude: Double) -> GeometryDraft {
        GeometryDraft(type: "Point", coordinates: .list([.number(longitude), .number(latitude)]))
    }

    static func register(_ code: String, on g: GovernanceFixture) async throws -> MiningZone {
        try await g.store.monitoring.register(
            ZoneDraft(participant: "BW", code: code, name: "Zone \(code)", geometry: point(24.7, -24.8)),
            by: g.world.bwOfficer)
    }

    /// Proposes, supports and adopts a decision with this effect, 49 hours on.
    static func adopt(_ effect: DecisionEffectDraft, on g: GovernanceFixture, clock: TestClock) async throws {
        let id = try await g.openProcedure("Effect \(effect.kind ?? "")", effect: effect)
        _ = try await g.store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
        clock.advance(seconds: 49 * 3600)
        try await g.store.governance.closeDue()
        let closing = try await g.store.governance.decision(id, for: nil).decision.closing
        #expect(closing?.outcome == .adopted && closing?.effect == .applied, "\(effect)")
    }

    static func refusal(_ draft: CertificateDraft, on g: GovernanceFixture) async -> [String] {
        do {
            _ = try await g.store.certificates.issue(draft, by: g.world.bwOfficer)
            return []
        } catch let error as KPCSError {
            return error.violations.map { "\($0.pointer) \($0.message.key.code)" }
        } catch { return ["\(error)"] }
    }

    @Test(arguments: TestEngine.all)
    func zonesAreTheParticipantsAndTheirStatusComesFromDecisions(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let leavesBefore = try await store.log.entries(from: 0, limit: 10_000).count
            await #expect(throws: KPCSError.self) {
                try await store.monitoring.register(
                    ZoneDraft(participant: "BW", code: "BW-ORAPA", name: "Orapa", geometry: Self.point(25.4, -21.3)),
                    by: g.world.aeOfficer)
            }
            #expect(try await store.monitoring.zones(of: "BW").isEmpty, "a refusal writes nothing")
            #expect(try await store.log.entries(from: 0, limit: 10_000).count == leavesBefore)
            let jwaneng = try await Self.register("BW-JWANENG", on: g)
            #expect(jwaneng.history.isEmpty && jwaneng.status(on: CalendarDate(utcDayOf: clock.now)) == nil)
            await #expect(throws: KPCSError.self) { _ = try await Self.register("BW-JWANENG", on: g) }
            _ = try await Self.register("BW-ORAPA", on: g)

            // Rough of Botswana's own origin now names its zone.
            #expect(await Self.refusal(g.world.draft(), on: g) == ["/originZone origin-zone-required"])
            var draft = g.world.draft()
            draft.originZone = "bw-jwaneng"
            let issued = try await store.certificates.issue(draft, by: g.world.bwOfficer)
            #expect(issued.certificate.originZone == "BW-JWANENG")
            let seal = try Seal.parse(try #require(issued.seal))
            #expect(seal.claims.originZone == "BW-JWANENG")
            let read = try await store.certificates.certificate(issued.certificate.number, for: g.world.bwOfficer)
            #expect(read.certificate.originZone == "BW-JWANENG")

            try await Self.adopt(
                DecisionEffectDraft(kind: "set-zone-status", zone: "BW-ORAPA", zoneStatus: "non-compliant"), on: g,
                clock: clock)
            let orapa = try await store.monitoring.zone("BW-ORAPA")
            #expect(orapa.status(on: CalendarDate(utcDayOf: clock.now)) == .nonCompliant)
            #expect(orapa.history.first?.decisionNumber.isEmpty == false)
            draft.originZone = "BW-ORAPA"
            #expect(await Self.refusal(draft, on: g) == ["/originZone zone-non-compliant"])

            let entries = try await store.log.entries(from: 0, limit: 10_000)
            let texts = entries.map { String(decoding: $0.data, as: UTF8.self) }
            #expect(texts.filter { $0.contains("\"zone.registered\"") }.count == 2)
            #expect(texts.contains { $0.contains("\"zone.status\"") && $0.contains("\"non-compliant\"") })
            for entry in entries { #expect(LogEntrySchema.problem(in: entry.data) == nil) }
        }
    }

    @Test(arguments: TestEngine.all)
    func aSuspendedParticipantExportsFromItsListedCompliantZoneOnly(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await Self.register("BW-A", on: g)
            _ = try await Self.register("BW-B", on: g)
            let unknown = await #expect(throws: KPCSError.self) {
                _ = try await g.propose(
                    "Suspend BW", effect: DecisionEffectDraft(kind: "suspend", participant: "BW", exportZones: ["BW-Z"])
                )
            }
            #expect(unknown?.violations.map(\.pointer) == ["/effect/exportZones/0"])
            try await Self.adopt(
                DecisionEffectDraft(kind: "set-zone-status", zone: "BW-A", zoneStatus: "compliant"), on: g,
                clock: clock)
            try await Self.adopt(
                DecisionEffectDraft(kind: "suspend", participant: "BW", exportZones: ["bw-a", "BW-B"]), on: g,
                clock: clock)
            #expect(try await store.registry.participant("BW")?.status == .suspended)
            var draft = g.world.draft()
            draft.originZone = "BW-A"
            let accepted = try await store.certificates.issue(draft, by: g.world.bwOfficer)
            #expect(accepted.certificate.originZone == "BW-A")
            draft.originZone = "BW-B"
            #expect(await Self.refusal(draft, on: g) == ["/originZone zone-not-exportable"], "not reviewed")
            var mixed = g.world.draft()
            mixed.origin = .mixed(["BW", "ZA"])
            #expect(await Self.refusal(mixed, on: g) == ["/exportingParticipant suspended-except-zones"])
        }
    }
}
