import KPCSCore
import Testing

/// Periods, exact unit values, production rules and the production CSV.
@Suite struct StatisticsRulesTests {
    @Test func periodsCoverTheirDaysAndNoMore() throws {
        #expect(try StatisticsPeriod.parse(year: 2025, half: nil, quarter: nil) == .year(2025))
        let q4 = try StatisticsPeriod.parse(year: 2025, half: nil, quarter: 4)
        #expect(q4.start.description == "2025-10-01" && q4.end.description == "2026-01-01" && q4.halves == [2])
        let h1 = StatisticsPeriod.half(2024, 1)
        #expect(
            h1.start.description == "2024-01-01" && h1.end.description == "2024-07-01" && h1.description == "2024-H1")
        #expect(throws: KPCSError.invalid(StatisticsMessage.periodAmbiguous, pointer: "/quarter")) {
            try StatisticsPeriod.parse(year: 2025, half: 1, quarter: 1)
        }
        #expect(throws: KPCSError.invalid(RequestMessage.fieldRequired(field: "year"), pointer: "/year")) {
            try StatisticsPeriod.parse(year: nil, half: 1, quarter: nil)
        }
        #expect(throws: KPCSError.self) { try StatisticsPeriod.parse(year: 2025, half: 3, quarter: nil) }
        #expect(PeriodGranularity.quarter.label(of: try #require(CalendarDate(iso: "2025-09-30"))) == "2025-Q3")
    }

    @Test func unitValuesAreExactCentsPerCaratRoundedHalfUp() {
        // US$ 1,000.00 for 3.00 ct = 333.333… → 33,333 cents; US$ 1,000.00 for 8.00 ct = 125.00 exactly.
        #expect(UnitValue.centsPerCarat(valueUsdCents: 100_000, caratsX100: 300) == 33_333)
        #expect(UnitValue.centsPerCarat(valueUsdCents: 100_000, caratsX100: 800) == 12_500)
        // 0.5 cent rounds up: US$ 0.01 for 2.00 ct = 0.5 cents per carat → 1.
        #expect(UnitValue.centsPerCarat(valueUsdCents: 1, caratsX100: 200) == 1)
        #expect(UnitValue.centsPerCarat(valueUsdCents: 5, caratsX100: 0) == nil)
    }

    @Test func productionCSVReadsExactDecimalsAndNamesTheBadLine() throws {
        #expect(ProductionCSV.hundredths("1234") == 123_400)
        #expect(ProductionCSV.hundredths("1234.5") == 123_450)
        #expect(ProductionCSV.hundredths("0.07") == 7)
        for bad in ["", "-1", "1e3", "1.234", "1,000", " 1", ".5", "1."] {
            #expect(ProductionCSV.hundredths(bad) == nil, "\(bad)")
        }
        let lines = try ProductionCSV.parse(
            "hs_code,mining,carats,value_usd\r\n7102.10,Industrial,10.5,99.99\r\n\r\n,artisanal,1,2\r\n")
        #expect(
            lines == [
                .init(hsCode: "7102.10", mining: "industrial", caratsX100: 1_050, valueUsdCents: 9_999),
                .init(hsCode: nil, mining: "artisanal", caratsX100: 100, valueUsdCents: 200),
            ])
        #expect(
            throws: KPCSError.invalid(
                StatisticsMessage.productionCSVMalformed(line: "3", column: "value_usd"), pointer: "/csv/3")
        ) {
            try ProductionCSV.parse(
                "hs_code,mining,carats,value_usd\n7102.10,industrial,1,1\n7102.10,industrial,1,1.001\n")
        }
        #expect(throws: KPCSError.self) { try ProductionCSV.parse("code,kind,ct,usd\n") }
    }

    @Test func productionRulesReportEveryProblemWithItsField() throws {
        let authority = Authority(
            id: 1, participantCode: "BW", memberState: nil, name: "BW", canExport: true, canImport: true)
        let today = try #require(CalendarDate(iso: "2026-03-01"))
        let draft = ProductionDraft(
            year: 2026, half: 2,
            lines: [
                .init(hsCode: "7102.99", mining: "open-pit", caratsX100: -1, valueUsdCents: nil),
                .init(hsCode: nil, mining: "industrial", caratsX100: 1, valueUsdCents: 1),
                .init(hsCode: nil, mining: "industrial", caratsX100: 2, valueUsdCents: 2),
            ])
        do {
            _ = try ProductionRules.validate(draft, authority: authority, today: today)
            Issue.record("accepted an invalid report")
        } catch let error as KPCSError {
            #expect(
                error.violations.map(\.pointer) == [
                    "/half", "/lines/0/hsCode", "/lines/0/mining", "/lines/0/caratsX100", "/lines/0/valueUsdCents",
                    "/lines/2",
                ])
        }
        let valid = try ProductionRules.validate(
            ProductionDraft(
                year: 2026, half: 1, lines: [.init(hsCode: nil, mining: "artisanal", caratsX100: 0, valueUsdCents: 0)]),
            authority: authority, today: today)
        #expect(valid.participant == "BW" && valid.caratsX100 == 0)
    }
}
