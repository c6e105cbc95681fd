import Foundation

/// How diamonds were mined, as the KP production statistics split them.
public enum MiningKind: String, Sendable, Codable, CaseIterable {
    /// Artisanal and alluvial mining.
    case artisanal
    /// Industrial (kimberlite, large-scale alluvial) mining.
    case industrial
}

/// A half-year's production as an authority submits it: carats and USD, by mining kind, by HS code where the
/// participant has them. A resubmission for the same half-year needs a reason.
public struct ProductionDraft: Codable, Sendable, Equatable {
    /// Defaults to the officer's own participant.
    public var participant: String?
    public var year: Int?
    public var half: Int?
    public var lines: [LineDraft]?
    public var reason: String?

    public init(participant: String? = nil, year: Int?, half: Int?, lines: [LineDraft]?, reason: String? = nil) {
        self.participant = participant
        self.year = year
        self.half = half
        self.lines = lines
        self.reason = reason
    }

    public struct LineDraft: Codable, Sendable, Equatable {
        /// Optional: a participant that does not classify its production by HS code leaves it out.
        public var hsCode: String?
        public var mining: String?
        public var caratsX100: Int64?
        public var valueUsdCents: Int64?

        public init(hsCode: String?, mining: String?, caratsX100: Int64?, valueUsdCents: Int64?) {
            self.hsCode = hsCode
            self.mining = mining
            self.caratsX100 = caratsX100
            self.valueUsdCents = valueUsdCents
        }
    }
}

/// One validated line of a production report.
public struct ProductionLine: Sendable, Equatable, Codable {
    public let hsCode: HSCode?
    public let mining: MiningKind
    public let caratsX100: Int64
    public let valueUsdCents: Int64

    public init(hsCode: HSCode?, mining: MiningKind, caratsX100: Int64, valueUsdCents: Int64) {
        self.hsCode = hsCode
        self.mining = mining
        self.caratsX100 = caratsX100
        self.valueUsdCents = valueUsdCents
    }
}

/// A production report that passed every rule, ready to store.
public struct ValidProduction: Sendable, Equatable {
    public let participant: String
    public let year: Int
    public let half: Int
    public let lines: [ProductionLine]
    /// Required when the half-year already has a report.
    public let reason: String?
    public var caratsX100: Int64 { lines.reduce(0) { $0 + $1.caratsX100 } }
    public var valueUsdCents: Int64 { lines.reduce(0) { $0 + $1.valueUsdCents } }
}

/// The rules of production reports, as pure functions.
public enum ProductionRules {
    /// Only an officer of the producing participant's authority may submit its production.
    public static func authorize(_ principal: Principal, participant: String?) throws -> Authority {
        let authority = try principal.officerAuthority()
        if let participant, participant.uppercased() != authority.participantCode {
            throw KPCSError.forbidden(
                StatisticsMessage.productionOtherParticipant(
                    producer: participant.uppercased(), authorityParticipant: authority.participantCode))
        }
        return authority
    }

    /// Checks a draft: a half-year that has begun, at least one line, no line repeated (HS code and mining kind),
    /// quantities not negative, totals that fit. Every problem is reported at once, each with its field.
    public static func validate(
        _ draft: ProductionDraft, authority: Authority, today: CalendarDate
    ) throws -> ValidProduction {
        var violations: [Violation] = []
        if draft.year == nil { violations.append(Violation("/year", RequestMessage.fieldRequired(field: "year"))) }
        if draft.half == nil { violations.append(Violation("/half", RequestMessage.fieldRequired(field: "half"))) }
        if let half = draft.half, !(1...2).contains(half) {
            violations.append(Violation("/half", RequestMessage.pageInvalid(field: "half", minimum: "1", maximum: "2")))
        }
        if let year = draft.year, !(2000...9998).contains(year) {
            violations.append(
                Violation("/year", RequestMessage.pageInvalid(field: "year", minimum: "2000", maximum: "9998")))
        }
        if let year = draft.year, let half = draft.half, (2000...9998).contains(year), (1...2).contains(half),
            StatisticsPeriod.half(year, half).start > today
        {
            violations.append(
                Violation("/half", StatisticsMessage.productionPeriodInFuture(period: "\(year)-H\(half)")))
        }
        var lines: [ProductionLine] = []
        var seen: Set<String> = []
        let drafts = draft.lines ?? []
        if drafts.isEmpty { violations.append(Violation("/lines", CertificateMessage.linesMissing)) }
        let maximumLines = (HSCode.allCases.count + 1) * MiningKind.allCases.count
        if drafts.count > maximumLines {
            violations.append(Violation("/lines", CertificateMessage.linesTooMany(maximum: String(maximumLines))))
        }
        for (index, line) in drafts.enumerated().prefix(maximumLines) {
            let pointer = "/lines/\(index)"
            var hsCode: HSCode?
            if let text = line.hsCode, !text.isEmpty {
                hsCode = HSCode(rawValue: text)
                if hsCode == nil {
                    violations.append(Violation("\(pointer)/hsCode", CertificateMessage.hsCodeUnknown(hsCode: text)))
                }
            }
            let mining = line.mining.flatMap(MiningKind.init(rawValue:))
            if line.mining == nil {
                violations.append(Violation("\(pointer)/mining", RequestMessage.fieldRequired(field: "mining")))
            } else if mining == nil {
                violations.append(
                    Violation(
                        "\(pointer)/mining",
                        RequestMessage.fieldValueInvalid(
                            field: "mining", value: line.mining ?? "",
                            allowed: MiningKind.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            let carats = QuantityBounds.check(
                line.caratsX100, minimum: 0, maximum: QuantityBounds.maximumProductionCaratsX100,
                pointer: "\(pointer)/caratsX100",
                name: "caratsX100", into: &violations)
            let value = QuantityBounds.check(
                line.valueUsdCents, minimum: 0, maximum: QuantityBounds.maximumProductionValueUsdCents,
                pointer: "\(pointer)/valueUsdCents", name: "valueUsdCents", into: &violations)
            if let mining {
                let key = "\(hsCode?.rawValue ?? "-")/\(mining.rawValue)"
                if !seen.insert(key).inserted {
                    violations.append(Violation(pointer, StatisticsMessage.productionLineDuplicate(line: key)))
                }
                if let carats, let value {
                    lines.append(
                        ProductionLine(hsCode: hsCode, mining: mining, caratsX100: carats, valueUsdCents: value))
                }
            }
        }
        if (exactSum(lines.map(\.caratsX100)) ?? .max) > QuantityBounds.maximumProductionCaratsX100 {
            violations.append(
                Violation(
                    "/lines",
                    CertificateMessage.totalTooLarge(
                        field: "caratsX100", maximum: String(QuantityBounds.maximumProductionCaratsX100))))
        }
        if (exactSum(lines.map(\.valueUsdCents)) ?? .max) > QuantityBounds.maximumProductionValueUsdCents {
            violations.append(
                Violation(
                    "/lines",
                    CertificateMessage.totalTooLarge(
                        field: "valueUsdCents", maximum: String(QuantityBounds.maximumProductionValueUsdCents))))
        }
        var reason: String?
        if let text = draft.reason, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            reason = ReasonRule.check(text, pointer: "/reason", into: &violations)
        }
        guard violations.isEmpty, let year = draft.year, let half = draft.half else {
            throw KPCSError.validation(violations)
        }
        return ValidProduction(
            participant: authority.participantCode, year: year, half: half, lines: lines, reason: reason)
    }

    /// The sum, or nil when it does not fit in 64 bits.
    static func exactSum(_ values: [Int64]) -> Int64? {
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = next
        }
        return total
    }
}

/// Reads a production report's lines from CSV: `hs_code,mining,carats,value_usd`, carats and USD written as
/// decimals with at most two places (`1234.5`, `98000.00`), HS code empty where unknown. Every bad row is an
/// error naming its line and column; nothing is guessed.
public enum ProductionCSV {
    public static let header = ["hs_code", "mining", "carats", "value_usd"]

    public static func parse(_ text: String) throws -> [ProductionDraft.LineDraft] {
        let rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = rows.first,
            first.split(separator: ",", omittingEmptySubsequences: false).map({
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }) == header
        else {
            throw KPCSError.invalid(
                StatisticsMessage.productionCSVMalformed(line: "1", column: header.joined(separator: ",")),
                pointer: "/csv/1")
        }
        var lines: [ProductionDraft.LineDraft] = []
        for (offset, row) in rows.enumerated().dropFirst() where !row.isEmpty {
            let lineNumber = String(offset + 1)
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == header.count else {
                throw KPCSError.invalid(
                    StatisticsMessage.productionCSVMalformed(line: lineNumber, column: header.joined(separator: ",")),
                    pointer: "/csv/\(lineNumber)")
            }
            guard let carats = hundredths(fields[2]) else {
                throw KPCSError.invalid(
                    StatisticsMessage.productionCSVMalformed(line: lineNumber, column: "carats"),
                    pointer: "/csv/\(lineNumber)")
            }
            guard let value = hundredths(fields[3]) else {
                throw KPCSError.invalid(
                    StatisticsMessage.productionCSVMalformed(line: lineNumber, column: "value_usd"),
                    pointer: "/csv/\(lineNumber)")
            }
            lines.append(
                ProductionDraft.LineDraft(
                    hsCode: fields[0].isEmpty ? nil : fields[0], mining: fields[1].lowercased(), caratsX100: carats,
                    valueUsdCents: value))
        }
        return lines
    }

    /// `1234`, `1234.5`, `1234.56` → 123456 hundredths; anything else (signs, exponents, three decimals,
    /// separators) → nil. Exact: no floating point.
    public static func hundredths(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 15,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int64(whole)
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        return units * 100 + fraction
    }
}
