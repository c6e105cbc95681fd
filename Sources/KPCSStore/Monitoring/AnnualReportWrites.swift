import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Submitting and reviewing annual reports, each in one transaction with its public leaf: `annual-report.submitted`
/// (the participant, the year, the version and the SHA-256 of its content, never the content) and
/// `annual-report.reviewed` (the outcome, never the comment).
extension MonitoringStore {
    /// Submits a new version of the participant's report on a year, its figures checked against what kpcs computes
    /// now; returns the report as its delegate sees it.
    public func submitAnnualReport(
        participant code: String, year: Int, _ draft: AnnualReportDraft, by principal: Principal
    ) async throws -> AnnualReport {
        try AnnualReportRules.authorizeSubmission(principal, participant: code)
        let today = self.today
        try AnnualReportRules.checkYear(year, today: today)
        let computed = try await computedFigures(participant: code, year: year).values
        let valid = try AnnualReportRules.validate(draft, computed: computed)
        let due = configuration.annualReportDue
        let at = Timestamp.string(now)
        return try await transaction { db in
            let report =
                try await Self.reports(participant: code, year: year, due: due, in: db)[year]
                ?? AnnualReport.notSubmitted(participant: code, year: year, due: due)
            try AnnualReportRules.checkSubmittable(report, today: today)
            let number = (report.versions.last?.number ?? 0) + 1
            let sections = AnnualReportContent.text(valid.sections)
            let figures = AnnualReportContent.text(valid.figures)
            // Another submission of the same number, committed since the read, leaves no row: the version is sent
            // once.
            guard
                try await db.raw(
                    """
                    INSERT INTO annual_report_versions (participant_code, year, number, sections, figures,\
                     submitted_at, submitted_by) VALUES (\(bind: code), \(bind: year), \(bind: number),\
                     \(bind: sections), \(bind: figures), \(bind: at), \(bind: principal.accountId))\
                     ON CONFLICT DO NOTHING RETURNING id
                    """
                ).first() != nil
            else { throw KPCSError.conflict(AnnualReportMessage.underReview(year: String(year))) }
            let content = Array(SHA256.hash(data: Data((sections + "\n" + figures).utf8)))
            _ = try await db.appendToLog(
                .governance(
                    "annual-report.submitted", at: at,
                    details: [
                        "participant": .string(code), "year": .integer(Int64(year)), "version": .integer(Int64(number)),
                        "content_sha256": .string(Hex.encode(content)),
                    ]))
            var submitted = report
            submitted.versions.append(
                AnnualReportVersion(
                    number: number, sections: valid.sections, figures: valid.figures, submittedAt: at,
                    submittedBy: principal.username))
            return submitted
        }
    }

    /// Records the WGM's review of the last version: accepted, or returned with a comment.
    public func reviewAnnualReport(
        participant code: String, year: Int, _ draft: AnnualReportReviewDraft, by principal: Principal
    ) async throws -> AnnualReport {
        let today = self.today
        try AnnualReportRules.checkYear(year, today: today)
        let due = configuration.annualReportDue
        let at = Timestamp.string(now)
        return try await transaction { db in
            guard try await RegistryStore.participant(code, in: db) != nil else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            let monitoring = try await Self.monitoringBody(in: db)
            try AnnualReportRules.authorizeReview(principal, participant: code, monitoring: monitoring, today: today)
            let report =
                try await Self.reports(participant: code, year: year, due: due, in: db)[year]
                ?? AnnualReport.notSubmitted(participant: code, year: year, due: due)
            let (outcome, comment) = try AnnualReportRules.validateReview(draft, of: report)
            let number = report.versions.count
            // A review committed by another reviewer since the read leaves no row to update.
            guard
                try await db.raw(
                    """
                    UPDATE annual_report_versions SET outcome = \(bind: outcome.rawValue), comment = \(bind: comment),\
                     reviewed_at = \(bind: at), reviewed_by = \(bind: principal.accountId)\
                     WHERE participant_code = \(bind: code) AND year = \(bind: year) AND number = \(bind: number)\
                     AND outcome IS NULL RETURNING id
                    """
                ).first() != nil
            else { throw KPCSError.conflict(AnnualReportMessage.nothingToReview(year: String(year))) }
            _ = try await db.appendToLog(
                .governance(
                    "annual-report.reviewed", at: at,
                    details: [
                        "participant": .string(code), "year": .integer(Int64(year)), "version": .integer(Int64(number)),
                        "outcome": .string(outcome.rawValue),
                    ]))
            var reviewed = report
            reviewed.versions[reviewed.versions.count - 1].review = AnnualReportReview(
                outcome: outcome, comment: comment, reviewedAt: at, reviewedBy: principal.username)
            return try AnnualReportRules.visible(reviewed, to: principal, monitoring: monitoring, today: today)
        }
    }
}
