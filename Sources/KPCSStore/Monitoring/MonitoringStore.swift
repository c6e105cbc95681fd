import Foundation
import KPCSCore
import SQLKit

/// Monitoring: the mining zones of producing participants and their KP status as decisions set it.
public struct MonitoringStore: CapabilityStore {
    let context: StoreContext
}
