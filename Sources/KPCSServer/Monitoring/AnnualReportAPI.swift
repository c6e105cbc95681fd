import Hummingbird
import KPCSCore
import KPCSStore

/// Annual reports: the public list of a participant's reports with their timeliness, one report whole for those who
/// may read it, a new version by the participant's delegate, the WGM's review, and the figures a report starts from
/// (a participant's certificates of a year, issued and received, by state).
enum AnnualReportAPI {
    /// The year of a path: four digits, in the years a report may be on.
    static func year(_ context: KPCSRequestContext, store: Store) throws -> Int {
        let text = context.pathParameter("year")
        let today = ZoneAPI.today(store)
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text) else {
            throw KPCSError.notFound(
                AnnualReportMessage.yearOutOfRange(
                    first: String(AnnualReportRules.firstYear), last: String(today.year)))
        }
        try AnnualReportRules.checkYear(year, today: today)
        return year
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, MonitoringURL.apiAnnualReports(.key), .anyone) { _, context in
                let code = ZonePages.participantCode(context)
                let standings = try await store.monitoring.annualReportStandings(participant: code)
                return JSONBody.response(AnnualReportStandingsJSON(participant: code, standings))
            },
            Operation(.get, MonitoringURL.apiAnnualReport(.key, .key), .signedIn) { _, context in
                let report = try await store.monitoring.annualReport(
                    participant: ZonePages.participantCode(context), year: try year(context, store: store),
                    for: try context.principal())
                return JSONBody.response(AnnualReportJSON(report, today: ZoneAPI.today(store)))
            },
            Operation(.post, MonitoringURL.apiAnnualReportVersions(.key, .key), .roles([.delegate])) {
                request, context in
                let draft = try await JSONBody.decode(AnnualReportDraft.self, from: request)
                let report = try await store.monitoring.submitAnnualReport(
                    participant: ZonePages.participantCode(context), year: try year(context, store: store), draft,
                    by: try context.principal())
                return JSONBody.response(AnnualReportJSON(report, today: ZoneAPI.today(store)), status: .created)
            },
            Operation(.post, MonitoringURL.apiAnnualReportReviews(.key, .key), .signedIn) { request, context in
                let draft = try await JSONBody.decode(AnnualReportReviewDraft.self, from: request)
                let report = try await store.monitoring.reviewAnnualReport(
                    participant: ZonePages.participantCode(context), year: try year(context, store: store), draft,
                    by: try context.principal())
                return JSONBody.response(AnnualReportJSON(report, today: ZoneAPI.today(store)), status: .created)
            },
            Operation(.get, MonitoringURL.apiAnnualReportFigures(.key), .signedIn) { request, context in
                let code = String(context.pathParameter("code").prefix(8)).uppercased()
                guard
                    case .year(let year) = try StatisticsPeriod.parse(
                        year: request.intQuery("year"), half: nil, quarter: nil)
                else { throw KPCSError.invalid(RequestMessage.fieldRequired(field: "year"), pointer: "/year") }
                let figures = try await store.monitoring.annualReportFigures(
                    participant: code, year: year, for: try context.principal())
                return JSONBody.response(AnnualReportFiguresJSON(figures))
            },
        ]
    }
}

/// The figures as the API gives them: each side by state (`issued`, `confirmed`, …; a state with no certificate is
/// absent), and each side's certified total (every state but voided).
struct AnnualReportFiguresJSON: Codable, Sendable {
    /// How many certificates, and their certified carats and value.
    struct Tally: Codable, Sendable {
        let count: Int64
        let caratsX100: Int64
        let valueUsdCents: Int64

        init(_ totals: TradeTotals) {
            count = totals.certificates
            caratsX100 = totals.caratsX100
            valueUsdCents = totals.valueUsdCents
        }
    }

    struct Side: Codable, Sendable {
        let byState: [String: Tally]
        let certified: Tally?
    }

    let participant: String
    let year: Int
    let issued: Side
    let received: Side
    /// Every figure of a report as kpcs computes it, by the code a version's `figures` uses; a production figure is
    /// absent when no production was reported.
    let values: [String: Int64]

    init(_ figures: AnnualReportFigures) {
        participant = figures.participant
        year = figures.year
        values = Dictionary(uniqueKeysWithValues: figures.values.map { ($0.key.rawValue, $0.value) })
        func side(_ tallies: [CertificateState: TradeTotals]) -> Side {
            Side(
                byState: Dictionary(uniqueKeysWithValues: tallies.map { ($0.key.rawValue, Tally($0.value)) }),
                certified: AnnualReportFigures.total(tallies, states: AnnualReportFigures.certifiedStates).map(
                    Tally.init))
        }
        issued = side(figures.issued)
        received = side(figures.received)
    }
}
