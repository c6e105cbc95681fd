import Foundation
import KPCSCore
import SQLKit
import Synchronization

/// Results of the public statistics, kept per process and served again while their year's version in the database
/// (``Store/statisticsVersion(year:in:)``) is unchanged. Nothing here must be shared between processes: each process
/// checks the database's version before every use, so a change made by any process is seen by all.
final class StatisticsCache: Sendable {
    /// Distinct results kept; beyond it the cache starts afresh (periods × queries asked are few in practice).
    static let capacity = 256

    private struct Entry {
        let version: Int64
        let value: any Sendable
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let recountCount = Atomic<Int>(0)

    /// How many results were computed rather than served from the cache (for tests and benchmarks).
    var recounts: Int { recountCount.load(ordering: .relaxed) }

    func value<T: Sendable>(_ key: String, version: Int64, compute: () async throws -> T) async throws -> T {
        if let entry = entries.withLock({ $0[key] }), entry.version == version, let value = entry.value as? T {
            return value
        }
        recountCount.add(1, ordering: .relaxed)
        let value = try await compute()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(version: version, value: value)
        }
        return value
    }
}

extension StatisticsStore {
    /// The version of a year's statistics: 0 until something of that year was written.
    static func statisticsVersion(year: Int, in db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT version FROM statistics_versions WHERE year = \(bind: Int64(year))").first()?.int(
            "version") ?? 0
    }

}

extension BusinessTransaction {
    /// Raises the statistics version of each year, so that no process serves a cached result of those years again.
    func touchStatistics(years: Set<Int>) async throws {
        for year in years.sorted() {
            try await raw(
                """
                INSERT INTO statistics_versions (year, version) VALUES (\(bind: Int64(year)), 1)
                ON CONFLICT (year) DO UPDATE SET version = statistics_versions.version + 1
                """
            ).run()
        }
    }
}

extension StatisticsStore {
    /// A statistics result of a period from the cache when its year is unchanged, else computed in the same read
    /// (the version is read first, so a result is never older than the version it is kept under).
    func cachedStatistics<T: Sendable>(
        _ key: String, year: Int, compute: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let cache = context.statisticsCache
        do {
            return try await database.read { db in
                let version = try await Self.statisticsVersion(year: year, in: db)
                return try await cache.value(key, version: version) { try await compute(db) }
            }
        } catch  where Self.isSumOverflow(error) {
            throw KPCSError(kind: .unavailable, message: LocalizedMessage(StatisticsMessage.statisticsTooLarge))
        }
    }

    /// Whether the database refused a sum that left 64 bits: SQLite's "integer overflow", PostgreSQL's SQLSTATE 22003
    /// (bigint out of range). Only a year far past ``QuantityBounds``' reasoning (an importer receiving more than
    /// 2⁶³ cents from all exporters) reaches it; it then answers as clearly as the checked sums in Swift.
    static func isSumOverflow(_ error: any Error) -> Bool {
        guard !(error is KPCSError) else { return false }
        let text = String(reflecting: error)
        return text.contains("integer overflow") || text.contains("22003")
    }

    /// How many statistics results this process computed instead of serving them from its cache.
    public var recounts: Int { context.statisticsCache.recounts }
}
