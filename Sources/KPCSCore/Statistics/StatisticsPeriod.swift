/// The period a statistic covers: a calendar year, one of its halves, or one of its quarters. KP participants
/// report production by half-year and trade by quarter; the annual global summary is by year.
public enum StatisticsPeriod: Sendable, Hashable, CustomStringConvertible {
    case year(Int)
    case half(Int, Int)
    case quarter(Int, Int)

    /// Reads the `year`, `half` and `quarter` query parameters: a year, and at most one of the other two.
    public static func parse(year: Int?, half: Int?, quarter: Int?) throws -> StatisticsPeriod {
        guard let year else {
            throw KPCSError.invalid(RequestMessage.fieldRequired(field: "year"), pointer: "/year")
        }
        guard (2000...9998).contains(year) else {
            throw KPCSError.invalid(
                RequestMessage.pageInvalid(field: "year", minimum: "2000", maximum: "9998"), pointer: "/year")
        }
        switch (half, quarter) {
        case (nil, nil): return .year(year)
        case (let half?, nil):
            guard (1...2).contains(half) else {
                throw KPCSError.invalid(
                    RequestMessage.pageInvalid(field: "half", minimum: "1", maximum: "2"), pointer: "/half")
            }
            return .half(year, half)
        case (nil, let quarter?):
            guard (1...4).contains(quarter) else {
                throw KPCSError.invalid(
                    RequestMessage.pageInvalid(field: "quarter", minimum: "1", maximum: "4"), pointer: "/quarter")
            }
            return .quarter(year, quarter)
        case (.some, .some): throw KPCSError.invalid(StatisticsMessage.periodAmbiguous, pointer: "/quarter")
        }
    }

    public var year: Int {
        switch self {
        case .year(let year), .half(let year, _), .quarter(let year, _): return year
        }
    }

    /// The first day of the period.
    public var start: CalendarDate {
        switch self {
        case .year(let year): return Self.first(year, month: 1)
        case .half(let year, let half): return Self.first(year, month: half == 1 ? 1 : 7)
        case .quarter(let year, let quarter): return Self.first(year, month: 3 * (quarter - 1) + 1)
        }
    }

    /// The first day after the period (the range is `start ..< end`).
    public var end: CalendarDate {
        switch self {
        case .year(let year): return Self.first(year + 1, month: 1)
        case .half(let year, let half): return half == 1 ? Self.first(year, month: 7) : Self.first(year + 1, month: 1)
        case .quarter(let year, let quarter):
            return quarter == 4 ? Self.first(year + 1, month: 1) : Self.first(year, month: 3 * quarter + 1)
        }
    }

    /// The production half-years the period covers: both halves of a year, or the one half.
    public var halves: [Int] {
        switch self {
        case .year: return [1, 2]
        case .half(_, let half): return [half]
        case .quarter(_, let quarter): return [quarter <= 2 ? 1 : 2]
        }
    }

    /// `2025`, `2025-H1`, `2025-Q3`.
    public var description: String {
        switch self {
        case .year(let year): return String(year)
        case .half(let year, let half): return "\(year)-H\(half)"
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        }
    }

    private static func first(_ year: Int, month: Int) -> CalendarDate {
        // Every year in 2000...9999 has a first of every month.
        CalendarDate(year: year, month: month, day: 1)!
    }
}

/// How finely trade rows are split in time inside the period asked for.
public enum PeriodGranularity: String, Sendable, CaseIterable {
    case year, half, quarter

    /// The label of the sub-period a day falls in: `2025`, `2025-H2`, `2025-Q4`.
    public func label(of date: CalendarDate) -> String {
        switch self {
        case .year: return String(date.year)
        case .half: return "\(date.year)-H\(date.month <= 6 ? 1 : 2)"
        case .quarter: return "\(date.year)-Q\((date.month - 1) / 3 + 1)"
        }
    }
}
