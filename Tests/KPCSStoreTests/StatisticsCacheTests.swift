import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Logging
import SQLKit
import Testing

/// The public statistics are served again without a recount while their year is unchanged, and every change, made
/// by this process or another, is seen at the next read.
@Suite struct StatisticsCacheTests {
    @Test(arguments: TestEngine.all)
    func aRepeatedReadCostsNoRecountAndAnyChangeIsSeen(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let year = CalendarDate(utcDayOf: Date()).year
            let first = try await store.statistics.summary(.year(year))
            let recounts = store.statistics.recounts
            for _ in 0..<5 { #expect(try await store.statistics.summary(.year(year)) == first) }
            #expect(store.statistics.recounts == recounts, "asked again: served from the cache")

            // Another process: the same database, a cache of its own.
            let other = Store(
                database: store.database, configuration: store.configuration, logger: .init(label: "other"))
            let issued = try await other.certificates.issue(world.draft(), by: world.bwOfficer)
            let afterIssue = try await store.statistics.summary(.year(year))
            #expect(store.statistics.recounts == recounts + 1)
            #expect(afterIssue.worldExports.certificates == first.worldExports.certificates + 1)

            _ = try await other.certificates.confirm(
                issued.certificate.number,
                Fixture.exactReceipt(of: issued.certificate, on: CalendarDate(utcDayOf: Date()).description),
                by: world.euOfficer)
            #expect(
                try await store.statistics.summary(.year(year)).worldImports.certificates == first.worldImports
                    .certificates + 1)
            #expect(
                try await store.statistics.mirrorCheck(.year(year)).contains {
                    $0.exporter == "BW" && $0.received.certificates == 1
                })

            let lastYear = year - 1
            let before = try await store.statistics.summary(.year(lastYear))
            let recountsBefore = store.statistics.recounts
            _ = try await other.statistics.submitProduction(
                ProductionDraft(
                    year: lastYear, half: 1,
                    lines: [.init(hsCode: nil, mining: "industrial", caratsX100: 100, valueUsdCents: 200)]),
                by: world.bwOfficer)
            let withProduction = try await store.statistics.summary(.year(lastYear))
            #expect(store.statistics.recounts == recountsBefore + 1)
            #expect(withProduction.worldProduction.caratsX100 == before.worldProduction.caratsX100 + 100)
            // A change of last year leaves this year's cached summary valid.
            let recountsNow = store.statistics.recounts
            _ = try await store.statistics.summary(.year(year))
            #expect(store.statistics.recounts == recountsNow)
        }
    }

    /// A sum the database cannot hold (rows written past every bound, by hand) is a clear error, not a 500.
    @Test(arguments: TestEngine.all)
    func aSumPastSixtyFourBitsInTheDatabaseIsAClearError(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            _ = try await world.issue()
            _ = try await world.issue()
            try await store.database.transaction { db in
                try await db.raw("UPDATE certificates SET total_value_usd_cents = 9000000000000000000").run()
            }
            let year = CalendarDate(utcDayOf: Date()).year
            let error = await #expect(throws: KPCSError.self) { try await store.statistics.summary(.year(year)) }
            #expect(error?.message.has(StatisticsMessage.Code.statisticsTooLarge) == true && error?.kind == .unavailable)
        }
    }
}
