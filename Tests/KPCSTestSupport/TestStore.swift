import Foundation
import KPCSCore
import KPCSStore
import Logging
import SQLKit

/// The engines a store test runs on: SQLite always, PostgreSQL when `KPCS_TEST_POSTGRES_URL` is set.
public enum TestEngine: String, Sendable, CustomStringConvertible {
    case sqlite, postgres

    public static var all: [TestEngine] {
        ProcessInfo.processInfo.environment["KPCS_TEST_POSTGRES_URL"].map {
            $0.isEmpty ? [.sqlite] : [.sqlite, .postgres]
        } ?? [.sqlite]
    }

    public var description: String { rawValue }
}

/// A movable clock for tests.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    public init(_ instant: Date = Date()) { self.instant = instant }

    public var now: Date { lock.withLock { instant } }

    public func advance(days: Int) {
        advance(seconds: Double(days) * 86_400)
    }

    public func advance(seconds: TimeInterval) {
        lock.withLock { instant = instant.addingTimeInterval(seconds) }
    }
}

/// Runs `body` with a fresh, migrated store on the engine, then removes it: a temporary SQLite file, or a
/// schema of its own on the PostgreSQL test server.
public func withTestStore<T>(
    _ engine: TestEngine, clock: TestClock = TestClock(),
    configure: (inout StoreConfiguration) -> Void = { _ in },
    logger: Logger? = nil,
    _ body: (Store) async throws -> T
) async throws -> T {
    var configuration = StoreConfiguration(bcryptCost: 4, now: { clock.now })
    configure(&configuration)
    let logger =
        logger
        ?? {
            var quiet = Logger(label: "kpcs-test")
            quiet.logLevel = .warning
            return quiet
        }()
    let location: DatabaseLocation
    let cleanup: (Store) async -> Void
    let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    switch engine {
    case .sqlite:
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        location = .sqlite(path: folder.appendingPathComponent("kpcs.sqlite").path)
        cleanup = { _ in try? FileManager.default.removeItem(at: folder) }
    case .postgres:
        let base = ProcessInfo.processInfo.environment["KPCS_TEST_POSTGRES_URL"] ?? ""
        location = .postgres(url: base + (base.contains("?") ? "&" : "?") + "schema=\(name)")
        cleanup = { store in
            try? await store.database.transaction { db in
                try await db.raw("DROP SCHEMA \(unsafeRaw: name) CASCADE").run()
            }
        }
    }
    let store = try await Store.open(location, configuration: configuration, logger: logger)
    do {
        let result = try await TestLocation.$current.withValue(location) { try await body(store) }
        await cleanup(store)
        await store.close()
        return result
    } catch {
        await cleanup(store)
        await store.close()
        throw error
    }
}

/// Where the current test's store lives, so a test can open a second store (another "process") on it.
public enum TestLocation {
    @TaskLocal public static var current: DatabaseLocation?
}

extension Principal {
    /// A reader of every certificate (an observer), for tests that look at what a write stored.
    public static let testReader = Principal(accountId: 0, username: "test-reader", role: .observer, authority: nil)
}
