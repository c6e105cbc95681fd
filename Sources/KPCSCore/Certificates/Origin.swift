/// Where the diamonds of a shipment were mined: one country, or several when parcels of different origins
/// were mixed (typically a re-export from a trading centre).
public enum Origin: Sendable, Equatable {
    case single(String)
    case mixed([String])

    /// The countries named, in order.
    public var countries: [String] {
        switch self {
        case .single(let country): return [country]
        case .mixed(let countries): return countries
        }
    }

    public var kind: String {
        switch self {
        case .single: return "single"
        case .mixed: return "mixed"
        }
    }

    /// Rebuilds an origin from its stored kind and country list.
    public init?(kind: String, countries: [String]) {
        switch kind {
        case "single" where countries.count == 1: self = .single(countries[0])
        case "mixed": self = .mixed(countries)
        default: return nil
        }
    }
}
