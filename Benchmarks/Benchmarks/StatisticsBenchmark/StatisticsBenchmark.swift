import Benchmark
import Foundation
import KPCSCore
import KPCSDemo
@_spi(Benchmarks) import KPCSStore
import Logging

/// The annual global summary over 1,000,000 certificates, beside the same sums in one plain SQL query, in the same
/// run: SQLite always, PostgreSQL when `KPCS_BENCH_POSTGRES_URL` is set. The data is a generated demo year of
/// 50,000 certificates (`KPCS_BENCH_YEAR_CERTIFICATES`) copied in SQL up to 1,000,000 (`KPCS_BENCH_COPIES`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 15)

    var engines: [(String, @Sendable () -> DatabaseLocation)] = [
        ("SQLite", {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-bench-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return .sqlite(path: folder.appendingPathComponent("kpcs.sqlite").path)
        })
    ]
    if let url = ProcessInfo.processInfo.environment["KPCS_BENCH_POSTGRES_URL"], !url.isEmpty {
        engines.append(("PostgreSQL", { .postgres(url: url + (url.contains("?") ? "&" : "?") + "schema=bench\(UInt32.random(in: 0...UInt32.max))") }))
    }

    for (name, location) in engines {
        Benchmark("annual summary, 1M certificates (\(name))") { benchmark in
            let world = try StatisticsWorld.current(name)
            for _ in benchmark.scaledIterations {
                blackHole(try await world.store.statistics.summaryRecount(.year(world.year)))
            }
        } setup: {
            try await StatisticsWorld.ensure(name, location)
        }

        // The public read asked again (issue 13, defect 11): one indexed read of the year's version, no recount.
        Benchmark(
            "annual summary asked again, served from the cache (\(name))",
            configuration: .init(metrics: [.wallClock], timeUnits: .microseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 10_000)
        ) { benchmark in
            let world = try StatisticsWorld.current(name)
            let before = world.store.statistics.recounts
            for _ in benchmark.scaledIterations {
                blackHole(try await world.store.statistics.summary(.year(world.year)))
            }
            precondition(world.store.statistics.recounts - before <= 1, "a repeated read recounted")
        } setup: {
            try await StatisticsWorld.ensure(name, location)
        }

        Benchmark("same sums, one plain SQL query, 1M certificates (\(name))") { benchmark in
            let world = try StatisticsWorld.current(name)
            for _ in benchmark.scaledIterations {
                blackHole(try await world.store.statistics.plainSummaryQueryForBenchmark(.year(world.year)))
            }
        } setup: {
            try await StatisticsWorld.ensure(name, location)
        } teardown: {
            await StatisticsWorld.stop(name)
        }
    }
}

/// One loaded database per engine, shared by the summary and its baseline so both read the same rows.
struct StatisticsWorld: Sendable {
    let store: Store
    let year: Int

    nonisolated(unsafe) static var worlds: [String: StatisticsWorld] = [:]

    struct NotStarted: Error {}

    static func current(_ name: String) throws -> StatisticsWorld {
        guard let world = worlds[name] else { throw NotStarted() }
        return world
    }

    /// Loads the database unless this process already has it.
    static func ensure(_ name: String, _ location: () -> DatabaseLocation) async throws {
        if worlds[name] == nil { try await start(name, location()) }
    }

    static func start(_ name: String, _ location: DatabaseLocation) async throws {
        var logger = Logger(label: "kpcs-bench")
        logger.logLevel = .error
        let store = try await Store.open(location, configuration: StoreConfiguration(bcryptCost: 4), logger: logger)
        let environment = ProcessInfo.processInfo.environment
        let perYear = Int(environment["KPCS_BENCH_YEAR_CERTIFICATES"] ?? "") ?? 50_000
        let copies = Int(environment["KPCS_BENCH_COPIES"] ?? "") ?? 20
        let year = CalendarDate(utcDayOf: Date()).year - 1
        let started = Date()
        _ = try await DemoYear.generate(into: store, year: year, certificates: perYear)
        let generated = Date()
        try await store.statistics.replicateCertificatesForBenchmark(times: copies)
        FileHandle.standardError.write(Data(
            "\(name): generated \(perYear) certificates in \(Int(generated.timeIntervalSince(started))) s, copied to \(perYear * copies) in \(Int(Date().timeIntervalSince(generated))) s\n".utf8))
        worlds[name] = StatisticsWorld(store: store, year: year)
    }

    static func stop(_ name: String) async {
        await worlds[name]?.store.close()
        worlds[name] = nil
    }
}
