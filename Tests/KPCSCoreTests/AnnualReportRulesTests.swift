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
}
