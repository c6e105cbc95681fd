import Testing

@testable import KPCSCore

/// On time, late, missing: computed from the record's own days and the day it is read.
@Suite struct AnnualReportRulesTests {
    static let due = CalendarDate(year: 2027, month: 3, day: 31)!

    @Test func timelinessComesFromTheDaysOnly() {
        let before = Self.due.adding(days: -1)
        let after = Self.due.adding(days: 1)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: nil, today: before) == .notYetDue)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: nil, today: Self.due) == .notYetDue)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: nil, today: after) == .missing)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: Self.due, today: after) == .onTime)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: after, today: after) == .late)
        #expect(ReportTimeliness.of(dueOn: Self.due, submittedOn: before, today: before) == .onTime)
    }

    @Test func totalsAreCheckedAndLeaveOutTheVoided() {
        let side: [CertificateState: TradeTotals] = [
            .confirmed: TradeTotals(caratsX100: 300, valueUsdCents: 5_000, certificates: 2),
            .voided: TradeTotals(caratsX100: 100, valueUsdCents: 1_000, certificates: 1),
            .refused: TradeTotals(caratsX100: 50, valueUsdCents: 700, certificates: 1),
        ]
        #expect(
            AnnualReportFigures.total(side, states: AnnualReportFigures.certifiedStates)
                == TradeTotals(caratsX100: 350, valueUsdCents: 5_700, certificates: 3))
        let huge: [CertificateState: TradeTotals] = [
            .confirmed: TradeTotals(caratsX100: .max, valueUsdCents: 0, certificates: 1),
            .issued: TradeTotals(caratsX100: 1, valueUsdCents: 0, certificates: 1),
        ]
        #expect(AnnualReportFigures.total(huge, states: AnnualReportFigures.certifiedStates) == nil, "no trap")
    }

    static let sections = Dictionary(
        uniqueKeysWithValues: AnnualReportSection.allCases.map { ($0.rawValue, "Text of \($0.rawValue).") })

    static func pointers(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as KPCSError {
            return error.violations.map { "\($0.pointer) \($0.message.key.code)" }
        } catch { return ["\(error)"] }
    }

    @Test func aVersionNamesEveryFaultAndKeepsTheComputedValueBesideTheReported() throws {
        let computed: [AnnualReportFigure: Int64] = [.exportCertificates: 4, .exportsVoided: 0]
        let faults = Self.pointers {
            _ = try AnnualReportRules.validate(
                AnnualReportDraft(
                    sections: ["legislation": "x", "a/b~c": "y"],
                    figures: [
                        "export-certificates": .init(value: 5), "exports-voided": .init(value: -1),
                        "import-carats-x100": .init(value: FigureUnit.caratsX100.maximum + 1, reason: "r"),
                        "no-such-figure": .init(value: 1),
                    ]),
                computed: computed)
        }
        #expect(faults.contains("/sections/a~1b~0c field-value-invalid"), "\(faults)")
        #expect(faults.contains("/sections/controls field-required"))
        #expect(faults.contains("/figures/export-certificates/reason field-required"))
        #expect(faults.contains("/figures/exports-voided/value annual-report-figure-out-of-range"))
        #expect(faults.contains("/figures/import-carats-x100/value annual-report-figure-out-of-range"))
        #expect(faults.contains("/figures/no-such-figure field-value-invalid"))

        let valid = try AnnualReportRules.validate(
            AnnualReportDraft(
                sections: Self.sections,
                figures: [
                    "export-certificates": .init(value: 5, reason: "One on paper."),
                    "exports-voided": .init(value: 0, reason: "unused"),
                ]),
            computed: computed)
        #expect(valid.figures[.exportCertificates] == ReportedFigure(value: 5, computed: 4, reason: "One on paper."))
        #expect(valid.figures[.exportsVoided] == ReportedFigure(value: 0, computed: 0), "no change, no reason kept")
        #expect(valid.figures[.productionCaratsX100] == ReportedFigure(value: nil, computed: nil))
        #expect(valid.figures.count == AnnualReportFigure.allCases.count)
    }

    static func report(_ outcomes: [ReviewOutcome?]) -> AnnualReport {
        AnnualReport(
            participant: "BW", year: 2026, dueOn: due,
            versions: outcomes.enumerated().map { index, outcome in
                AnnualReportVersion(
                    number: index + 1, sections: [:], figures: [:], submittedAt: "2027-0\(index + 1)-10T10:00:00.000Z",
                    submittedBy: "bw-delegate",
                    review: outcome.map {
                        AnnualReportReview(
                            outcome: $0, comment: nil, reviewedAt: "2027-05-01T00:00:00.000Z", reviewedBy: "x")
                    })
            })
    }

    @Test func stateAndTimelinessComeFromTheVersions() {
        let today = CalendarDate(year: 2027, month: 6, day: 1)!
        #expect(Self.report([]).state == .notSubmitted && Self.report([]).timeliness(today: today) == .missing)
        #expect(Self.report([nil]).state == .submitted)
        let resubmitted = Self.report([.returned, .returned, nil])
        #expect(resubmitted.state == .submitted && resubmitted.firstSubmittedOn == CalendarDate(iso: "2027-01-10"))
        #expect(resubmitted.timeliness(today: today) == .onTime, "the first submission, before the due day, counts")
        #expect(Self.report([.returned, .accepted]).state == .accepted)
        #expect(AnnualReportDue("02-29") == nil && AnnualReportDue("6-1") == nil && AnnualReportDue("13-01") == nil)
        #expect(AnnualReportDue("03-31")?.dueOn(reportYear: 2026) == Self.due)
    }

    @Test func aReviewActsOnTheLastVersionOnceAndAReturnNeedsAComment() throws {
        #expect(
            Self.pointers {
                _ = try AnnualReportRules.validateReview(
                    AnnualReportReviewDraft(version: nil, outcome: "returned", comment: nil), of: Self.report([nil]))
            } == ["/comment annual-report-return-needs-comment", "/version field-required"])
        #expect(
            Self.pointers {
                _ = try AnnualReportRules.validateReview(
                    AnnualReportReviewDraft(version: 1, outcome: "maybe", comment: nil), of: Self.report([nil]))
            } == ["/outcome field-value-invalid"])
        #expect(throws: KPCSError.self) {
            try AnnualReportRules.validateReview(
                AnnualReportReviewDraft(version: 1, outcome: "accepted", comment: nil), of: Self.report([.accepted]))
        }
        let review = try AnnualReportRules.validateReview(
            AnnualReportReviewDraft(version: 2, outcome: "returned", comment: " Say more. "),
            of: Self.report([.returned, nil]))
        #expect(review.outcome == .returned && review.comment == "Say more.")
    }

    @Test func theWGMReviewsAndAnOrganisationOnItReadsNoFigures() throws {
        let day = CalendarDate(year: 2027, month: 2, day: 1)!
        let seat = { (holder: SeatHolder) in
            BodySeat(
                id: 1, holder: holder, role: .member, startsOn: CalendarDate(year: 2027, month: 1, day: 1)!, endsOn: nil
            )
        }
        let wgm = WorkingBody(
            id: 1, code: "WGM", kind: .workingGroup, nameEn: "WGM", nameFr: "WGM",
            seats: [
                seat(.participant("EU")), seat(.participant("BW")), seat(.organisation("CSC")),
                seat(.person("analyst")),
            ])
        func delegate(_ code: String) -> Principal {
            Principal(accountId: 1, username: "\(code)-d", role: .delegate, authority: nil, delegation: code)
        }
        try AnnualReportRules.authorizeReview(delegate("EU"), participant: "BW", monitoring: wgm, today: day)
        try AnnualReportRules.authorizeReview(
            Principal(accountId: 2, username: "analyst", role: .observer, authority: nil), participant: "BW",
            monitoring: wgm, today: day)
        #expect(throws: KPCSError.self) {
            try AnnualReportRules.authorizeReview(delegate("BW"), participant: "BW", monitoring: wgm, today: day)
        }
        #expect(throws: KPCSError.self) {
            try AnnualReportRules.authorizeReview(delegate("AE"), participant: "BW", monitoring: wgm, today: day)
        }
        #expect(throws: KPCSError.self) {
            try AnnualReportRules.authorizeReview(
                delegate("EU"), participant: "BW", monitoring: wgm, today: CalendarDate(year: 2026, month: 12, day: 31)!
            )
        }
        let csc = Principal(accountId: 3, username: "csc", role: .observer, authority: nil, organisation: "CSC")
        let seen = try AnnualReportRules.visible(Self.report([nil]), to: csc, monitoring: wgm, today: day)
        #expect(seen.versions[0].figures == nil)
        let wdc = Principal(accountId: 4, username: "wdc", role: .observer, authority: nil, organisation: "WDC")
        #expect(throws: KPCSError.self) {
            try AnnualReportRules.visible(Self.report([nil]), to: wdc, monitoring: wgm, today: day)
        }
    }
}
