import KPCSStore
import Logging
import ServiceLifecycle

/// Moves certificates past their expiry day to `expired`, closes decisions past their deadline, at start and then
/// at a fixed interval, and forgets stale login attempts. Several processes may run it on one PostgreSQL database:
/// the store's guarded updates move each certificate and close each decision once.
struct ExpiryService: Service {
    let store: Store
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let expired = try await store.certificates.expireOverdue()
                if !expired.isEmpty {
                    logger.info("certificates expired", metadata: ["count": "\(expired.count)"])
                }
                let closed = try await store.governance.closeDue()
                if !closed.isEmpty { logger.info("decisions closed", metadata: ["count": "\(closed.count)"]) }
                try await store.notifications.remindDeadlines()
                try await store.accounts.forgetStaleLoginAttempts()
            } catch {
                logger.error("expiry run failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
