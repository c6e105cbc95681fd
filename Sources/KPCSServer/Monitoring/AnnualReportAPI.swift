import Hummingbird
import KPCSCore
import KPCSStore

/// The figures an annual report starts from: a participant's certificates of a year, issued and received, by state.
enum AnnualReportAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, MonitoringURL.apiAnnualReportFigures(.key), .signedIn) { request, context in
                let code = String(context.pathParameter("code").prefix(8)).uppercased()
                guard
                    case .year(let year) = try StatisticsPeriod.parse(
                        year: request.intQuery("year"), half: nil, quarter: nil)
                else { throw KPCSError.invalid(RequestMessage.fieldRequired(field: "year"), pointer: "/year") }
                let figures = try await store.monitoring.annualReportFigures(
                    participant: code, year: year, for: try context.principal())
                return JSONBody.response(AnnualReportFiguresJSON(figures))
            }
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

    init(_ figures: AnnualReportFigures) {
        participant = figures.participant
        year = figures.year
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
