import KPCSStore
import Logging

/// Before a read whose answer depends on decisions (a decision, the list, a participant's status), the decisions
/// past their deadline are closed, so their number and effect show whether or not the periodic job ran. The state is
/// computed on read anyway; a closing that fails is logged and the read goes on.
enum DecisionSettling {
    static func settle(_ store: Store) async {
        do { try await store.governance.closeDue() } catch {
            store.logger.error("closing due decisions failed", metadata: ["error": "\(error)"])
        }
    }
}
