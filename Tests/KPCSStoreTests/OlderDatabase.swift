import Foundation
import KPCSTestSupport
import Logging
import SQLKit

@testable import KPCSStore

/// A second database beside the test store's (a file on SQLite, a schema on PostgreSQL), migrated only up to a
/// version, as an older release left it. Migration tests fill it, migrate it on and read what became of the rows.
struct OlderDatabase {
    let database: any Database
    let location: DatabaseLocation
    let suffix: String

    /// Nil when the test store's location is unknown.
    static func open(through version: Int) async throws -> OlderDatabase? {
        guard let current = TestLocation.current else { return nil }
        let suffix = "m" + UUID().uuidString.prefix(8).lowercased()
        let location: DatabaseLocation
        switch current {
        case .sqlite(let path): location = .sqlite(path: path + "-\(suffix)")
        case .postgres:
            let base = ProcessInfo.processInfo.environment["KPCS_TEST_POSTGRES_URL"] ?? ""
            location = .postgres(url: base + (base.contains("?") ? "&" : "?") + "schema=\(suffix)")
        }
        var logger = Logger(label: "kpcs-migration-test")
        logger.logLevel = .warning
        let database = try await openDatabase(location, logger: logger)
        _ = try await Migrator.migrate(database, through: version)
        return OlderDatabase(database: database, location: location, suffix: suffix)
    }

    /// Drops the schema or removes the file.
    func remove() async throws {
        if case .postgres = location {
            try await database.transaction { db in
                try await db.raw("DROP SCHEMA \(unsafeRaw: suffix) CASCADE").run()
            }
        }
        await database.close()
        if case .sqlite(let path) = location { try? FileManager.default.removeItem(atPath: path) }
    }
}
