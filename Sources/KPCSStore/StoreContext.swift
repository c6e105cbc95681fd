import Foundation
import KPCSCore
import Logging

/// What every capability store shares: the database, the settings, the logger, the clock and the statistics cache.
struct StoreContext: Sendable {
    let database: any Database
    let configuration: StoreConfiguration
    let logger: Logger
    /// The public statistics this process computed, checked against the database before each use.
    let statisticsCache: StatisticsCache

    init(
        database: any Database, configuration: StoreConfiguration, logger: Logger,
        statisticsCache: StatisticsCache = StatisticsCache()
    ) {
        self.database = database
        self.configuration = configuration
        self.logger = logger
        self.statisticsCache = statisticsCache
    }

    /// The same context with its clock stopped at `instant`.
    func at(_ instant: Date) -> StoreContext {
        var configuration = self.configuration
        configuration.now = { instant }
        return StoreContext(
            database: database, configuration: configuration, logger: logger, statisticsCache: statisticsCache)
    }
}

/// A store of one capability: a view of the shared ``StoreContext`` with the functions of that capability.
protocol CapabilityStore: Sendable {
    var context: StoreContext { get }
}

extension CapabilityStore {
    var database: any Database { context.database }
    var configuration: StoreConfiguration { context.configuration }
    var logger: Logger { context.logger }
    var now: Date { context.configuration.now() }
    var today: CalendarDate { CalendarDate(utcDayOf: now) }

    /// Runs a business operation as one transaction: committed whole when `body` returns, rolled back when it throws.
    func transaction<T: Sendable>(
        _ body: @escaping @Sendable (BusinessTransaction) async throws -> T
    ) async throws -> T {
        let context = self.context
        return try await database.transaction { sql in try await body(BusinessTransaction(sql: sql, context: context)) }
    }
}
