/// The summary and trade rows as CSV (RFC 4180): exact integers, carats in hundredths and USD in cents, so a
/// spreadsheet sums them without rounding; one header line.
public enum StatisticsCSV {
    public static func summary(_ summary: StatisticsSummary) -> String {
        var lines = [
            "period,participant,member_state,production_carats_x100,production_usd_cents,export_carats_x100,"
                + "export_usd_cents,export_certificates,import_carats_x100,import_usd_cents,import_certificates"
        ]
        func line(
            _ participant: String, _ member: String, _ production: ProductionTotals?, _ exports: TradeTotals,
            _ imports: TradeTotals
        ) -> String {
            [
                summary.period.description, participant, member, production.map { String($0.caratsX100) } ?? "",
                production.map { String($0.valueUsdCents) } ?? "", String(exports.caratsX100),
                String(exports.valueUsdCents),
                String(exports.certificates), String(imports.caratsX100), String(imports.valueUsdCents),
                String(imports.certificates),
            ].joined(separator: ",")
        }
        for row in summary.rows {
            lines.append(line(row.participant, "", row.production, row.exports, row.imports))
            for member in row.memberStates {
                lines.append(line(row.participant, member.memberState, nil, member.exports, member.imports))
            }
        }
        lines.append(line("WORLD", "", summary.worldProduction, summary.worldExports, summary.worldImports))
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public static func trade(_ rows: [TradeFlowRow]) -> String {
        var lines = [
            "direction,participant,period,partner,hs_code,origin,member_state,carats_x100,usd_cents,certificates"
        ]
        for row in rows {
            lines.append(
                [
                    row.direction.rawValue, row.participant, row.period, row.partner ?? "", row.hsCode ?? "",
                    row.origin ?? "",
                    row.memberState ?? "", String(row.caratsX100), String(row.valueUsdCents), String(row.certificates),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
