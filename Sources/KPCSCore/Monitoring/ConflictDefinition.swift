/// A definition of conflict diamonds as a named, versioned policy: which kinds of incident count.
public enum ConflictDefinition: String, Codable, Sendable, CaseIterable {
    /// The KP's definition since 2003: rough diamonds used by rebel movements or their allies to finance conflict
    /// aimed at undermining legitimate governments.
    case kp2003 = "kp-2003"
    /// The broadened definition civil society and industry proposed in 2018–2019, which the 2019 Plenary did not
    /// adopt: violence by any actor, public and private security forces included.
    case broadened2019 = "broadened-2019"

    /// The policy's version: a change of the kinds it counts is a new version.
    public var version: Int { 1 }

    /// The kinds of incident that make a zone's diamonds conflict diamonds under this definition.
    public var countedKinds: Set<IncidentKind> {
        switch self {
        case .kp2003: return [.rebelFinancing]
        case .broadened2019:
            return [.rebelFinancing, .securityForceAbuse, .killings, .sexualViolence, .forcedOrChildLabour]
        }
    }

    /// Whether a report counts under this definition: corroborated, and of a counted kind.
    public func counts(_ incident: Incident) -> Bool {
        incident.verification == .corroborated && !countedKinds.isDisjoint(with: incident.kinds)
    }

    /// The zones a definition puts under review: those named by a report that counts, occurred in the period. A
    /// report given only as a point names no zone.
    public func affectedZones(
        _ incidents: [Incident], from start: CalendarDate, before end: CalendarDate
    ) -> Set<String> {
        Set(
            incidents.filter { counts($0) && start <= $0.occurredOn && $0.occurredOn < end }.compactMap(\.zone))
    }
}

/// Under one definition, the zones affected in a period and the certified trade that came from them.
public struct WhatIfRow: Sendable, Equatable {
    public var definition: ConflictDefinition
    public var zones: [String]
    public var trade: TradeTotals

    public init(definition: ConflictDefinition, zones: [String], trade: TradeTotals) {
        self.definition = definition
        self.zones = zones
        self.trade = trade
    }
}

/// The what-if view: for each definition, which zones a period's corroborated reports would put under review, and
/// how many certificates, carats and US dollars of that period's certified trade (voided certificates left out)
/// named those zones as their origin. Computed from the reports and the trade by origin zone; sums are checked.
public enum ConflictWhatIf {
    public static func compute(
        incidents: [Incident], tradeByZone: [String: TradeTotals], from start: CalendarDate, before end: CalendarDate
    ) throws -> [WhatIfRow] {
        try ConflictDefinition.allCases.map { definition in
            let zones = definition.affectedZones(incidents, from: start, before: end).sorted()
            let trade = try zones.reduce(TradeTotals()) { sum, zone in
                try sum.adding(tradeByZone[zone] ?? TradeTotals())
            }
            return WhatIfRow(definition: definition, zones: zones, trade: trade)
        }
    }
}
