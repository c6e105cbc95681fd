import KPCSCore

/// What a refused operation answered, as tests compare it: each violation as `pointer code`, or the message's code
/// when there is none; empty when the operation succeeded.
public func refusalCodes(_ body: () async throws -> Void) async -> [String] {
    do {
        try await body()
        return []
    } catch let error as KPCSError {
        return error.violations.isEmpty
            ? [error.message.key.code] : error.violations.map { "\($0.pointer) \($0.message.key.code)" }
    } catch { return ["\(error)"] }
}
