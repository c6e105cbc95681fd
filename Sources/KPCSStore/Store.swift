import Foundation
import KPCSCore
import KPCSSeal
import Logging
import SQLKit

/// kpcs's persistence: a small façade over one store per capability. Every business operation is one function of
/// a capability store and one database transaction (``BusinessTransaction``).
public struct Store: Sendable {
    /// The certificate's life: issue, confirm, refuse, void, expire, and reading certificates.
    public let certificates: CertificateStore
    /// Participants, their status history, authorities and companies.
    public let registry: RegistryStore
    /// Accounts, logins, tokens and lockout.
    public let accounts: AccountStore
    /// Signing keys, the root key, the published trust and void lists, online verification.
    public let keys: KeyStore
    /// The public transparency log: checkpoints, proofs, tiles, cosignatures.
    public let log: LogStore
    /// Statistics computed from certificates, and production reports.
    public let statistics: StatisticsStore
    /// Governance: observer organisations, the chair table, decisions and their effects.
    public let governance: GovernanceStore
    /// Monitoring: mining zones and their status.
    public let monitoring: MonitoringStore
    /// The notifications of each account.
    public let notifications: NotificationStore
    let context: StoreContext

    public init(database: any Database, configuration: StoreConfiguration, logger: Logger) {
        self.init(context: StoreContext(database: database, configuration: configuration, logger: logger))
    }

    init(context: StoreContext) {
        self.context = context
        certificates = CertificateStore(context: context)
        registry = RegistryStore(context: context)
        accounts = AccountStore(context: context)
        keys = KeyStore(context: context)
        log = LogStore(context: context)
        statistics = StatisticsStore(context: context)
        governance = GovernanceStore(context: context)
        monitoring = MonitoringStore(context: context)
        notifications = NotificationStore(context: context)
    }

    public var database: any Database { context.database }
    public var configuration: StoreConfiguration { context.configuration }
    public var logger: Logger { context.logger }

    /// Opens the database, applies missing migrations and loads the participant registry and the chair table.
    public static func open(
        _ location: DatabaseLocation, configuration: StoreConfiguration = StoreConfiguration(), logger: Logger
    ) async throws -> Store {
        let database = try await openDatabase(location, logger: logger)
        let store = Store(database: database, configuration: configuration, logger: logger)
        do {
            try await Migrator.migrate(database)
            try await store.keys.checkMasterKey()
            // Makes the log's key at first start, and refuses a changed KPCS_LOG_ORIGIN before serving anything.
            _ = try await store.log.key()
            try await store.registry.loadRegistry()
            try await store.governance.loadHistory()
        } catch {
            await database.close()
            throw error
        }
        return store
    }

    public func close() async {
        await database.close()
    }

    /// The same store with its clock stopped at `instant`: the demo data and the tests write the past with it.
    public func at(_ instant: Date) -> Store {
        Store(context: context.at(instant))
    }
}
