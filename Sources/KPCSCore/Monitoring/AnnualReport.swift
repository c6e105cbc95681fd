/// The sections of a participant's annual report on how it implements the scheme, in the order the form asks them.
public enum AnnualReportSection: String, Codable, Sendable, CaseIterable {
    case legislation
    case controls
    case statistics
    case infringements
    case artisanal
    case other
}

/// The unit of a figure: how it is read and written.
public enum FigureUnit: String, Sendable {
    /// A whole number of certificates or flags.
    case count
    /// Hundredths of a carat.
    case caratsX100
    /// Cents of a US dollar.
    case usdCents

    /// The largest value a report may give in this unit: ten million certificates, ten billion carats, a thousand
    /// billion US dollars; far above any participant's year, and far below 2⁶³.
    public var maximum: Int64 {
        switch self {
        case .count: return 10_000_000
        case .caratsX100: return 1_000_000_000_000
        case .usdCents: return 100_000_000_000_000
        }
    }
}

/// One figure of an annual report, prefilled from kpcs's own records (``AnnualReportFigures/values``).
public enum AnnualReportFigure: String, Codable, Sendable, CaseIterable {
    /// Certificates the participant issued in the year, but voided ones.
    case exportCertificates = "export-certificates"
    case exportCaratsX100 = "export-carats-x100"
    case exportValueUsdCents = "export-value-usd-cents"
    /// Certificates issued to the participant in the year, but voided ones.
    case importCertificates = "import-certificates"
    case importCaratsX100 = "import-carats-x100"
    case importValueUsdCents = "import-value-usd-cents"
    /// Certificates issued to the participant whose receipt it confirmed.
    case importsConfirmed = "imports-confirmed"
    /// Certificates issued to the participant that it received with a discrepancy.
    case importDiscrepancies = "import-discrepancies"
    /// Certificates the participant issued that the importer refused.
    case exportsRefused = "exports-refused"
    case exportsVoided = "exports-voided"
    /// Certificates the participant issued that expired before their receipt was confirmed.
    case exportsExpired = "exports-expired"
    /// The year's production, both halves, as the current production reports give it.
    case productionCaratsX100 = "production-carats-x100"
    case productionValueUsdCents = "production-value-usd-cents"
    case artisanalCaratsX100 = "artisanal-carats-x100"
    /// Lines of the participant's exports of the year flagged by the unit-value screen.
    case unitValueFlags = "unit-value-flags"

    public var unit: FigureUnit {
        switch self {
        case .exportCaratsX100, .importCaratsX100, .productionCaratsX100, .artisanalCaratsX100: return .caratsX100
        case .exportValueUsdCents, .importValueUsdCents, .productionValueUsdCents: return .usdCents
        default: return .count
        }
    }
}

/// A figure as a version of the report gives it: the value reported, the value kpcs computed when it was
/// submitted, and the reason for any difference. Either is nil where nothing is known (no production report).
public struct ReportedFigure: Sendable, Equatable, Codable {
    public var value: Int64?
    public var computed: Int64?
    public var reason: String?

    public init(value: Int64?, computed: Int64?, reason: String? = nil) {
        self.value = value
        self.computed = computed
        self.reason = reason
    }

    /// Whether the participant changed what kpcs computed.
    public var isEdited: Bool { value != computed }
}

/// What the WGM decides on a version.
public enum ReviewOutcome: String, Codable, Sendable, CaseIterable {
    case accepted
    /// Sent back to the participant, with a comment, for a new version.
    case returned
}

/// The WGM's review of one version.
public struct AnnualReportReview: Sendable, Equatable {
    public var outcome: ReviewOutcome
    public var comment: String?
    public var reviewedAt: String
    public var reviewedBy: String

    public init(outcome: ReviewOutcome, comment: String?, reviewedAt: String, reviewedBy: String) {
        self.outcome = outcome
        self.comment = comment
        self.reviewedAt = reviewedAt
        self.reviewedBy = reviewedBy
    }
}

/// One submission of a report: every version is kept.
public struct AnnualReportVersion: Sendable, Equatable {
    public var number: Int
    public var sections: [AnnualReportSection: String]
    /// Every figure of ``AnnualReportFigure``; nil where it is withheld from the reader.
    public var figures: [AnnualReportFigure: ReportedFigure]?
    public var submittedAt: String
    public var submittedBy: String
    public var review: AnnualReportReview?

    public init(
        number: Int, sections: [AnnualReportSection: String], figures: [AnnualReportFigure: ReportedFigure]?,
        submittedAt: String, submittedBy: String, review: AnnualReportReview? = nil
    ) {
        self.number = number
        self.sections = sections
        self.figures = figures
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.review = review
    }
}

/// Where a report stands, computed from its versions.
public enum AnnualReportState: String, Codable, Sendable, CaseIterable {
    /// No version yet.
    case notSubmitted = "not-submitted"
    /// The last version waits for the WGM.
    case submitted
    /// The WGM returned the last version.
    case returned
    case accepted
}

/// A participant's annual report on one year: its due day and its versions, oldest first.
public struct AnnualReport: Sendable, Equatable {
    public var participant: String
    public var year: Int
    public var dueOn: CalendarDate
    public var versions: [AnnualReportVersion]

    public init(participant: String, year: Int, dueOn: CalendarDate, versions: [AnnualReportVersion]) {
        self.participant = participant
        self.year = year
        self.dueOn = dueOn
        self.versions = versions
    }

    /// A report with no version yet.
    public static func notSubmitted(participant: String, year: Int, due: AnnualReportDue) -> AnnualReport {
        AnnualReport(participant: participant, year: year, dueOn: due.dueOn(reportYear: year), versions: [])
    }

    public var state: AnnualReportState {
        guard let last = versions.last else { return .notSubmitted }
        switch last.review?.outcome {
        case nil: return .submitted
        case .returned: return .returned
        case .accepted: return .accepted
        }
    }

    /// The UTC day of the first submission: what makes a report on time or late.
    public var firstSubmittedOn: CalendarDate? {
        versions.first.flatMap { CalendarDate(iso: String($0.submittedAt.prefix(10))) }
    }

    public func timeliness(today: CalendarDate) -> ReportTimeliness {
        ReportTimeliness.of(dueOn: dueOn, submittedOn: firstSubmittedOn, today: today)
    }
}

/// When the report on a year is due: a month and day of the following year (`KPCS_ANNUAL_REPORT_DUE`).
public struct AnnualReportDue: Sendable, Equatable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// `MM-DD`, a day that exists in every year (29 February does not).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
            let month = Int(parts[0]), let day = Int(parts[1]), CalendarDate(year: 2027, month: month, day: day) != nil
        else { return nil }
        self.month = month
        self.day = day
    }

    /// kpcs's default, the first of June: a deployment sets the date its Plenary decided.
    public static let standard = AnnualReportDue("06-01")!

    /// The day the report on `year` is due.
    public func dueOn(reportYear year: Int) -> CalendarDate {
        CalendarDate(year: year + 1, month: month, day: day) ?? CalendarDate(year: year + 1, month: 12, day: 31)!
    }

    public var description: String { (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)" }
}

/// A line of the public list of a participant's reports: what the accountability page shows.
public struct AnnualReportStanding: Sendable, Equatable {
    public var year: Int
    public var dueOn: CalendarDate
    public var state: AnnualReportState
    public var timeliness: ReportTimeliness
    public var firstSubmittedOn: CalendarDate?
    public var versions: Int

    public init(_ report: AnnualReport, today: CalendarDate) {
        year = report.year
        dueOn = report.dueOn
        state = report.state
        timeliness = report.timeliness(today: today)
        firstSubmittedOn = report.firstSubmittedOn
        versions = report.versions.count
    }
}
