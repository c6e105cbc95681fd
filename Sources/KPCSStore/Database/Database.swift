import Logging
import SQLKit

/// Which SQL engine a ``Database`` talks to. Where the two differ, the difference is isolated in one place.
public enum SQLEngine: String, Sendable {
    case sqlite, postgres
}

/// Where the data lives: an embedded SQLite file, or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)
}

/// A connection to the database with the two ways kpcs uses it: a read, and a transaction that writes.
///
/// Every business operation runs in exactly one ``transaction(_:)``: it commits whole or rolls back whole.
public protocol Database: Sendable {
    var engine: SQLEngine { get }
    /// Runs `body` as one transaction: committed (durably) when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` against a connection for reading; it sees only committed data.
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Closes every connection.
    func close() async
}

/// Opens the database at a location.
public func openDatabase(_ location: DatabaseLocation, logger: Logger) async throws -> any Database {
    switch location {
    case .sqlite(let path): return try await SQLiteDatabaseBackend.open(path: path, logger: logger)
    case .postgres(let url): return try await PostgresDatabaseBackend.open(url: url, logger: logger)
    }
}
