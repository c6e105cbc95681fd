import KPCSStore
import Logging
import ServiceLifecycle

/// Moves certificates past their expiry day to `expired`, at start and then at a fixed interval, and forgets stale
/// login attempts. Several processes may run it on one PostgreSQL database: the store's guarded update moves each
/// certificate once.
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
                try await store.accounts.forgetStaleLoginAttempts()
            } catch {
                logger.error("expiry run failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
