/// Who chairs the scheme in a year, and who is Vice-Chair (and so, as a rule, Chair the year after). The Chair
/// serves one calendar year from 1 January; a year may have no Chair (2020) and a participant may chair two years
/// in a row (the United Arab Emirates, 2024 and 2025).
public struct Chairmanship: Codable, Sendable, Equatable {
    public var year: Int
    /// The chairing participant; nil for a year with no Chair.
    public var chair: String?
    /// The Vice-Chair selected for the year, when known.
    public var viceChair: String?
    /// The decision that set the row, when one did; nil for the seeded history.
    public var decisionId: Int64?

    public init(year: Int, chair: String?, viceChair: String?, decisionId: Int64? = nil) {
        self.year = year
        self.chair = chair
        self.viceChair = viceChair
        self.decisionId = decisionId
    }
}

/// The Chair of a year, computed from the recorded rows: the row of the year when there is one; otherwise the
/// Vice-Chair of the year before, who becomes Chair automatically; otherwise no Chair.
public enum ChairRule {
    /// The earliest and latest years kpcs accepts in the chair table.
    public static let years = 2003...2100

    public static func chair(of year: Int, in rows: [Chairmanship]) -> String? {
        if let row = rows.first(where: { $0.year == year }) { return row.chair }
        return rows.first(where: { $0.year == year - 1 })?.viceChair
    }

    /// The year of an instant, as the chair table counts years (UTC).
    public static func year(of day: CalendarDate) -> Int { day.year }
}

/// The chairs and vice-chairs of 2003 to 2025, as `shared/reference/scheme.md` gives them with their sources.
/// Loaded once into an empty table; later years come from decisions.
public enum ChairHistory {
    public static let rows: [Chairmanship] = [
        Chairmanship(year: 2003, chair: "ZA", viceChair: "CA"),
        Chairmanship(year: 2004, chair: "CA", viceChair: "RU"),
        Chairmanship(year: 2005, chair: "RU", viceChair: "BW"),
        Chairmanship(year: 2006, chair: "BW", viceChair: "EU"),
        Chairmanship(year: 2007, chair: "EU", viceChair: "IN"),
        Chairmanship(year: 2008, chair: "IN", viceChair: "NA"),
        Chairmanship(year: 2009, chair: "NA", viceChair: "IL"),
        Chairmanship(year: 2010, chair: "IL", viceChair: "CD"),
        Chairmanship(year: 2011, chair: "CD", viceChair: "US"),
        Chairmanship(year: 2012, chair: "US", viceChair: "ZA"),
        Chairmanship(year: 2013, chair: "ZA", viceChair: "CN"),
        Chairmanship(year: 2014, chair: "CN", viceChair: "AO"),
        Chairmanship(year: 2015, chair: "AO", viceChair: "AE"),
        Chairmanship(year: 2016, chair: "AE", viceChair: "AU"),
        Chairmanship(year: 2017, chair: "AU", viceChair: "EU"),
        Chairmanship(year: 2018, chair: "EU", viceChair: "IN"),
        Chairmanship(year: 2019, chair: "IN", viceChair: "RU"),
        // No Chair (COVID-19): Russia's turn moved to 2021 and Botswana's to 2022 by written procedure.
        Chairmanship(year: 2020, chair: nil, viceChair: nil),
        Chairmanship(year: 2021, chair: "RU", viceChair: "BW"),
        Chairmanship(year: 2022, chair: "BW", viceChair: "ZW"),
        Chairmanship(year: 2023, chair: "ZW", viceChair: "AE"),
        // The Vice-Chairs of 2024 and 2025 are unconfirmed; the UAE chaired both years.
        Chairmanship(year: 2024, chair: "AE", viceChair: nil),
        Chairmanship(year: 2025, chair: "AE", viceChair: nil),
    ]
}
