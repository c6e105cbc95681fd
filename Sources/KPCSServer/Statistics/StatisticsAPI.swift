import Foundation
import Hummingbird
import KPCSCore
import KPCSStore
import NIOCore

/// Statistics: public aggregates (summary, trade, mirror totals), the detail behind flags for those who may see
/// it, and production reports.
enum StatisticsAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, StatisticsURL.apiSummary, .anyone) { request, _ in
                let period = try StatisticsPeriod.parse(
                    year: request.intQuery("year"), half: request.intQuery("half"), quarter: nil)
                let summary = try await store.statistics.summary(period)
                if try csvRequested(request) {
                    return csv(StatisticsCSV.summary(summary), filename: "kp-summary-\(period).csv")
                }
                return JSONBody.response(SummaryJSON(summary))
            },
            Operation(.get, StatisticsURL.apiTrade, .anyone) { request, _ in
                let query = try tradeQuery(from: request)
                let rows = try await store.statistics.tradeFlows(query)
                if try csvRequested(request) {
                    return csv(
                        StatisticsCSV.trade(rows), filename: "kp-\(query.direction.rawValue)-\(query.period).csv")
                }
                return JSONBody.response(PeriodItemsJSON(period: query.period.description, items: rows))
            },
            Operation(.get, StatisticsURL.apiMirror, .anyone) { request, _ in
                let period = try period(from: request)
                let pairs = try await store.statistics.mirrorCheck(period)
                return JSONBody.response(
                    PeriodItemsJSON(period: period.description, items: pairs.map(MirrorPairJSON.init)))
            },
            Operation(.get, StatisticsURL.apiMirrorCertificates(exporter: .key, importer: .key), .signedIn) {
                request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.statistics.mirrorCertificates(
                    exporter: context.pathParameter("exporter").uppercased(),
                    importer: context.pathParameter("importer").uppercased(),
                    period: try period(from: request), page: page, for: try context.principal())
                return JSONBody.response(PageJSON(result.map(MirrorCertificateJSON.init)))
            },
            Operation(.get, StatisticsURL.apiScreening, .signedIn) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let report = try await store.statistics.screening(
                    try period(from: request), page: page, for: try context.principal())
                return JSONBody.response(ScreeningJSON(report, language: context.language))
            },
            Operation(.post, StatisticsURL.apiProduction, .roles([.officer])) { request, context in
                let draft = try await productionDraft(from: request)
                let report = try await store.statistics.submitProduction(draft, by: try context.principal())
                return JSONBody.response(ProductionReportJSON(report), status: .created)
            },
            Operation(.get, StatisticsURL.apiProduction, .signedIn) { request, context in
                guard let participant = request.query("participant")?.uppercased() else {
                    throw KPCSError.invalid(
                        RequestMessage.fieldRequired(field: "participant"), pointer: "/participant")
                }
                guard let year = try request.intQuery("year") else {
                    throw KPCSError.invalid(RequestMessage.fieldRequired(field: "year"), pointer: "/year")
                }
                let reports = try await store.statistics.productionHistory(
                    participant: participant, year: year, half: try request.intQuery("half"),
                    for: try context.principal())
                return JSONBody.response(["items": reports.map(ProductionReportJSON.init)])
            },
        ]
    }

    static func period(from request: Request) throws -> StatisticsPeriod {
        try StatisticsPeriod.parse(
            year: request.intQuery("year"), half: request.intQuery("half"), quarter: request.intQuery("quarter"))
    }

    static func tradeQuery(from request: Request) throws -> TradeFlowQuery {
        let direction =
            try request.query("direction").map { text in
                guard let direction = TradeDirection(rawValue: text) else {
                    throw KPCSError.invalid(
                        RequestMessage.fieldValueInvalid(field: "direction", value: text, allowed: "exports, imports"),
                        pointer: "/direction")
                }
                return direction
            } ?? .exports
        let granularity =
            try request.query("granularity").map { text in
                guard let granularity = PeriodGranularity(rawValue: text) else {
                    throw KPCSError.invalid(
                        RequestMessage.fieldValueInvalid(
                            field: "granularity", value: text, allowed: "year, half, quarter"),
                        pointer: "/granularity")
                }
                return granularity
            } ?? .year
        return TradeFlowQuery(
            direction: direction, period: try period(from: request), granularity: granularity,
            dimensions: try TradeFlowQuery.dimensions(from: request.query("by")),
            participant: request.query("participant")?.uppercased())
    }

    /// `format=csv` or `format=json` (the default).
    static func csvRequested(_ request: Request) throws -> Bool {
        switch request.query("format") {
        case nil, "json": return false
        case "csv": return true
        case let other?:
            throw KPCSError.invalid(
                RequestMessage.fieldValueInvalid(field: "format", value: other, allowed: "json, csv"),
                pointer: "/format")
        }
    }

    static func csv(_ text: String, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(filename)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A production report from JSON, or from a CSV upload (`text/csv`) with the period and reason in the query.
    static func productionDraft(from request: Request) async throws -> ProductionDraft {
        guard let header = request.headers[.contentType], MediaType(header)?.essence == MediaType.csv else {
            return try await JSONBody.decode(ProductionDraft.self, from: request)
        }
        try JSONBody.requireMediaType(request, MediaType.csv)
        let buffer = try await JSONBody.collect(request, upTo: JSONBody.maximumSize)
        let lines = try ProductionCSV.parse(String(decoding: buffer.readableBytesView, as: UTF8.self))
        return ProductionDraft(
            participant: request.query("participant")?.uppercased(), year: try request.intQuery("year"),
            half: try request.intQuery("half"),
            lines: lines, reason: request.query("reason"))
    }
}

/// A list of statistics rows with the period they cover.
struct PeriodItemsJSON<Item: Codable & Sendable>: Codable, Sendable {
    let period: String
    let items: [Item]
}
