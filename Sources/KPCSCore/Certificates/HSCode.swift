/// The Harmonized System subheadings that the KPCS covers: rough diamonds only.
public enum HSCode: String, Codable, Sendable, CaseIterable, Comparable {
    case unsorted = "7102.10"
    case industrial = "7102.21"
    case nonIndustrial = "7102.31"

    /// The HS nomenclature wording in English or French.
    public func description(in language: Language) -> String {
        switch (self, language) {
        case (.unsorted, .en): return "Unsorted"
        case (.unsorted, .fr): return "Non triés"
        case (.industrial, .en): return "Industrial: unworked or simply sawn, cleaved or bruted"
        case (.industrial, .fr): return "Industriels : bruts ou simplement sciés, clivés ou débrutés"
        case (.nonIndustrial, .en): return "Non-industrial: unworked or simply sawn, cleaved or bruted"
        case (.nonIndustrial, .fr): return "Non industriels : bruts ou simplement sciés, clivés ou débrutés"
        }
    }

    public static func < (lhs: HSCode, rhs: HSCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
