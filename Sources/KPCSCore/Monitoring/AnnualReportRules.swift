import Foundation

/// A version of an annual report as a delegate sends it: the text of every section, and the figures it changes
/// from what kpcs computed (a figure left out keeps the computed value).
public struct AnnualReportDraft: Codable, Sendable, Equatable {
    public var sections: [String: String]?
    public var figures: [String: FigureDraft]?

    public init(sections: [String: String]?, figures: [String: FigureDraft]? = nil) {
        self.sections = sections
        self.figures = figures
    }

    /// A figure given: its value (none: not reported) and the reason it differs from the computed one.
    public struct FigureDraft: Codable, Sendable, Equatable {
        public var value: Int64?
        public var reason: String?

        public init(value: Int64?, reason: String? = nil) {
            self.value = value
            self.reason = reason
        }
    }
}

/// The WGM's review of the last version: which version (so that two reviewers cannot both act on one), accepted or
/// returned, and a comment, which a return needs.
public struct AnnualReportReviewDraft: Codable, Sendable, Equatable {
    public var version: Int?
    public var outcome: String?
    public var comment: String?

    public init(version: Int?, outcome: String?, comment: String?) {
        self.version = version
        self.outcome = outcome
        self.comment = comment
    }
}

/// A version that passed every rule, ready to store.
public struct ValidAnnualReportVersion: Sendable, Equatable {
    public let sections: [AnnualReportSection: String]
    public let figures: [AnnualReportFigure: ReportedFigure]
}

/// Who submits, reviews and reads annual reports, and what a version and a review must hold.
public enum AnnualReportRules {
    public static let maximumSectionLength = 20_000
    public static let maximumReasonLength = 500
    public static let maximumCommentLength = 5_000
    /// The first year the scheme ran.
    public static let firstYear = 2003

    /// Only the participant's own delegate submits its report.
    public static func authorizeSubmission(_ principal: Principal, participant: String) throws {
        guard principal.role == .delegate, principal.delegation == participant else {
            throw KPCSError.forbidden(AnnualReportMessage.onlyDelegateSubmits(participant: participant))
        }
    }

    /// The WGM reviews: a delegate of a participant that holds a seat on it today, or an account that holds a seat
    /// of its own; never the reporting participant's own delegate.
    public static func authorizeReview(
        _ principal: Principal, participant: String, monitoring: WorkingBody?, today: CalendarDate
    ) throws {
        if principal.role == .delegate, principal.delegation == participant {
            throw KPCSError.forbidden(AnnualReportMessage.ownReportNotReviewed(participant: participant))
        }
        guard let monitoring, reviews(principal, seats: monitoring.seats(on: today)) else {
            throw KPCSError.forbidden(AnnualReportMessage.onlyMonitoringReviews(body: monitoringBodyCode))
        }
    }

    /// The code of the Working Group on Monitoring.
    public static let monitoringBodyCode = "WGM"

    private static func reviews(_ principal: Principal, seats: [BodySeat]) -> Bool {
        let holders = Set(seats.map(\.holder))
        if holders.contains(.person(principal.username)) { return true }
        guard principal.role == .delegate, let delegation = principal.delegation else { return false }
        return holders.contains(.participant(delegation))
    }

    /// What a reader sees of a report: administrators, scheme-wide readers, the participant's own officers and
    /// delegates, and whoever sits on the WGM today read it; an observer organisation on the WGM reads it without
    /// its figures (sums over certificates, which it may not read). Anyone else is refused.
    public static func visible(
        _ report: AnnualReport, to principal: Principal, monitoring: WorkingBody?, today: CalendarDate
    ) throws -> AnnualReport {
        let own =
            (principal.role == .officer || principal.role == .delegate)
            && principal.participantCode == report.participant
        if principal.certificateScope == .all || own { return report }
        let seats = monitoring?.seats(on: today) ?? []
        if reviews(principal, seats: seats) { return report }
        if let organisation = principal.organisation,
            seats.contains(where: { $0.holder == .organisation(organisation) })
        {
            var withheld = report
            for index in withheld.versions.indices { withheld.versions[index].figures = nil }
            return withheld
        }
        throw KPCSError.forbidden(AnnualReportMessage.reportForbidden(participant: report.participant))
    }

    /// A report may be made on a year that has ended, from the scheme's first.
    public static func checkYear(_ year: Int, today: CalendarDate) throws {
        guard year >= firstYear, year <= today.year else {
            throw KPCSError.invalid(
                AnnualReportMessage.yearOutOfRange(first: String(firstYear), last: String(today.year)),
                pointer: "/year")
        }
    }

    /// A new version may be submitted when the year has ended and the report is not submitted yet, or was
    /// returned.
    public static func checkSubmittable(_ report: AnnualReport, today: CalendarDate) throws {
        try checkYear(report.year, today: today)
        guard report.year < today.year else {
            throw KPCSError.conflict(AnnualReportMessage.yearNotEnded(year: String(report.year)))
        }
        switch report.state {
        case .notSubmitted, .returned: return
        case .submitted: throw KPCSError.conflict(AnnualReportMessage.underReview(year: String(report.year)))
        case .accepted: throw KPCSError.conflict(AnnualReportMessage.alreadyAccepted(year: String(report.year)))
        }
    }

    /// Checks a version against the figures kpcs computed: every section written, no unknown section or figure,
    /// every value within its unit's bound, and a reason for each value that differs from the computed one. Every
    /// fault is named at once.
    public static func validate(
        _ draft: AnnualReportDraft, computed: [AnnualReportFigure: Int64]
    ) throws -> ValidAnnualReportVersion {
        var violations: [Violation] = []
        let given = draft.sections ?? [:]
        for key in given.keys.sorted() where AnnualReportSection(rawValue: key) == nil {
            violations.append(unknown(key, pointer: "/sections", allowed: AnnualReportSection.allCases.map(\.rawValue)))
        }
        var sections: [AnnualReportSection: String] = [:]
        for section in AnnualReportSection.allCases {
            sections[section] = RegistryRules.checkName(
                given[section.rawValue], pointer: "/sections/\(section.rawValue)", maximum: maximumSectionLength,
                into: &violations)
        }
        let edits = draft.figures ?? [:]
        for key in edits.keys.sorted() where AnnualReportFigure(rawValue: key) == nil {
            violations.append(unknown(key, pointer: "/figures", allowed: AnnualReportFigure.allCases.map(\.rawValue)))
        }
        var figures: [AnnualReportFigure: ReportedFigure] = [:]
        for figure in AnnualReportFigure.allCases {
            let pointer = "/figures/\(figure.rawValue)"
            guard let edit = edits[figure.rawValue] else {
                figures[figure] = ReportedFigure(value: computed[figure], computed: computed[figure])
                continue
            }
            if let value = edit.value, !(0...figure.unit.maximum).contains(value) {
                violations.append(
                    Violation(
                        "\(pointer)/value",
                        AnnualReportMessage.figureOutOfRange(
                            figure: figure.rawValue, maximum: String(figure.unit.maximum))))
                continue
            }
            var reported = ReportedFigure(value: edit.value, computed: computed[figure])
            if reported.isEdited {
                reported.reason = RegistryRules.checkName(
                    edit.reason, pointer: "\(pointer)/reason", maximum: maximumReasonLength, into: &violations)
            }
            figures[figure] = reported
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        return ValidAnnualReportVersion(sections: sections.compactMapValues { $0 }, figures: figures)
    }

    /// Checks a review of the report's last version: that version named, not reviewed yet, an outcome, and a
    /// comment when it is returned.
    public static func validateReview(
        _ draft: AnnualReportReviewDraft, of report: AnnualReport
    ) throws -> (outcome: ReviewOutcome, comment: String?) {
        var violations: [Violation] = []
        let outcome = MeetingRules.choice(draft.outcome, ReviewOutcome.self, field: "outcome", into: &violations)
        var comment: String?
        if let text = draft.comment, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            comment = RegistryRules.checkName(
                text, pointer: "/comment", maximum: maximumCommentLength, into: &violations)
        } else if outcome == .returned {
            violations.append(Violation("/comment", AnnualReportMessage.returnNeedsComment))
        }
        if draft.version == nil {
            violations.append(Violation("/version", RequestMessage.fieldRequired(field: "version")))
        }
        guard violations.isEmpty, let outcome, let version = draft.version else {
            throw KPCSError.validation(violations)
        }
        guard let last = report.versions.last, last.review == nil else {
            throw KPCSError.conflict(AnnualReportMessage.nothingToReview(year: String(report.year)))
        }
        guard version == last.number else {
            throw KPCSError.conflict(
                AnnualReportMessage.versionNotLast(version: String(version), last: String(last.number)))
        }
        return (outcome, comment)
    }

    private static func unknown(_ key: String, pointer: String, allowed: [String]) -> Violation {
        let escaped = String(key.prefix(40)).replacingOccurrences(of: "~", with: "~0").replacingOccurrences(
            of: "/", with: "~1")
        return Violation(
            "\(pointer)/\(escaped)",
            RequestMessage.fieldValueInvalid(
                field: String(pointer.dropFirst()), value: String(key.prefix(40)),
                allowed: allowed.joined(separator: ", ")))
    }
}
