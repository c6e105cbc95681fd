import KPCSSeal
import KPCSStore

/// The auditor's report over a store's exported log, as `kpcs log audit` reads it.
enum TestLogAudit {
    static func report(_ store: Store) async throws -> LogAuditor.Report {
        let (verifier, _) = try await store.log.key()
        let files = Dictionary(
            try await store.log.export().map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return try await LogAuditor(key: verifier) { files[$0] }.audit(previous: nil)
    }
}
