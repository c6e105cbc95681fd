import ArgumentParser
import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import Logging

/// Where the data is, shared by every command that opens the database. Each option falls back to its `KPCS_…`
/// environment variable, then to the default.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "Folder for the SQLite database (env KPCS_DATA_DIR).")
    var dataDir: String?

    @Option(help: "Use PostgreSQL instead of SQLite: postgres://user:password@host:5432/db (env KPCS_DATABASE_URL).")
    var databaseURL: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var resolvedDataDir: String { dataDir ?? environment["KPCS_DATA_DIR"] ?? "./kpcs-data" }

    /// The database location, creating the data folder for SQLite.
    func location() throws -> DatabaseLocation {
        if let url = databaseURL ?? environment["KPCS_DATABASE_URL"], !url.isEmpty {
            return .postgres(url: url)
        }
        try FileManager.default.createDirectory(atPath: resolvedDataDir, withIntermediateDirectories: true)
        return .sqlite(path: (resolvedDataDir as NSString).appendingPathComponent("kpcs.sqlite"))
    }

    /// Store settings from the environment, with safe defaults.
    func storeConfiguration() throws -> StoreConfiguration {
        var configuration = StoreConfiguration()
        configuration.validity = ValidityPolicy(
            defaultDays: try intSetting("KPCS_DEFAULT_VALIDITY_DAYS", default: 90, range: 1...3650),
            maximumDays: try intSetting("KPCS_MAX_VALIDITY_DAYS", default: 365, range: 1...3650))
        configuration.bcryptCost = UInt8(try intSetting("KPCS_BCRYPT_COST", default: 12, range: 4...16))
        configuration.tokenLifetime = Double(try intSetting("KPCS_TOKEN_LIFETIME_MINUTES", default: 720, range: 1...43_200)) * 60
        configuration.listLifetime = Double(try intSetting("KPCS_LIST_LIFETIME_HOURS", default: 72, range: 1...8760)) * 3600
        if let origin = environment["KPCS_LOG_ORIGIN"], !origin.isEmpty {
            guard !origin.contains(" "), !origin.contains("+"), !origin.contains("\n") else {
                throw ValidationError("KPCS_LOG_ORIGIN must be a schema-less URL without spaces or '+', not \(origin).")
            }
            configuration.logOrigin = origin
        }
        configuration.logWitnesses = try (environment["KPCS_LOG_WITNESSES"] ?? "").split(separator: ",").map { text in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let key = NoteVerifierKey(verifierKey: trimmed), key.signatureType == Cosignature.signatureType else {
                throw ValidationError("KPCS_LOG_WITNESSES: \(trimmed) is not a witness verifier key (type 0x04).")
            }
            return key
        }
        let onPostgres = !(databaseURL ?? environment["KPCS_DATABASE_URL"] ?? "").isEmpty
        configuration.masterKey = try MasterKeySource.load(environment: environment, dataDir: resolvedDataDir, mayCreate: !onPostgres)
        return configuration
    }

    func intSetting(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = environment[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw ValidationError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text).")
        }
        return number
    }

    /// A human description of the location, with any password masked.
    func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): return "SQLite at \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "*****" }
            return "PostgreSQL at \(components.string ?? "?")"
        }
    }

    /// Opens the store (migrating and loading the registry as needed), runs `body`, and closes it; a refusal by
    /// the domain becomes a command-line error in the locale's language (French for `LANG=fr_…`, else English).
    func withStore(_ body: (Store) async throws -> Void) async throws {
        let store: Store
        do {
            store = try await Store.open(try location(), configuration: try storeConfiguration(), logger: makeLogger())
        } catch let error as KPCSError {
            throw ValidationError(error.detail(in: Language.fromLocale(environment)))
        }
        do {
            try await body(store)
        } catch let error as KPCSError {
            await store.close()
            throw ValidationError(error.detail(in: Language.fromLocale(environment)))
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}

func makeLogger(_ label: String = "kpcs") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["KPCS_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return logger
}
