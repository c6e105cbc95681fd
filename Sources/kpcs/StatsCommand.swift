import ArgumentParser
import KPCSCore
import KPCSStore

/// `kpcs stats`: the statistics from the command line, as CSV (the same files as the API's `format=csv`).
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Print statistics computed from the certificates, as CSV.",
        subcommands: [Summary.self, Trade.self])

    /// Reads arguments with the rule the API uses for its query: a refusal is a wrong argument (the usage follows),
    /// in the locale's language, found before the database is opened.
    static func argument<Value>(_ database: DatabaseOptions, _ read: () throws -> Value) throws -> Value {
        do {
            return try read()
        } catch let error as KPCSError {
            throw ValidationError(error.detail(in: Language.fromLocale(database.environment)))
        }
    }

    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The KP annual global summary (production, exports, imports per participant, and the world).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "1 or 2 for a half-year.") var half: Int?

        func run() async throws {
            let period = try StatsCommand.argument(database) {
                try StatisticsPeriod.parse(year: year, half: half, quarter: nil)
            }
            try await database.withStore { store in
                print(StatisticsCSV.summary(try await store.statistics.summary(period)), terminator: "")
            }
        }
    }

    struct Trade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trade rows: exports at issue or imports at confirmation.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "1 or 2 for a half-year.") var half: Int?
        @Option(help: "1 to 4 for a quarter.") var quarter: Int?
        @Option(help: "exports or imports.") var direction = "exports"
        @Option(help: "year, half or quarter rows.") var granularity = "year"
        @Option(help: "Comma-separated: partner, hsCode, origin, memberState.") var by = ""

        func run() async throws {
            guard let direction = TradeDirection(rawValue: direction) else {
                throw ValidationError("--direction must be exports or imports.")
            }
            guard let granularity = PeriodGranularity(rawValue: granularity) else {
                throw ValidationError("--granularity must be year, half or quarter.")
            }
            let query = try StatsCommand.argument(database) {
                TradeFlowQuery(
                    direction: direction, period: try StatisticsPeriod.parse(year: year, half: half, quarter: quarter),
                    granularity: granularity, dimensions: try TradeFlowQuery.dimensions(from: by))
            }
            try await database.withStore { store in
                print(StatisticsCSV.trade(try await store.statistics.tradeFlows(query)), terminator: "")
            }
        }
    }
}
