import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// Trade statistics, the mirror check and production reports, on a hand-made example whose every figure is
/// worked out below.
@Suite struct StatisticsStoreTests {
    /// 2026-03-10 12:00 UTC: every certificate of the example is issued and answered in 2026-Q1.
    static let day = Date(timeIntervalSince1970: 1_773_144_000)
    static let carats: Int64 = 123_456 + 50_001
    static let value: Int64 = 98_765_400 + 1_000_000_01

    /// Six BW → EU certificates: confirmed (Antwerp), discrepancy (Frankfurt), refused, voided, still issued, expired.
    static func makeExample(_ store: Store, clock: TestClock) async throws -> (world: Fixture, numbers: [String]) {
        let world = try await Fixture.make(store)
        var numbers: [String] = []
        for _ in 0..<5 { numbers.append(try await world.issue().certificate.number) }
        numbers.append(
            try await store.certificates.issue(world.draft(expiresOn: "2026-03-12"), by: world.bwOfficer).certificate
                .number)
        let first = try await store.certificates.certificate(numbers[0], for: world.admin).certificate
        _ = try await store.certificates.confirm(
            numbers[0], Fixture.exactReceipt(of: first, on: "2026-03-10"), by: world.euOfficer)
        var short = Fixture.exactReceipt(of: first, on: "2026-03-10")
        short.lines?[0].caratsX100 = 100_000
        _ = try await store.certificates.confirm(numbers[1], short, by: world.euImportOnlyOfficer)
        _ = try await store.certificates.confirm(
            numbers[2], ConfirmationDraft(outcome: "refused", reason: "seal broken"), by: world.euOfficer)
        _ = try await store.certificates.void(numbers[3], reason: "typing error", by: world.bwOfficer)
        clock.advance(days: 5)
        try await store.certificates.expireOverdue()
        return (world, numbers)
    }

    @Test(arguments: TestEngine.all)
    func mirrorCheckOfTheHandMadeExample(engine: TestEngine) async throws {
        let clock = TestClock(Self.day)
        try await withTestStore(engine, clock: clock) { store in
            let (world, numbers) = try await Self.makeExample(store, clock: clock)
            let pairs = try await store.statistics.mirrorCheck(.year(2026))
            #expect(pairs.count == 1)
            let pair = try #require(pairs.first)
            #expect(pair.exporter == "BW" && pair.importer == "EU")
            // Five certificates count (the voided one does not).
            #expect(
                pair.certified
                    == TradeTotals(caratsX100: 5 * Self.carats, valueUsdCents: 5 * Self.value, certificates: 5))
            #expect(
                pair.received
                    == TradeTotals(caratsX100: 2 * Self.carats, valueUsdCents: 2 * Self.value, certificates: 2))
            #expect(pair.receivedCaratsX100 == Self.carats + 100_000 + 50_001)
            #expect(pair.receiptDifferenceCaratsX100 == -23_456)
            #expect(pair.refused == TradeTotals(caratsX100: Self.carats, valueUsdCents: Self.value, certificates: 1))
            #expect(
                pair.unconfirmed == TradeTotals(caratsX100: Self.carats, valueUsdCents: Self.value, certificates: 1))
            #expect(pair.expired == TradeTotals(caratsX100: Self.carats, valueUsdCents: Self.value, certificates: 1))
            #expect(pair.gapCaratsX100 == 5 * Self.carats - (Self.carats + 150_001))
            // Due: the confirmed, the short and the expired certificate; short of 23,456 and the whole expired one.
            #expect(pair.shortfallCaratsX100 == 23_456 + Self.carats)
            #expect(pair.isFlagged(threshold: MirrorCheck.defaultThreshold, minimumCertificates: 3))
            #expect(
                !pair.isFlagged(threshold: MirrorCheck.defaultThreshold),
                "three settled certificates are too few by default")
            #expect(try await store.statistics.mirrorCheck(.year(2025)).isEmpty)

            // The certificates behind the gap: all but the confirmed and the voided one, for either side's officers.
            let behind = try await store.statistics.mirrorCertificates(
                exporter: "BW", importer: "EU", period: .year(2026), page: try PageRequest(), for: world.euOfficer)
            #expect(behind.items.map(\.number) == [numbers[1], numbers[2], numbers[4], numbers[5]])
            #expect(behind.items.map(\.receivedCaratsX100) == [150_001, nil, nil, nil])
            #expect(
                try await store.statistics.mirrorCertificates(
                    exporter: "BW", importer: "EU", period: .year(2026), page: try PageRequest(), for: world.bwOfficer
                ).total == 4)
            for outsider in [world.aeOfficer, world.observer, world.admin] {
                await #expect(
                    throws: KPCSError.forbidden(
                        StatisticsMessage.statisticsDetailForbidden(username: outsider.username))
                ) {
                    try await store.statistics.mirrorCertificates(
                        exporter: "BW", importer: "EU", period: .year(2026), page: try PageRequest(), for: outsider)
                }
            }
            await #expect(throws: KPCSError.unauthenticated(AccountMessage.authenticationRequired)) {
                try await store.statistics.mirrorCertificates(
                    exporter: "BW", importer: "EU", period: .year(2026), page: try PageRequest(), for: nil)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func tradeFlowsOfTheHandMadeExample(engine: TestEngine) async throws {
        let clock = TestClock(Self.day)
        try await withTestStore(engine, clock: clock) { store in
            _ = try await Self.makeExample(store, clock: clock)
            let exports = try await store.statistics.tradeFlows(
                TradeFlowQuery(direction: .exports, period: .quarter(2026, 1), dimensions: [.hsCode]))
            #expect(
                exports == [
                    TradeFlowRow(
                        direction: .exports, participant: "BW", period: "2026", hsCode: "7102.10",
                        caratsX100: 5 * 123_456, valueUsdCents: 5 * 98_765_400, certificates: 5),
                    TradeFlowRow(
                        direction: .exports, participant: "BW", period: "2026", hsCode: "7102.31",
                        caratsX100: 5 * 50_001, valueUsdCents: 5 * 1_000_000_01, certificates: 5),
                ])
            // Imports: what was received, valued at the certified value of the lines received; EU split by member
            // state.
            let imports = try await store.statistics.tradeFlows(
                TradeFlowQuery(
                    direction: .imports, period: .year(2026), granularity: .quarter,
                    dimensions: [.partner, .memberState]))
            #expect(
                imports == [
                    TradeFlowRow(
                        direction: .imports, participant: "EU", period: "2026-Q1", partner: "BW", memberState: "BE",
                        caratsX100: Self.carats, valueUsdCents: Self.value, certificates: 1),
                    TradeFlowRow(
                        direction: .imports, participant: "EU", period: "2026-Q1", partner: "BW", memberState: "DE",
                        caratsX100: 150_001, valueUsdCents: Self.value, certificates: 1),
                ])
            #expect(
                try await store.statistics.tradeFlows(TradeFlowQuery(direction: .exports, period: .quarter(2026, 2)))
                    .isEmpty)
            let summary = try await store.statistics.summary(.year(2026))
            #expect(summary.rows.map(\.participant) == ["BW", "EU"])
            #expect(
                summary.worldExports
                    == TradeTotals(caratsX100: 5 * Self.carats, valueUsdCents: 5 * Self.value, certificates: 5))
            #expect(
                summary.worldImports
                    == TradeTotals(caratsX100: Self.carats + 150_001, valueUsdCents: 2 * Self.value, certificates: 2))
            #expect(summary.rows[1].memberStates.map(\.memberState) == ["BE", "DE"])
            #expect(
                summary.rows[0].exports.usdPerCaratCents == (5 * Self.value * 100 + 5 * Self.carats / 2)
                    / (5 * Self.carats))
        }
    }

    @Test(arguments: TestEngine.all)
    func productionResubmissionNeedsAReasonAndKeepsTheHistory(engine: TestEngine) async throws {
        let clock = TestClock(Self.day)
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let lines: [ProductionDraft.LineDraft] = [
                .init(hsCode: nil, mining: "industrial", caratsX100: 1_000_000_00, valueUsdCents: 12_000_000_000),
                .init(hsCode: nil, mining: "artisanal", caratsX100: 5_000_00, valueUsdCents: 90_000_000),
            ]
            let first = try await store.statistics.submitProduction(
                ProductionDraft(year: 2025, half: 2, lines: lines), by: world.bwOfficer)
            #expect(first.version == 1 && first.caratsX100 == 1_005_000_00 && first.valueUsdCents == 12_090_000_000)
            await #expect(
                throws: KPCSError.validation([
                    Violation("/reason", StatisticsMessage.productionResubmissionReason(period: "BW 2025-H2"))
                ])
            ) {
                try await store.statistics.submitProduction(
                    ProductionDraft(year: 2025, half: 2, lines: [lines[0]]), by: world.bwOfficer)
            }
            let second = try await store.statistics.submitProduction(
                ProductionDraft(year: 2025, half: 2, lines: [lines[0]], reason: "Artisanal figures were from 2024."),
                by: world.bwOfficer)
            #expect(second.version == 2)
            let history = try await store.statistics.productionHistory(
                participant: "BW", year: 2025, half: nil, for: world.bwOfficer)
            #expect(history.map(\.version) == [2, 1])
            #expect(history[0].supersededAt == nil && history[1].supersededAt != nil)
            #expect(history[1].lines.count == 2 && history[0].reason == "Artisanal figures were from 2024.")
            let summary = try await store.statistics.summary(.year(2025))
            #expect(
                summary.rows.first?.production
                    == ProductionTotals(
                        caratsX100: 1_000_000_00, valueUsdCents: 12_000_000_000, halvesReported: ["2025-H2"]))
            #expect(try await store.statistics.summary(.half(2025, 1)).rows.isEmpty)

            await #expect(
                throws: KPCSError.forbidden(
                    StatisticsMessage.productionOtherParticipant(producer: "BW", authorityParticipant: "EU"))
            ) {
                try await store.statistics.submitProduction(
                    ProductionDraft(participant: "BW", year: 2025, half: 2, lines: lines), by: world.euOfficer)
            }
            await #expect(
                throws: KPCSError.validation([
                    Violation("/half", StatisticsMessage.productionPeriodInFuture(period: "2026-H2"))
                ]
                )
            ) {
                try await store.statistics.submitProduction(
                    ProductionDraft(year: 2026, half: 2, lines: lines), by: world.bwOfficer)
            }
            for outsider in [world.aeOfficer, world.observer, world.admin] {
                await #expect(throws: KPCSError.self) {
                    try await store.statistics.productionHistory(
                        participant: "BW", year: 2025, half: nil, for: outsider)
                }
            }
        }
    }
}
