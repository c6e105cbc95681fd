import Benchmark
import Crypto
import Foundation
import KPCSCore
import KPCSSeal
@_spi(Benchmarks) import KPCSStore
import Logging

/// The transparency log: the Merkle root of 1,000,000 realistic entries beside raw SHA-256 of the same bytes (same
/// run), appending 1,000,000 leaves to the store (SQLite), and inclusion proofs from that store.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 5)

    let entries = LogFixture.entries
    let bytes = entries.map(\.bytes)

    Benchmark("raw SHA-256 of 1,000,000 entries") { benchmark in
        for _ in benchmark.scaledIterations {
            for data in bytes { blackHole(SHA256.hash(data: data)) }
        }
    }

    Benchmark("Merkle root of 1,000,000 entries (leaf hashes + tree)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Merkle.root(ofEntries: bytes))
        }
    }

    Benchmark(
        "store: append 1,000,000 leaves (batches of 10,000) and compute the root (SQLite)",
        configuration: .init(metrics: [.wallClock], timeUnits: .seconds, warmupIterations: 0, maxDuration: .seconds(600), maxIterations: 1)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let store = try await LogFixture.openStore()
            for start in stride(from: 0, to: entries.count, by: 10_000) {
                try await store.log.appendForBenchmark(Array(entries[start..<min(start + 10_000, entries.count)]))
            }
            blackHole(try await store.log.signedCheckpoint())
            await store.close()
        }
    }

    Benchmark(
        "store: append one leaf per transaction (SQLite, durable)",
        configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 20, maxDuration: .seconds(10), maxIterations: 3_000)
    ) { benchmark in
        let store = try LogFixture.current()
        for index in benchmark.scaledIterations {
            try await store.log.appendForBenchmark([entries[index % entries.count]])
        }
    } setup: {
        try await LogFixture.start(leaves: 0)
    } teardown: {
        await LogFixture.stop()
    }

    Benchmark(
        "store: inclusion proof in a 1,000,000-leaf log",
        configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 50, maxDuration: .seconds(10), maxIterations: 5_000)
    ) { benchmark in
        let store = try LogFixture.current()
        var generator = SystemRandomNumberGenerator()
        for _ in benchmark.scaledIterations {
            blackHole(try await store.log.inclusionProof(leafIndex: UInt64.random(in: 0..<1_000_000, using: &generator), treeSize: 1_000_000))
        }
    } setup: {
        try await LogFixture.start(leaves: 1_000_000)
    } teardown: {
        await LogFixture.stop()
    }
}

/// A million log entries shaped like kpcs's (a certificate event with a seal hash), and a store for the store runs.
enum LogFixture {
    /// The size and shape of a certificate event (about 190 bytes). The number goes in `kid`, since the store only
    /// links log entries to certificates that exist.
    static let entries: [LogEntry] = (0..<1_000_000).map { index in
        LogEntry(
            event: "certificate.issued", at: "2026-11-23T10:00:00.000Z", exportingParticipant: "BW", importingParticipant: "EU",
            sealHash: LogEntry.sha256Hex("KP1:seal-\(index)"), keyId: "BW-2026-\(String(format: "%06d", index))")
    }

    nonisolated(unsafe) static var shared: Store?

    struct NotStarted: Error {}

    static func current() throws -> Store {
        guard let shared else { throw NotStarted() }
        return shared
    }

    static func openStore() async throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-logbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var logger = Logger(label: "kpcs-bench")
        logger.logLevel = .error
        return try await Store.open(.sqlite(path: folder.appendingPathComponent("kpcs.sqlite").path), configuration: StoreConfiguration(bcryptCost: 4), logger: logger)
    }

    static func start(leaves: Int) async throws {
        let store = try await openStore()
        for start in stride(from: 0, to: leaves, by: 10_000) {
            try await store.log.appendForBenchmark(Array(entries[start..<min(start + 10_000, leaves)]))
        }
        shared = store
    }

    static func stop() async {
        await shared?.close()
        shared = nil
    }
}
