import Foundation

/// One certificate line as the unit-value screen sees it.
public struct ScreenedLine: Sendable, Equatable {
    public var number: String
    public var exporting: String
    public var importing: String
    /// A single country of origin, or `mixed`.
    public var origin: String
    public var hsCode: String
    public var issuedOn: CalendarDate
    public var caratsX100: Int64
    public var valueUsdCents: Int64

    public init(
        number: String, exporting: String, importing: String, origin: String, hsCode: String, issuedOn: CalendarDate,
        caratsX100: Int64, valueUsdCents: Int64
    ) {
        self.number = number
        self.exporting = exporting
        self.importing = importing
        self.origin = origin
        self.hsCode = hsCode
        self.issuedOn = issuedOn
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
    }

    public var usdPerCaratCents: Int64 {
        UnitValue.centsPerCarat(valueUsdCents: valueUsdCents, caratsX100: caratsX100) ?? 0
    }
}

/// The band of one origin and HS code: prices spread multiplicatively, so the band is taken on the logarithm of
/// the unit value and shown back in cents per carat.
public struct ScreeningGroup: Sendable, Equatable {
    public var origin: String
    public var hsCode: String
    public var count: Int
    /// Nil when the group has fewer lines than the minimum sample: nothing in it is screened.
    public var medianCentsPerCarat: Int64?
    public var lowerCentsPerCarat: Int64?
    public var upperCentsPerCarat: Int64?
    public var flagged: Int
}

/// A line whose unit value is outside its group's band: a lead for the statistics working group, never a verdict.
public struct UnitValueFlag: Sendable, Equatable {
    public var line: ScreenedLine
    public var position: RobustBand.Position
    public var medianCentsPerCarat: Int64
    public var lowerCentsPerCarat: Int64
    public var upperCentsPerCarat: Int64
    /// How many scaled MADs (on the log scale) the line is from the median.
    public var score: Double
}

/// The unit-value screen: each line's USD per carat beside the robust band of the same origin, HS code and period.
public enum UnitValueScreen {
    public static let defaultK = 3.5
    public static let defaultMinimumSample = 20

    public static func run(
        _ lines: [ScreenedLine], k: Double = defaultK, minimumSample: Int = defaultMinimumSample
    ) -> (groups: [ScreeningGroup], flags: [UnitValueFlag]) {
        var byGroup: [String: [ScreenedLine]] = [:]
        for line in lines where line.caratsX100 > 0 && line.valueUsdCents > 0 {
            byGroup[line.origin + "|" + line.hsCode, default: []].append(line)
        }
        var groups: [ScreeningGroup] = []
        var flags: [UnitValueFlag] = []
        for key in byGroup.keys.sorted() {
            let members = byGroup[key] ?? []
            let logs = members.map(logUnitValue)
            var group = ScreeningGroup(
                origin: members[0].origin, hsCode: members[0].hsCode, count: members.count, flagged: 0)
            if let band = RobustBand(real: logs, k: k, minimumSample: minimumSample) {
                let median = cents(band.median)
                let lower = cents(band.lower)
                let upper = cents(band.upper)
                group.medianCentsPerCarat = median
                group.lowerCentsPerCarat = lower
                group.upperCentsPerCarat = upper
                for (line, value) in zip(members, logs) {
                    let position = band.position(ofReal: value)
                    guard position != .inside else { continue }
                    let score = band.mad > 0 ? (value - band.median) / band.mad : .infinity
                    flags.append(
                        UnitValueFlag(
                            line: line, position: position, medianCentsPerCarat: median, lowerCentsPerCarat: lower,
                            upperCentsPerCarat: upper, score: score))
                    group.flagged += 1
                }
            }
            groups.append(group)
        }
        flags.sort { abs($0.score) != abs($1.score) ? abs($0.score) > abs($1.score) : $0.line.number < $1.line.number }
        return (groups, flags)
    }

    /// ln(cents per carat), from the exact integers.
    static func logUnitValue(_ line: ScreenedLine) -> Double {
        log(Double(line.valueUsdCents) / Double(line.caratsX100) * 100)
    }

    static func cents(_ logValue: Double) -> Int64 {
        let value = exp(logValue)
        return value.isFinite && value < 9e17 ? Int64(value.rounded()) : Int64.max
    }
}

/// Benford's test over one exporting participant's line values for a period, with Nigrini's conformity reading
/// of the mean absolute deviation (first digits: above 0.015 is nonconformity).
public struct BenfordResult: Sendable, Equatable {
    public var participant: String
    public var test: BenfordTest

    public static let nonconformityMAD = 0.015

    public var conforms: Bool { test.meanAbsoluteDeviation <= Self.nonconformityMAD }

    public init(participant: String, test: BenfordTest) {
        self.participant = participant
        self.test = test
    }

    /// One result per exporting participant with enough lines.
    public static func perExporter(_ lines: [ScreenedLine], minimumSample: Int = 50) -> [BenfordResult] {
        Dictionary(grouping: lines, by: \.exporting).compactMap { participant, lines in
            BenfordTest(lines.map(\.valueUsdCents), minimumSample: minimumSample).map {
                BenfordResult(participant: participant, test: $0)
            }
        }.sorted { $0.participant < $1.participant }
    }
}

/// A trading hub's mark-up: the USD per carat of what a participant exported beside what it imported in the same
/// period, for participants whose imports are at least half their exports in carats (they mostly re-export).
public struct HubMarkup: Sendable, Equatable {
    public var participant: String
    public var importUsdPerCaratCents: Int64
    public var exportUsdPerCaratCents: Int64
    /// Export unit value ÷ import unit value.
    public var ratio: Double
    public var flagged: Bool

    public static let defaultLimit = 1.5
    public static let minimumImportShare = 0.5

    public static func run(_ summary: StatisticsSummary, limit: Double = defaultLimit) -> [HubMarkup] {
        summary.rows.compactMap { row in
            guard row.exports.caratsX100 > 0, row.imports.caratsX100 > 0,
                Double(row.imports.caratsX100) >= minimumImportShare * Double(row.exports.caratsX100),
                let exported = row.exports.usdPerCaratCents, let imported = row.imports.usdPerCaratCents, imported > 0
            else { return nil }
            let ratio = Double(exported) / Double(imported)
            return HubMarkup(
                participant: row.participant, importUsdPerCaratCents: imported, exportUsdPerCaratCents: exported,
                ratio: ratio,
                flagged: ratio > limit || ratio < 1 / limit)
        }
    }
}
