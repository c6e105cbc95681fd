import ArgumentParser
import KPCSCore
import KPCSStore

/// `kpcs stats`: the statistics from the command line, as CSV (the same files as the API's `format=csv`).
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Print statistics computed from the certificates, as CSV.",
        subcommands: [Summary.self, Trade.self])

    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The KP annual global summary (production, exports, imports per participant, and the world).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "1 or 2 for a half-year.") var half: Int?

        func run() async throws {
            try await database.withStore { store in
                let period = try StatisticsPeriod.parse(year: year, half: half, quarter: nil)
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
            try await database.withStore { store in
                let query = TradeFlowQuery(
                    direction: direction, period: try StatisticsPeriod.parse(year: year, half: half, quarter: quarter),
                    granularity: granularity, dimensions: try TradeFlowQuery.dimensions(from: by))
                print(StatisticsCSV.trade(try await store.statistics.tradeFlows(query)), terminator: "")
            }
        }
    }
}
