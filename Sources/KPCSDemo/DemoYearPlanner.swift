import Foundation
import KPCSCore
import KPCSStore

/// One planned certificate of the demo year: who issues it, when, and how its importer will answer.
struct DemoYearPlan: Sendable {
    enum Fate: Sendable {
        case confirmed
        /// Received with this share of the certified carats on the first line.
        case discrepancy(receivedShare: Double)
        case refused
        case unanswered
        case voided
    }

    var draft: CertificateDraft
    var exporter: Principal
    var importer: Principal
    var issuedAt: Date
    var answerDelayDays: Int
    var fate: Fate
    var underValued: Bool

    /// Plants an under-valuation: the first line declared at a tenth of its value.
    mutating func underValue() {
        guard var lines = draft.lines, let value = lines.first?.valueUsdCents else { return }
        lines[0].valueUsdCents = max(1, value / 10)
        draft.lines = lines
        underValued = true
    }

    var isProducerExport: Bool { draft.origin?.kind == "single" }

    /// The answer, if its day has come.
    func answer(_ record: CertificateRecord, now: Date) -> BatchAnswer? {
        let at = issuedAt.addingTimeInterval(Double(answerDelayDays) * 86_400)
        guard at < now else { return nil }
        let receivedOn = CalendarDate(utcDayOf: at.addingTimeInterval(-86_400)).description
        let lines = record.certificate.lines
        switch fate {
        case .unanswered: return nil
        case .voided:
            return BatchAnswer(
                record: record, kind: .void(reason: "Entered in error (demo year)."), principal: exporter, at: at)
        case .refused:
            return BatchAnswer(
                record: record,
                kind: .confirm(
                    ConfirmationDraft(
                        outcome: "refused", receivedOn: receivedOn,
                        reason: "Parcel did not match its certificate (demo year).")),
                principal: importer, at: at)
        case .confirmed, .discrepancy:
            var share = 1.0
            if case .discrepancy(let received) = fate { share = received }
            let received = lines.enumerated().map { index, line in
                ConfirmationDraft.ReceivedLineDraft(
                    hsCode: line.hsCode.rawValue,
                    caratsX100: index == 0
                        ? max(0, Int64((Double(line.caratsX100) * share).rounded(.down))) : line.caratsX100,
                    parcels: line.parcels)
            }
            return BatchAnswer(
                record: record, kind: .confirm(ConfirmationDraft(receivedOn: receivedOn, lines: received)),
                principal: importer, at: at)
        }
    }
}

/// Draws the demo year's certificates: 45 % producers' exports at their origin's price, 55 % trade between the
/// trading centres in mixed goods at the world price times each centre's mark-up; prices spread log-normally
/// (σ = 0.3) around their reference.
struct DemoYearPlanner {
    let calibration: DemoYearCalibration
    let registry: DemoYearRegistry
    var random: SeededRandom

    static let producerShare = 0.45
    static let priceSpread = 0.3

    init(calibration: DemoYearCalibration, registry: DemoYearRegistry, random: SeededRandom) {
        self.calibration = calibration
        self.registry = registry
        self.random = random
    }

    mutating func plan(firstDay: CalendarDate, days: Int) -> DemoYearPlan {
        let day = firstDay.adding(days: random.next(in: 0...(days - 1)))
        let issuedAt = day.noon.addingTimeInterval(Double(random.next(in: -36_000...18_000)))
        if random.unit() < Self.producerShare { return producerPlan(issuedAt: issuedAt) }
        return hubPlan(issuedAt: issuedAt)
    }

    private mutating func producerPlan(issuedAt: Date) -> DemoYearPlan {
        // Certificates per producer: between its carats and its value (big cheap producers ship big parcels).
        let producer = random.pick(
            calibration.producers.map { ($0, (Double($0.caratsX100) * Double($0.valueUsdCents)).squareRoot()) })
        let destination = random.pick(DemoYearCalibration.destinations(of: producer.code))
        let lines = drawLines(
            caratsMedian: 4_000, codes: [(.unsorted, 0.6), (.nonIndustrial, 0.25), (.industrial, 0.15)],
            usdPerCarat: producer.usdPerCarat)
        let zone = registry.zones[producer.code].map { $0[random.next(in: 0...($0.count - 1))] }
        return finish(
            from: producer.code, to: destination, origin: .single(producer.code), originZone: zone, lines: lines,
            issuedAt: issuedAt)
    }

    private mutating func hubPlan(issuedAt: Date) -> DemoYearPlan {
        let hub = random.pick(DemoYearCalibration.hubs.map { ($0, $0.share) })
        let destination = random.pick(hub.destinations)
        var origins: [String] = []
        while origins.count < random.next(in: 2...4) {
            let code = random.pick(calibration.producers.map { ($0.code, Double($0.caratsX100)) })
            if !origins.contains(code) { origins.append(code) }
        }
        let lines = drawLines(
            caratsMedian: 2_500, codes: [(.nonIndustrial, 0.7), (.unsorted, 0.2), (.industrial, 0.1)],
            usdPerCarat: calibration.worldUsdPerCarat * hub.markup)
        return finish(
            from: hub.code, to: destination, origin: .mixed(origins.sorted()), lines: lines, issuedAt: issuedAt)
    }

    /// One to three lines of distinct HS codes. Gem-quality goods cost more than the average, industrial far less.
    private mutating func drawLines(
        caratsMedian: Double, codes: [(HSCode, Double)], usdPerCarat: Double
    ) -> [CertificateDraft.LineDraft] {
        let factor: [HSCode: Double] = [.unsorted: 1.0, .nonIndustrial: 1.6, .industrial: 0.2]
        var chosen: [HSCode] = []
        let count = random.pick([(1, 0.5), (2, 0.35), (3, 0.15)])
        while chosen.count < count {
            let code = random.pick(codes)
            if !chosen.contains(code) { chosen.append(code) }
        }
        return chosen.map { code in
            let carats = max(1, caratsMedian * exp(0.9 * random.normal()) / Double(count))
            let price = usdPerCarat * (factor[code] ?? 1) * exp(Self.priceSpread * random.normal())
            let caratsX100 = Int64((carats * 100).rounded())
            return CertificateDraft.LineDraft(
                hsCode: code.rawValue, caratsX100: caratsX100,
                valueUsdCents: max(1, Int64((carats * price * 100).rounded())),
                parcels: Int64(random.next(in: 1...8)))
        }
    }

    private mutating func finish(
        from exporter: String, to importer: String, origin: CertificateDraft.OriginDraft, originZone: String? = nil,
        lines: [CertificateDraft.LineDraft],
        issuedAt: Date
    ) -> DemoYearPlan {
        let exporters = registry.officers[exporter] ?? []
        let importers = (registry.officers[importer] ?? []).filter { $0.authority?.canImport == true }
        let exportingOfficer = exporters.first { $0.authority?.canExport == true } ?? exporters[0]
        let importingOfficer = importers[random.next(in: 0...(importers.count - 1))]
        let draft = CertificateDraft(
            importingParticipant: importer, exporterId: registry.companies[exporter]?.id,
            importerId: registry.companies[importer]?.id,
            origin: origin, originZone: originZone, lines: lines)
        return DemoYearPlan(
            draft: draft, exporter: exportingOfficer, importer: importingOfficer, issuedAt: issuedAt,
            answerDelayDays: random.next(in: 2...25), fate: fate(from: exporter, to: importer), underValued: false)
    }

    /// Most certificates are confirmed as certified; the planted route loses a third of its goods.
    private mutating func fate(from exporter: String, to importer: String) -> DemoYearPlan.Fate {
        let roll = random.unit()
        if (exporter, importer) == DemoYear.plantedMirrorGap {
            if roll < 0.4 { return .discrepancy(receivedShare: 0.6) }
            if roll < 0.6 { return .unanswered }
            return .confirmed
        }
        switch roll {
        case ..<0.01: return .discrepancy(receivedShare: 0.99)
        case ..<0.017: return .refused
        case ..<0.025: return .unanswered
        case ..<0.03: return .voided
        default: return .confirmed
        }
    }
}
