import Benchmark
import Foundation
import KPCSCore
import KPCSStore
import Logging

/// Issuing certificates through the store, one transaction each, on SQLite (always) and on PostgreSQL (when
/// `KPCS_BENCH_POSTGRES_URL` is set). Durable: SQLite runs with WAL and synchronous=FULL, as in production.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 20,
        maxDuration: .seconds(10), maxIterations: 2_000)

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
        Benchmark("issue one certificate (\(name))") { benchmark in
            let world = try BenchWorld.current()
            for _ in benchmark.scaledIterations {
                blackHole(try await world.store.certificates.issue(world.draft, by: world.officer))
            }
        } setup: {
            try await BenchWorld.start(location())
        } teardown: {
            await BenchWorld.stop()
        }

        Benchmark(
            "issue 16 certificates concurrently (\(name))",
            configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 500)
        ) { benchmark in
            let world = try BenchWorld.current()
            for _ in benchmark.scaledIterations {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<16 {
                        group.addTask { blackHole(try await world.store.certificates.issue(world.draft, by: world.officer)) }
                    }
                    try await group.waitForAll()
                }
            }
        } setup: {
            try await BenchWorld.start(location())
        } teardown: {
            await BenchWorld.stop()
        }
    }
}

/// A store with one exporting officer and a BW → EU draft, shared by a benchmark's iterations.
struct BenchWorld: Sendable {
    let store: Store
    let officer: Principal
    let draft: CertificateDraft

    nonisolated(unsafe) static var shared: BenchWorld?

    struct NotStarted: Error {}

    static func current() throws -> BenchWorld {
        guard let shared else { throw NotStarted() }
        return shared
    }

    static func start(_ location: DatabaseLocation) async throws {
        var logger = Logger(label: "kpcs-bench")
        logger.logLevel = .error
        let store = try await Store.open(location, configuration: StoreConfiguration(bcryptCost: 4), logger: logger)
        let console = Principal(accountId: 0, username: "bench", role: .administrator, authority: nil)
        let bw = try await store.registry.createAuthority(
            AuthorityDraft(participantCode: "BW", name: "BW office", canExport: true, canImport: true), by: console)
        let exporter = try await store.registry.registerCompany(
            CompanyDraft(participantCode: "BW", name: "Exporter", licenceNumber: "E1", address: "Gaborone", canExport: true, canImport: false), by: console)
        let importer = try await store.registry.registerCompany(
            CompanyDraft(participantCode: "EU", name: "Importer", licenceNumber: "I1", address: "Antwerp", canExport: false, canImport: true), by: console)
        let account = try await store.accounts.create(username: "bench-officer", password: "bench-password", role: .officer, authorityId: bw.id)
        let officer = Principal(accountId: account.id, username: account.username, role: .officer, authority: bw)
        let draft = CertificateDraft(
            importingParticipant: "EU", exporterId: exporter.id, importerId: importer.id, origin: .single("BW"),
            lines: [
                .init(hsCode: "7102.10", caratsX100: 123_456, valueUsdCents: 98_765_400, parcels: 3),
                .init(hsCode: "7102.21", caratsX100: 2_000, valueUsdCents: 10_000, parcels: 1),
                .init(hsCode: "7102.31", caratsX100: 50_001, valueUsdCents: 100_000_001, parcels: 1),
            ])
        shared = BenchWorld(store: store, officer: officer, draft: draft)
    }

    static func stop() async {
        await shared?.store.close()
        shared = nil
    }
}
