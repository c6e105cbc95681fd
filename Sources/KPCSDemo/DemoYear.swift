import Foundation
import KPCSCore
import KPCSStore

/// A realistic year of rough-diamond trade, made through the same rules, numbering, seals, events and log as
/// real certificates (in batches), calibrated on the KP's published production figures, with a few planted
/// anomalies that the statistics screens must find:
/// - under-valued parcels: a line priced at a tenth of its origin's usual USD per carat;
/// - a mirror gap: the importer of one route (ZW → AE) confirms much less than was certified, or nothing;
/// - a re-export hub's mark-up: AE exports at about 2.5 times the USD per carat of what it imports.
public enum DemoYear {
    /// The planted hub's mark-up over the world price of rough.
    static let plantedHubMarkup = 2.5
    public static let plantedMirrorGap = (exporter: "ZW", importer: "AE")
    public static let plantedHub = "AE"

    /// What a run made, and where the anomalies were planted.
    public struct Outcome: Sendable {
        public var year: Int
        public var certificates: Int
        public var productionReports: Int
        /// Certificates with an under-valued line.
        public var underValued: Set<String>
        /// The calibration year of the reference production figures.
        public var referenceYear: Int
    }

    /// Generates `count` certificates over `year` (up to yesterday for the current year), with the producers'
    /// half-year production reports. `progress` is told (done, total) after each batch.
    public static func generate(
        into store: Store, year: Int, certificates count: Int, seed: UInt64 = 2026,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Outcome {
        let calibration = try DemoYearCalibration.load()
        let now = store.configuration.now()
        let today = CalendarDate(utcDayOf: now)
        guard let first = CalendarDate(year: year, month: 1, day: 1), first < today else {
            throw KPCSError.invalid(
                StatisticsMessage.productionPeriodInFuture(period: String(year)), pointer: "/year")
        }
        let hubCodes = DemoYearCalibration.hubs.map(\.code)
        let registry = try await DemoYearRegistry.prepare(
            store, participants: calibration.producers.map(\.code) + hubCodes)
        var random = SeededRandom(seed: seed ^ UInt64(year))
        // 50,000 certificates carry about the world's real yearly trade; other counts scale it.
        let scale = Double(count) / 50_000
        let reports = try await submitProduction(
            calibration, registry: registry, store: store, year: year, today: today, scale: scale)

        let lastDay = min(CalendarDate(year: year, month: 12, day: 31) ?? today, today.adding(days: -1))
        let days = first.days(until: lastDay) + 1
        var planner = DemoYearPlanner(calibration: calibration, registry: registry, random: random)
        var plans = (0..<count).map { _ in planner.plan(firstDay: first, days: days) }
        random = planner.random
        // Plant about one under-valued certificate per thousand (at least ten), among producers' exports.
        let producerPlans = plans.indices.filter { plans[$0].isProducerExport }
        for _ in 0..<min(max(10, count / 1_000), producerPlans.count) {
            plans[producerPlans[random.next(in: 0...(producerPlans.count - 1))]].underValue()
        }
        plans.sort { $0.issuedAt < $1.issuedAt }
        var underValued: Set<String> = []
        var done = 0
        for start in stride(from: 0, to: plans.count, by: 2_000) {
            let chunk = plans[start..<min(start + 2_000, plans.count)]
            let records = try await store.certificates.issue(
                chunk.map { IssueRequest(draft: $0.draft, principal: $0.exporter, at: $0.issuedAt) })
            var answers: [BatchAnswer] = []
            for (plan, record) in zip(chunk, records) {
                if plan.underValued { underValued.insert(record.certificate.number) }
                if let answer = plan.answer(record, now: now) { answers.append(answer) }
            }
            try await store.certificates.answerBatch(answers)
            done += chunk.count
            progress(done, count)
        }
        try await store.certificates.expireOverdue()
        return Outcome(
            year: year, certificates: count, productionReports: reports, underValued: underValued,
            referenceYear: calibration.referenceYear)
    }

    /// Each producer's production for the half-years of `year` that have begun, scaled like the trade.
    static func submitProduction(
        _ calibration: DemoYearCalibration, registry: DemoYearRegistry, store: Store, year: Int, today: CalendarDate,
        scale: Double
    ) async throws -> Int {
        var submitted = 0
        for producer in calibration.producers {
            guard let officer = registry.officers[producer.code]?.first else { continue }
            for half in 1...2 where StatisticsPeriod.half(year, half).start <= today {
                let carats = Int64(Double(producer.caratsX100) * scale / 2)
                let value = Int64(Double(producer.valueUsdCents) * scale / 2)
                let artisanal = producer.artisanalShare
                var lines: [ProductionDraft.LineDraft] = []
                // Producers with a sorting house report by HS code; the others report totals only.
                let hsCode: String? =
                    ["BW", "RU", "CA", "NA", "ZA"].contains(producer.code) ? HSCode.unsorted.rawValue : nil
                if artisanal > 0 {
                    lines.append(
                        .init(
                            hsCode: hsCode, mining: MiningKind.artisanal.rawValue,
                            caratsX100: Int64(Double(carats) * artisanal),
                            valueUsdCents: Int64(Double(value) * artisanal)))
                }
                lines.append(
                    .init(
                        hsCode: hsCode, mining: MiningKind.industrial.rawValue,
                        caratsX100: carats - Int64(Double(carats) * artisanal),
                        valueUsdCents: value - Int64(Double(value) * artisanal)))
                let draft = ProductionDraft(
                    year: year, half: half, lines: lines, reason: "Demo year generated by kpcs.")
                _ = try await store.at(min(StatisticsPeriod.half(year, half).end, today).noon)
                    .statistics.submitProduction(draft, by: officer)
                submitted += 1
            }
        }
        return submitted
    }
}

extension CalendarDate {
    /// Noon UTC of this day: when the demo "makes" a report or a certificate of that day.
    var noon: Date { Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400 + 43_200) }
}
