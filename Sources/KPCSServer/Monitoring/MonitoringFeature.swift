import KPCSStore

/// Monitoring: mining zones with their status, their map and their registration.
enum MonitoringFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        ZoneAPI.operations(store) + ZonePages.operations(store)
    }
}
