/// Statistics computed from the certificates (trade flows, the annual summary, the mirror check, the screens) and the
/// participants' production reports.
public struct StatisticsStore: CapabilityStore {
    let context: StoreContext
}
