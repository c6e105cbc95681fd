import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Reading annual reports: the public standing of a participant's reports year by year (state, on time, late or
/// missing, computed when read), and one report whole for those ``AnnualReportRules/visible`` lets read it.
extension MonitoringStore {
    /// The most years a standing list gives.
    static let maximumStandingYears = 30

    /// The participant's reports, newest year first: from the first year kpcs has a record of (a certificate or a
    /// report) or the year it joined, whichever is later, to this year. Public: it says when reports came, not what
    /// they say.
    public func annualReportStandings(participant code: String) async throws -> [AnnualReportStanding] {
        let today = self.today
        let due = configuration.annualReportDue
        return try await database.read { db in
            guard let participant = try await RegistryStore.participant(code, in: db) else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            let reports = try await Self.reports(participant: code, year: nil, due: due, in: db)
            let firstCertificate = try await db.raw("SELECT MIN(issued_on) AS first FROM certificates").first()?
                .optionalString("first").flatMap { Int($0.prefix(4)) }
            let firstRecord =
                ([firstCertificate, reports.keys.min(), today.year].compactMap { $0 }).min() ?? today.year
            let first = max(firstRecord, participant.joined ?? firstRecord, AnnualReportRules.firstYear)
            let years = (max(first, today.year - Self.maximumStandingYears + 1)...max(first, today.year)).reversed()
            return years.map { year in
                AnnualReportStanding(
                    reports[year] ?? AnnualReport.notSubmitted(participant: code, year: year, due: due), today: today)
            }
        }
    }

    /// One report whole, as the principal may see it; a year with no version is a report not submitted.
    public func annualReport(
        participant code: String, year: Int, for principal: Principal
    ) async throws
        -> AnnualReport
    {
        let today = self.today
        try AnnualReportRules.checkYear(year, today: today)
        let due = configuration.annualReportDue
        return try await database.read { db in
            guard try await RegistryStore.participant(code, in: db) != nil else {
                throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
            }
            let report =
                try await Self.reports(participant: code, year: year, due: due, in: db)[year]
                ?? AnnualReport.notSubmitted(participant: code, year: year, due: due)
            let monitoring = try await Self.monitoringBody(in: db)
            return try AnnualReportRules.visible(report, to: principal, monitoring: monitoring, today: today)
        }
    }

    /// The participant's reports (one year, or all), by year, with their versions in order.
    static func reports(
        participant code: String, year: Int?, due: AnnualReportDue, in db: any SQLDatabase
    ) async throws -> [Int: AnnualReport] {
        let yearFilter: SQLQueryString = year.map { "AND v.year = \(bind: $0)" } ?? ""
        let rows = try await db.raw(
            """
            SELECT v.*, s.username AS submitter, r.username AS reviewer FROM annual_report_versions v\
             JOIN accounts s ON s.id = v.submitted_by LEFT JOIN accounts r ON r.id = v.reviewed_by\
             WHERE v.participant_code = \(bind: code) \(yearFilter) ORDER BY v.year, v.number
            """
        ).all()
        var reports: [Int: AnnualReport] = [:]
        for row in rows {
            let year = Int(try row.int("year"))
            reports[
                year,
                default: AnnualReport.notSubmitted(participant: code, year: year, due: due)
            ]
            .versions.append(try version(from: row))
        }
        return reports
    }

    private static func version(from row: any SQLRow) throws -> AnnualReportVersion {
        let sections = try AnnualReportContent.sections(try row.string("sections"))
        let figures = try AnnualReportContent.figures(try row.string("figures"))
        var review: AnnualReportReview?
        if let outcome = try row.optionalString("outcome") {
            guard let value = ReviewOutcome(rawValue: outcome) else {
                throw StoreCorruption.badValue("outcome", outcome)
            }
            review = AnnualReportReview(
                outcome: value, comment: try row.optionalString("comment"),
                reviewedAt: try row.optionalString("reviewed_at") ?? "",
                reviewedBy: try row.optionalString("reviewer") ?? "")
        }
        return AnnualReportVersion(
            number: Int(try row.int("number")), sections: sections, figures: figures,
            submittedAt: try row.string("submitted_at"), submittedBy: try row.string("submitter"), review: review)
    }
}

/// A version's sections and figures as the database keeps them: canonical JSON objects, keyed by the section's and
/// the figure's codes; the SHA-256 of both is the `content_sha256` of its leaf.
enum AnnualReportContent {
    static func text(_ sections: [AnnualReportSection: String]) -> String {
        String(
            decoding: CanonicalJSON.encode(
                .object(
                    Dictionary(
                        uniqueKeysWithValues: sections.map {
                            ($0.key.rawValue, JSONValue.string($0.value))
                        }))), as: UTF8.self)
    }

    static func text(_ figures: [AnnualReportFigure: ReportedFigure]) -> String {
        let members = figures.map { figure, reported in
            var member: [String: JSONValue] = [:]
            if let value = reported.value { member["value"] = .integer(value) }
            if let computed = reported.computed { member["computed"] = .integer(computed) }
            if let reason = reported.reason { member["reason"] = .string(reason) }
            return (figure.rawValue, JSONValue.object(member))
        }
        return String(decoding: CanonicalJSON.encode(.object(Dictionary(uniqueKeysWithValues: members))), as: UTF8.self)
    }

    static func sections(_ text: String) throws -> [AnnualReportSection: String] {
        guard let decoded = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else {
            throw StoreCorruption.badValue("sections", String(text.prefix(80)))
        }
        return Dictionary(
            uniqueKeysWithValues: decoded.compactMap { key, value in
                AnnualReportSection(rawValue: key).map { ($0, value) }
            })
    }

    static func figures(_ text: String) throws -> [AnnualReportFigure: ReportedFigure] {
        guard let decoded = try? JSONDecoder().decode([String: ReportedFigure].self, from: Data(text.utf8)) else {
            throw StoreCorruption.badValue("figures", String(text.prefix(80)))
        }
        return Dictionary(
            uniqueKeysWithValues: decoded.compactMap { key, value in
                AnnualReportFigure(rawValue: key).map { ($0, value) }
            })
    }
}

extension MonitoringStore {
    /// Whether the principal may review the participant's report today (what the page asks before it shows the
    /// review form; the review itself checks again in its transaction).
    public func mayReviewAnnualReport(participant code: String, principal: Principal) async -> Bool {
        let today = self.today
        let monitoring = try? await monitoringBody()
        return
            (try? AnnualReportRules.authorizeReview(
                principal, participant: code, monitoring: monitoring ?? nil, today: today)) != nil
    }
}
