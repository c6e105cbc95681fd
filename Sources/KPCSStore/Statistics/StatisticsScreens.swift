import Foundation
import KPCSCore
import SQLKit

/// The unit-value screen, Benford's test and the hub check for a period, cut to what the viewer may see.
public struct ScreeningReport: Sendable {
    public var period: StatisticsPeriod
    /// Every origin/HS group with its band: aggregates, shown whole.
    public var groups: [ScreeningGroup]
    /// Flagged lines the viewer may see, most extreme first.
    public var flags: PageResult<UnitValueFlag>
    public var benford: [BenfordResult]
    public var hubs: [HubMarkup]
    /// Lines screened in total (all participants).
    public var linesScreened: Int
    /// Lines flagged in total (all participants), whether or not the viewer may see them.
    public var linesFlagged: Int
}

/// The screens over a period's certified lines, within what the viewer may see.
extension StatisticsStore {
    /// Runs the unit-value screen, Benford's test per exporter and the hub check over a period, and returns what
    /// the viewer may see: officers their own participant's flagged lines and Benford result, the Chair and the
    /// statistics working group everything; the hub check (made from public aggregates) to all of them. Anyone
    /// else is refused.
    public func screening(
        _ period: StatisticsPeriod, page: PageRequest, for principal: Principal?, k: Double = UnitValueScreen.defaultK,
        minimumSample: Int = UnitValueScreen.defaultMinimumSample
    ) async throws -> ScreeningReport {
        let viewer = try StatisticsAccess.requireSomeDetail(principal)
        let lines = try await screenedLines(period)
        let (groups, flags) = UnitValueScreen.run(lines, k: k, minimumSample: minimumSample)
        let visible = flags.filter {
            StatisticsAccess.maySeeDetail(viewer, concerning: [$0.line.exporting, $0.line.importing])
        }
        let summary = try await self.summary(period)
        return ScreeningReport(
            period: period, groups: groups,
            flags: PageResult(
                items: Array(visible.dropFirst(page.offset).prefix(page.perPage)), page: page,
                total: Int64(visible.count)),
            benford: BenfordResult.perExporter(lines).filter {
                StatisticsAccess.maySeeDetail(viewer, concerning: [$0.participant])
            },
            // Derived from the public summary alone, so shown whole, as on the public page.
            hubs: HubMarkup.run(summary),
            linesScreened: lines.count, linesFlagged: flags.count)
    }

    /// Every certified line of a period (voided certificates left out), as the screens read them.
    public func screenedLines(_ period: StatisticsPeriod) async throws -> [ScreenedLine] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT c.number, c.exporting_participant, c.importing_participant, \(Self.originExpression) AS origin,\
                 l.hs_code,
                c.issued_on, l.carats_x100, l.value_usd_cents
                FROM certificates c JOIN certificate_lines l ON l.certificate_number = c.number
                WHERE c.issued_on >= \(bind: period.start.description) AND c.issued_on < \(bind: period.end.description)
                AND c.state <> 'voided'
                """
            ).all().map { row in
                ScreenedLine(
                    number: try row.string("number"), exporting: try row.string("exporting_participant"),
                    importing: try row.string("importing_participant"), origin: try row.string("origin"),
                    hsCode: try row.string("hs_code"), issuedOn: try row.date("issued_on"),
                    caratsX100: try row.int("carats_x100"),
                    valueUsdCents: try row.int("value_usd_cents"))
            }
        }
    }

    // MARK: SQL
}
