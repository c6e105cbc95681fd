import Foundation
import KPCSCore
import KPCSStore

/// The figures the demo year is calibrated on: each producer's carats and US dollars from the KP production
/// statistics in `reference-production.csv` (a copy of `shared/reference/production_by_participant.csv`, with its
/// sources), and a few trade-route shares that are assumptions of the demo, not KP data.
struct DemoYearCalibration: Sendable {
    struct Producer: Sendable {
        let code: String
        let caratsX100: Int64
        let valueUsdCents: Int64
        /// Share of production from artisanal and alluvial mining (an assumption of the demo).
        let artisanalShare: Double

        var usdPerCarat: Double { Double(valueUsdCents) / Double(caratsX100) }
    }

    /// The reference year used (the latest with the most producers).
    let referenceYear: Int
    let producers: [Producer]

    /// Carat-weighted world price of rough, USD per carat: what mixed-origin goods trade around.
    var worldUsdPerCarat: Double {
        Double(producers.reduce(0) { $0 + $1.valueUsdCents }) / Double(producers.reduce(0) { $0 + $1.caratsX100 })
    }

    /// Trading centres and where their (mixed-origin) exports go. Assumed shares.
    static let hubs: [(code: String, share: Double, markup: Double, destinations: [(String, Double)])] = [
        ("EU", 0.34, 1.05, [("IN", 0.45), ("AE", 0.2), ("IL", 0.15), ("US", 0.1), ("CN", 0.1)]),
        ("AE", 0.24, DemoYear.plantedHubMarkup, [("IN", 0.4), ("EU", 0.25), ("IL", 0.15), ("CN", 0.2)]),
        ("IN", 0.16, 1.1, [("AE", 0.4), ("EU", 0.3), ("IL", 0.15), ("US", 0.15)]),
        ("IL", 0.1, 1.08, [("IN", 0.5), ("EU", 0.3), ("US", 0.2)]),
        ("CN", 0.06, 1.02, [("AE", 0.5), ("IN", 0.5)]),
        ("US", 0.1, 1.06, [("EU", 0.4), ("IN", 0.3), ("IL", 0.3)]),
    ]

    /// Where producers sell. Assumed shares; Russian goods avoid the EU, which has banned them since 2024.
    static func destinations(of producer: String) -> [(String, Double)] {
        producer == "RU"
            ? [("AE", 0.4), ("IN", 0.45), ("CN", 0.15)]
            : [("EU", 0.35), ("AE", 0.25), ("IN", 0.25), ("IL", 0.05), ("CN", 0.05), ("US", 0.05)]
    }

    static let artisanalShares: [String: Double] = [
        "CD": 0.8, "SL": 0.6, "ZW": 0.3, "AO": 0.3, "TZ": 0.3, "LS": 0.1, "ZA": 0.1,
    ]

    /// Reads the reference file bundled with kpcs and keeps the latest year with the most producers.
    static func load() throws -> DemoYearCalibration {
        guard let url = Bundle.module.url(forResource: "reference-production", withExtension: "csv") else {
            throw DemoDataError.referenceFile("missing from the bundle")
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> DemoYearCalibration {
        var byYear: [Int: [Producer]] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let year = Int(fields[0]),
                let carats = ProductionCSV.hundredths(fields[3]), let value = ProductionCSV.hundredths(fields[4]),
                carats > 0, value > 0
            else { continue }
            byYear[year, default: []].append(
                Producer(
                    code: fields[1], caratsX100: carats, valueUsdCents: value,
                    artisanalShare: artisanalShares[fields[1]] ?? 0))
        }
        guard let (year, producers) = byYear.max(by: { ($0.value.count, $0.key) < ($1.value.count, $1.key) }) else {
            throw DemoDataError.referenceFile("no complete row")
        }
        return DemoYearCalibration(referenceYear: year, producers: producers.sorted { $0.code < $1.code })
    }
}

/// A demo resource kpcs ships that cannot be read: a packaging bug, never bad input.
enum DemoDataError: Error, CustomStringConvertible {
    case referenceFile(String)

    var description: String {
        switch self {
        case .referenceFile(let problem): return "reference-production.csv: \(problem)"
        }
    }
}
