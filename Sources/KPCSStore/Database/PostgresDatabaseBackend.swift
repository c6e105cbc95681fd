import Foundation
import Logging
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through a pool of connections. Each transaction holds one connection from `BEGIN` to `COMMIT`;
/// row locks (not process memory) keep concurrent writers, in this process or another, apart.
final class PostgresDatabaseBackend: Database {
    let engine = SQLEngine.postgres
    private let client: PostgresClient
    private let runTask: Task<Void, Never>

    private init(client: PostgresClient, runTask: Task<Void, Never>) {
        self.client = client
        self.runTask = runTask
    }

    static func open(url: String, logger: Logger) async throws -> PostgresDatabaseBackend {
        var clientConfiguration = try PostgresURL.configuration(from: url)
        clientConfiguration.options.maximumConnections = 16
        let client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        let runTask = Task { await client.run() }
        let backend = PostgresDatabaseBackend(client: client, runTask: runTask)
        // Fail now, with a clear error, if the server cannot be reached.
        let schema = try PostgresURL.schema(in: url)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await backend.read { db in
                        if let schema {
                            try await db.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
                        } else {
                            try await db.raw("SELECT 1").run()
                        }
                    }
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(15))
                    throw DatabaseConfigurationError.unreachable
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            await backend.close()
            throw error
        }
        return backend
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            let sql = connection.sql(queryLogLevel: nil)
            try await sql.raw("BEGIN").run()
            do {
                let result = try await body(sql)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil))
        }
    }

    func close() async {
        runTask.cancel()
        _ = await runTask.value
    }
}

/// Reads `postgres://user:password@host:port/database?sslmode=…` into a client configuration.
/// `sslmode=require` encrypts without checking the certificate (as libpq does), `verify-ca`/`verify-full` check
/// it, `prefer` tries TLS; without it the connection is in clear (fine on loopback). `schema=NAME` keeps the
/// tables in that schema.
enum PostgresURL {
    static func configuration(from url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let username = components.user, !username.isEmpty
        else { throw DatabaseConfigurationError.invalidPostgresURL }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        case "require", "prefer":
            // As libpq: encrypt, without checking the server's certificate (use verify-full for that).
            var unverified = TLSConfiguration.makeClientConfiguration()
            unverified.certificateVerification = .none
            tls = mode == "require" ? .require(unverified) : .prefer(unverified)
        default: tls = .disable
        }
        var configuration = PostgresClient.Configuration(
            host: components.host ?? "localhost", port: components.port ?? 5432, username: username,
            password: components.password, database: database.isEmpty ? username : database, tls: tls)
        if let schema = try schema(in: url) {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return configuration
    }

    /// The kpcs-specific `schema=NAME` parameter: keep kpcs's tables in their own schema (created if missing).
    static func schema(in url: String) throws -> String? {
        guard let value = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "schema" })?.value else {
            return nil
        }
        guard !value.isEmpty, value.count <= 63,
            value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { throw DatabaseConfigurationError.invalidSchema(value) }
        return value.lowercased()
    }
}

/// A database location that cannot be used.
public enum DatabaseConfigurationError: Error, CustomStringConvertible {
    case invalidPostgresURL
    case invalidSchema(String)
    case unreachable

    public var description: String {
        switch self {
        case .invalidPostgresURL: return "The database URL must look like postgres://user:password@host:5432/database"
        case .invalidSchema(let name):
            return "The schema name \(name) may hold only letters, digits and _ (at most 63)."
        case .unreachable:
            return "PostgreSQL did not answer within 15 seconds: check the host, port, user and password."
        }
    }
}
