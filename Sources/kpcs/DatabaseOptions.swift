import ArgumentParser
import Foundation
import KPCSCore
import KPCSSeal
import KPCSServer
import KPCSStore
import Logging

/// Where the data is, shared by every command that opens the database. Each option falls back to its `KPCS_…`
/// environment variable, then to the default; ``KPCSSettings`` reads them all.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "Folder for the SQLite database (env KPCS_DATA_DIR).")
    var dataDir: String?

    @Option(help: "Use PostgreSQL instead of SQLite: postgres://user:password@host:5432/db (env KPCS_DATABASE_URL).")
    var databaseURL: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Every setting, read and checked once (these flags win over their variables); all bad ones are reported at once,
    /// each naming its variable or flag (a ``CommandFailure``: most are the environment's, which the usage does not
    /// show).
    func settings(host: String? = nil, port: Int? = nil) throws -> KPCSSettings {
        do {
            return try KPCSSettings.read(
                environment, flags: .init(dataDir: dataDir, databaseURL: databaseURL, host: host, port: port))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The database location, creating the data folder for SQLite.
    func location(_ settings: KPCSSettings) throws -> DatabaseLocation {
        if !settings.onPostgres {
            try FileManager.default.createDirectory(atPath: settings.dataDir, withIntermediateDirectories: true)
        }
        return settings.databaseLocation
    }

    /// The store's settings, with the master key (made on first start on SQLite).
    func storeConfiguration(_ settings: KPCSSettings) throws -> StoreConfiguration {
        settings.storeConfiguration(masterKey: try MasterKeySource.load(settings))
    }

    /// A human description of the location, with any password masked.
    func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): return "SQLite at \(path)"
        case .postgres(let url): return "PostgreSQL at \(KPCSSettings.masked(url))"
        }
    }

    /// Opens the store (migrating and loading the registry as needed), runs `body`, and closes it; a refusal by
    /// the domain becomes a command-line error in the locale's language (French for `LANG=fr_…`, else English).
    func withStore(_ body: (Store) async throws -> Void) async throws {
        let settings = try settings()
        let store: Store
        do {
            store = try await Store.open(
                try location(settings), configuration: try storeConfiguration(settings), logger: makeLogger(settings))
        } catch let error as KPCSError {
            throw CommandFailure(error.detail(in: Language.fromLocale(environment)))
        }
        do {
            try await body(store)
        } catch let error as KPCSError {
            await store.close()
            throw CommandFailure(error.detail(in: Language.fromLocale(environment)))
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}

func makeLogger(_ settings: KPCSSettings, label: String = "kpcs") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = settings.logLevel
    return logger
}
