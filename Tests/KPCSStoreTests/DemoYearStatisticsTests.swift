import Foundation
import KPCSCore
import KPCSDemo
import KPCSStore
import KPCSTestSupport
import Testing

/// A generated demo year: every total against an independent sum over the certificates, and the planted
/// anomalies found by the screens while ordinary certificates mostly are not.
@Suite struct DemoYearStatisticsTests {
    static let count = 6_000

    @Test(arguments: TestEngine.all)
    func totalsMatchAnIndependentSumAndThePlantedAnomaliesAreFlagged(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let year = CalendarDate(utcDayOf: store.configuration.now()).year - 1
            let outcome = try await DemoYear.generate(into: store, year: year, certificates: Self.count)
            #expect(outcome.underValued.count >= 10)
            let wgs = Principal(accountId: 0, username: "wgs", role: .observer, authority: nil, body: .statistics)

            // The independent sum: every certificate read back through the certificate reads, summed in Swift.
            var exports: [String: TradeTotals] = [:]
            var imports: [String: TradeTotals] = [:]
            let all = try await store.allCertificatesForTests()
            for record in all {
                let c = record.certificate
                guard c.issuedOn.year == year || c.confirmation?.receivedOn?.year == year else { continue }
                if c.state != .voided && c.issuedOn.year == year {
                    exports[c.exportingParticipant, default: TradeTotals()] = try exports[
                        c.exportingParticipant, default: TradeTotals()
                    ]
                    .adding(
                        TradeTotals(
                            caratsX100: c.totals.caratsX100, valueUsdCents: c.totals.valueUsdCents, certificates: 1))
                }
                if let confirmation = c.confirmation, [.confirmed, .discrepancy].contains(confirmation.outcome),
                    confirmation.receivedOn?.year == year
                {
                    imports[c.importingParticipant, default: TradeTotals()] = try imports[
                        c.importingParticipant, default: TradeTotals()
                    ]
                    .adding(
                        TradeTotals(
                            caratsX100: confirmation.lines.reduce(0) { $0 + $1.caratsX100 },
                            valueUsdCents: c.totals.valueUsdCents,
                            certificates: 1))
                }
            }
            let summary = try await store.statistics.summary(.year(year))
            for row in summary.rows {
                #expect(
                    row.exports == exports[row.participant, default: TradeTotals()], "exports of \(row.participant)")
                #expect(
                    row.imports == imports[row.participant, default: TradeTotals()], "imports of \(row.participant)")
            }
            #expect(Set(summary.rows.filter { $0.exports.certificates > 0 }.map(\.participant)) == Set(exports.keys))
            // The same totals through every split: by quarter, HS code, partner, origin, member state.
            let split = try await store.statistics.tradeFlows(
                TradeFlowQuery(
                    direction: .exports, period: .year(year), granularity: .quarter,
                    dimensions: Set(TradeDimension.allCases)))
            #expect(split.reduce(0) { $0 + $1.caratsX100 } == summary.worldExports.caratsX100)
            #expect(split.reduce(0) { $0 + $1.valueUsdCents } == summary.worldExports.valueUsdCents)
            let halves = [
                try await store.statistics.summary(.half(year, 1)), try await store.statistics.summary(.half(year, 2)),
            ]
            #expect(try halves[0].worldImports.adding(halves[1].worldImports) == summary.worldImports)
            #expect(
                summary.rows.compactMap(\.production).count == 11, "the eleven producers of the reference year report")
            #expect(summary.rows.first { $0.participant == "EU" }?.memberStates.isEmpty == false)

            // The screens.
            let report = try await store.statistics.screening(
                .year(year), page: try PageRequest(perPage: 200), for: wgs)
            var flagged: Set<String> = []
            var flaggedLines = 0
            var ordinaryFlagged = 0
            var allFlags = report.flags.items
            var flagPage = 2
            while allFlags.count < report.flags.total {
                allFlags += try await store.statistics.screening(
                    .year(year), page: try PageRequest(page: flagPage, perPage: 200), for: wgs
                ).flags.items
                flagPage += 1
            }
            for flag in allFlags {
                flagged.insert(flag.line.number)
                flaggedLines += 1
                if !outcome.underValued.contains(flag.line.number) && flag.line.exporting != DemoYear.plantedHub {
                    ordinaryFlagged += 1
                }
            }
            let screenedGroups = Set(
                report.groups.filter { $0.medianCentsPerCarat != nil }.map { "\($0.origin)|\($0.hsCode)" })
            let lines = try await store.statistics.screenedLines(.year(year))
            let plantedInScreenedGroups = outcome.underValued.filter { number in
                lines.contains { $0.number == number && screenedGroups.contains("\($0.origin)|\($0.hsCode)") }
            }
            #expect(plantedInScreenedGroups.count >= 8)
            #expect(
                plantedInScreenedGroups.isSubset(of: flagged),
                "every under-valued certificate in a screened group is flagged")
            let ordinaryLines = lines.filter {
                !outcome.underValued.contains($0.number) && $0.exporting != DemoYear.plantedHub
            }.count
            let falsePositiveRate = Double(ordinaryFlagged) / Double(ordinaryLines)
            print(
                """
                demo year \(year), \(Self.count) certificates on \(engine): \(lines.count) lines screened,\
                 \(flaggedLines) flagged, 
                """
                    + """
                        false positives \(ordinaryFlagged)/\(ordinaryLines) =\
                         \(String(format: "%.3f", falsePositiveRate * 100)) %
                        """
            )
            #expect(falsePositiveRate < 0.01)

            let hubs = report.hubs.filter(\.flagged).map(\.participant)
            #expect(hubs == [DemoYear.plantedHub])
            let pairs = try await store.statistics.mirrorCheck(.year(year))
            let mirrorFlags = pairs.filter { $0.isFlagged(threshold: MirrorCheck.defaultThreshold) }.map {
                "\($0.exporter)>\($0.importer)"
            }
            print("mirror: \(mirrorFlags.count) of \(pairs.count) pairs flagged: \(mirrorFlags)")
            #expect(mirrorFlags.contains("ZW>AE"))
            #expect(mirrorFlags.count <= 2, "ordinary pairs are mostly not flagged")
            #expect(report.benford.count >= 10)
            print(
                "Benford: "
                    + report.benford.map {
                        """
                        \($0.participant) n=\($0.test.count)\
                         MAD=\(String(format: "%.4f", $0.test.meanAbsoluteDeviation))\
                         p=\(String(format: "%.3g", $0.test.pValue))
                        """
                    }.joined(separator: "; "))
        }
    }
}
