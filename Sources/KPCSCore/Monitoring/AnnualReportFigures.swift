/// The figures of a participant's annual report that kpcs computes from its own records, so that the report starts
/// from what the certificates say: the certificates of the year (by day of issue) that the participant issued, and
/// those addressed to it, counted and summed by the state each is in on the day the figures are read.
public struct AnnualReportFigures: Sendable, Equatable {
    public var participant: String
    public var year: Int
    /// The certificates the participant issued in the year, by state: how many, and their certified carats and value.
    public var issued: [CertificateState: TradeTotals]
    /// The certificates issued to the participant in the year, by state.
    public var received: [CertificateState: TradeTotals]
    /// The year's production, both halves, as the current production reports give it; nil when none was reported.
    public var production: ProductionTotals?
    /// Lines of the participant's exports of the year that the unit-value screen flags.
    public var unitValueFlags: Int64

    /// Carats and value produced, and the carats of artisanal and alluvial mining among them.
    public struct ProductionTotals: Sendable, Equatable {
        public var caratsX100: Int64
        public var valueUsdCents: Int64
        public var artisanalCaratsX100: Int64

        public init(caratsX100: Int64, valueUsdCents: Int64, artisanalCaratsX100: Int64) {
            self.caratsX100 = caratsX100
            self.valueUsdCents = valueUsdCents
            self.artisanalCaratsX100 = artisanalCaratsX100
        }
    }

    public init(
        participant: String, year: Int, issued: [CertificateState: TradeTotals],
        received: [CertificateState: TradeTotals], production: ProductionTotals? = nil, unitValueFlags: Int64 = 0
    ) {
        self.participant = participant
        self.year = year
        self.issued = issued
        self.received = received
        self.production = production
        self.unitValueFlags = unitValueFlags
    }

    /// Each figure of the report as kpcs computes it; a production figure is absent when no production was
    /// reported, and the sums are absent in the (unreachable) case they would leave 64 bits.
    public var values: [AnnualReportFigure: Int64] {
        let exports = Self.total(issued, states: Self.certifiedStates)
        let imports = Self.total(received, states: Self.certifiedStates)
        var values: [AnnualReportFigure: Int64] = [
            .importsConfirmed: received[.confirmed]?.certificates ?? 0,
            .importDiscrepancies: received[.discrepancy]?.certificates ?? 0,
            .exportsRefused: issued[.refused]?.certificates ?? 0,
            .exportsVoided: issued[.voided]?.certificates ?? 0,
            .exportsExpired: issued[.expired]?.certificates ?? 0,
            .unitValueFlags: unitValueFlags,
        ]
        values[.exportCertificates] = exports?.certificates
        values[.exportCaratsX100] = exports?.caratsX100
        values[.exportValueUsdCents] = exports?.valueUsdCents
        values[.importCertificates] = imports?.certificates
        values[.importCaratsX100] = imports?.caratsX100
        values[.importValueUsdCents] = imports?.valueUsdCents
        values[.productionCaratsX100] = production?.caratsX100
        values[.productionValueUsdCents] = production?.valueUsdCents
        values[.artisanalCaratsX100] = production?.artisanalCaratsX100
        return values
    }

    /// The totals of some states of one side, or nil when the sum would leave 64 bits (it cannot within
    /// ``QuantityBounds``; checked all the same, so that nothing traps).
    public static func total(_ side: [CertificateState: TradeTotals], states: Set<CertificateState>) -> TradeTotals? {
        try? CertificateState.allCases.filter(states.contains).reduce(TradeTotals()) { sum, state in
            try sum.adding(side[state] ?? TradeTotals())
        }
    }

    /// Every state but voided: the trade the year's certificates certified.
    public static let certifiedStates = Set(CertificateState.allCases).subtracting([.voided])
}

/// Whether a report came in time, computed from the record's own times and the day it is read, never typed.
public enum ReportTimeliness: String, Codable, Sendable, CaseIterable {
    /// Not submitted, and the due day has not passed.
    case notYetDue = "not-yet-due"
    /// First submitted on or before the due day.
    case onTime = "on-time"
    /// First submitted after the due day.
    case late
    /// Not submitted, and the due day has passed.
    case missing

    /// The timeliness of a report due on `dueOn`, first submitted on `submittedOn` (nil: never), read on `today`. A
    /// report returned by the WGM and submitted again keeps its first submission's day: it was not late.
    public static func of(dueOn: CalendarDate, submittedOn: CalendarDate?, today: CalendarDate) -> ReportTimeliness {
        if let submittedOn { return submittedOn <= dueOn ? .onTime : .late }
        return today <= dueOn ? .notYetDue : .missing
    }
}

/// Who reads a participant's annual report figures: whoever may read all of its certificates (an administrator, a
/// scheme-wide reader such as the Chair's or the WGS's accounts), and its own officers and delegates. The figures are
/// sums over certificates, and a sum over one certificate is that certificate's value: so an observer
/// organisation, which reads no certificate, does not read them either.
public enum AnnualReportAccess {
    public static func authorizeFigures(_ principal: Principal, participant: String) throws {
        let own =
            (principal.role == .officer || principal.role == .delegate) && principal.participantCode == participant
        guard principal.certificateScope == .all || own else {
            throw KPCSError.forbidden(AnnualReportMessage.figuresForbidden(participant: participant))
        }
    }
}
