import KPCSCore
import SQLKit

/// One list of the exporter's dashboard: its first certificates and how many there are in all.
public struct DashboardSection<Item: Sendable & Equatable>: Sendable, Equatable {
    public var items: [Item]
    public var total: Int64

    public init(items: [Item], total: Int64) {
        self.items = items
        self.total = total
    }
}

/// An export still awaiting the importer's answer, with the days it has left on the day read.
public struct AwaitingExport: Sendable, Equatable {
    public var record: CertificateRecord
    /// 0 when it expires today (``DashboardRules/daysLeft(expiresOn:today:)``).
    public var daysLeft: Int
    /// Whether it expires within ``DashboardRules/soonDays`` days.
    public var expiresSoon: Bool

    public init(record: CertificateRecord, today: CalendarDate) {
        self.record = record
        daysLeft = DashboardRules.daysLeft(expiresOn: record.certificate.expiresOn, today: today)
        expiresSoon = DashboardRules.expiresSoon(daysLeft: daysLeft)
    }
}

/// What the exporter's dashboard shows of its participant's exports on a day: those awaiting receipt (soonest
/// expiry first), those received with a discrepancy and those refused (latest answer first).
public struct ExportDashboard: Sendable, Equatable {
    public var today: CalendarDate
    public var awaitingReceipt: DashboardSection<AwaitingExport>
    public var discrepancy: DashboardSection<CertificateRecord>
    public var refused: DashboardSection<CertificateRecord>

    public init(
        today: CalendarDate, awaitingReceipt: DashboardSection<AwaitingExport>,
        discrepancy: DashboardSection<CertificateRecord>, refused: DashboardSection<CertificateRecord>
    ) {
        self.today = today
        self.awaitingReceipt = awaitingReceipt
        self.discrepancy = discrepancy
        self.refused = refused
    }

    /// Nothing: what an account without exports of its own reads.
    public static func empty(today: CalendarDate) -> ExportDashboard {
        ExportDashboard(
            today: today, awaitingReceipt: DashboardSection(items: [], total: 0),
            discrepancy: DashboardSection(items: [], total: 0), refused: DashboardSection(items: [], total: 0))
    }
}

extension CertificateStore {
    /// The exporter's dashboard on `today`: the exports of the principal's participant awaiting receipt, received
    /// with a discrepancy, and refused, at most `limit` of each with their counts. Only an officer of an exporting
    /// authority has exports of its own (``DashboardRules/exportingParticipant(of:)``); any other account, observers
    /// and administrators included, reads an empty dashboard. A certificate still stored `issued` after its expiry
    /// day is expired when read, so it is not awaiting receipt.
    public func exportDashboard(
        for principal: Principal, today: CalendarDate, limit: Int = 20
    ) async throws -> ExportDashboard {
        guard let own = DashboardRules.exportingParticipant(of: principal) else { return .empty(today: today) }
        let limit = min(max(limit, 1), 100)
        // ExpiryRule in SQL: issued and expiring after the latest expired day.
        let latestExpired = ExpiryRule.latestExpiredDay(today: today).description
        let awaiting: SQLQueryString =
            """
            c.exporting_participant = \(bind: own) AND c.state = \(bind: CertificateState.issued.rawValue) AND\
             c.expires_on > \(bind: latestExpired)
            """
        let soonestFirst: SQLQueryString = "ORDER BY c.expires_on, c.number LIMIT \(literal: limit)"
        let latestAnswerFirst: SQLQueryString =
            """
            ORDER BY (SELECT f.recorded_at FROM confirmations f WHERE f.certificate_number = c.number) DESC,\
             c.number DESC LIMIT \(literal: limit)
            """
        func answered(_ state: CertificateState) -> SQLQueryString {
            "c.exporting_participant = \(bind: own) AND c.state = \(bind: state.rawValue)"
        }
        let discrepancy = answered(.discrepancy)
        let refused = answered(.refused)
        return try await database.read { db in
            let awaitingSection = try await Self.section(where: awaiting, orderAndLimit: soonestFirst, in: db)
            let items = awaitingSection.items.filter {
                DashboardRules.awaitsReceipt($0.certificate.state, expiresOn: $0.certificate.expiresOn, today: today)
            }
            return ExportDashboard(
                today: today,
                awaitingReceipt: DashboardSection(
                    items: items.map { AwaitingExport(record: $0, today: today) }, total: awaitingSection.total),
                discrepancy: try await Self.section(where: discrepancy, orderAndLimit: latestAnswerFirst, in: db),
                refused: try await Self.section(where: refused, orderAndLimit: latestAnswerFirst, in: db))
        }
    }

    /// The first certificates matching `condition` in the order given, and how many match in all.
    static func section(
        where condition: SQLQueryString, orderAndLimit: SQLQueryString, in db: any SQLDatabase
    ) async throws -> DashboardSection<CertificateRecord> {
        let total =
            try await db.raw("SELECT COUNT(*) AS n FROM certificates c WHERE \(condition)").first()?.int("n") ?? 0
        let items = try await Self.records(where: condition, orderAndLimit: orderAndLimit, in: db)
        return DashboardSection(items: items, total: total)
    }
}
