import Foundation
import KPCSCore
import KPCSSeal
import Logging
import SQLKit

/// Settings of the store: validity policy, password hashing, tokens and lockout, the clock.
public struct StoreConfiguration: Sendable {
    public var validity: ValidityPolicy
    /// bcrypt cost factor (work = 2^cost). 12 in production; tests may lower it.
    public var bcryptCost: UInt8
    /// How long an access token lives.
    public var tokenLifetime: TimeInterval
    /// Login attempts without a success before a username is locked (``LoginLockout``).
    public var maximumFailedLogins: Int
    /// How long a locked username stays locked.
    public var lockoutDuration: TimeInterval
    /// The clock; tests move it.
    public var now: @Sendable () -> Date
    /// Test seam: called at named points of an issue; throwing there aborts the transaction.
    public var faultInjector: (@Sendable (IssueStep) throws -> Void)?
    /// Encrypts the private signing keys at rest. The server loads it from the operator's file or environment.
    public var masterKey: MasterKey
    /// How long a signed trust list or void list stays fresh for an offline verifier.
    public var listLifetime: TimeInterval
    /// The transparency log's origin line and checkpoint key name: a schema-less URL, e.g. `kpcs.example.org/log`.
    public var logOrigin: String
    /// The witnesses (C2SP verifier keys of type 0x04) whose cosignatures the log accepts and publishes.
    public var logWitnesses: [NoteVerifierKey]

    public init(
        validity: ValidityPolicy = ValidityPolicy(defaultDays: 90, maximumDays: 365), bcryptCost: UInt8 = 12,
        tokenLifetime: TimeInterval = 12 * 3600, maximumFailedLogins: Int = 5, lockoutDuration: TimeInterval = 15 * 60,
        now: @escaping @Sendable () -> Date = { Date() }, faultInjector: (@Sendable (IssueStep) throws -> Void)? = nil,
        masterKey: MasterKey = MasterKey(), listLifetime: TimeInterval = 72 * 3600, logOrigin: String = "kpcs.local/log",
        logWitnesses: [NoteVerifierKey] = []
    ) {
        self.logWitnesses = logWitnesses
        self.logOrigin = logOrigin
        self.masterKey = masterKey
        self.listLifetime = listLifetime
        self.validity = validity
        self.bcryptCost = bcryptCost
        self.tokenLifetime = tokenLifetime
        self.maximumFailedLogins = maximumFailedLogins
        self.lockoutDuration = lockoutDuration
        self.now = now
        self.faultInjector = faultInjector
    }
}

/// The points inside an issue transaction where a test can inject a failure.
public enum IssueStep: String, Sendable, CaseIterable {
    case numberAllocated, sealed, certificateInserted, linesInserted, eventInserted
}

/// kpcs's persistence: every business operation is one function and one transaction.
public struct Store: Sendable {
    public let database: any Database
    public let configuration: StoreConfiguration
    let logger: Logger
    /// The public statistics this process computed, checked against the database before each use.
    let statisticsCache = StatisticsCache()

    public init(database: any Database, configuration: StoreConfiguration, logger: Logger) {
        self.database = database
        self.configuration = configuration
        self.logger = logger
    }

    /// Opens the database, applies missing migrations and loads the participant registry.
    public static func open(
        _ location: DatabaseLocation, configuration: StoreConfiguration = StoreConfiguration(), logger: Logger
    ) async throws -> Store {
        let database = try await openDatabase(location, logger: logger)
        let store = Store(database: database, configuration: configuration, logger: logger)
        do {
            try await Migrator.migrate(database)
            try await store.checkMasterKey()
            // Makes the log's key at first start, and refuses a changed KPCS_LOG_ORIGIN before serving anything.
            _ = try await store.logKey()
            try await store.loadRegistry()
        } catch {
            await database.close()
            throw error
        }
        return store
    }

    public func close() async {
        await database.close()
    }

    var now: Date { configuration.now() }
    var today: CalendarDate { CalendarDate(utcDayOf: now) }
}

extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }
    func optionalInt(_ column: String) throws -> Int64? { try decode(column: column, as: Int64?.self) }
    func bool(_ column: String) throws -> Bool { try decode(column: column, as: Int64.self) != 0 }
    func date(_ column: String) throws -> CalendarDate {
        let text = try string(column)
        guard let date = CalendarDate(iso: text) else { throw StoreCorruption.badValue(column, text) }
        return date
    }
}

/// A stored value that the code cannot read: a bug or a hand-edited database, never bad input.
enum StoreCorruption: Error, CustomStringConvertible {
    case badValue(String, String)

    var description: String {
        switch self {
        case .badValue(let column, let value): return "unreadable value in column \(column): \(value)"
        }
    }
}

extension Bool {
    /// How flags are stored: 0 or 1, the same on both engines.
    var sqlFlag: Int64 { self ? 1 : 0 }
}
