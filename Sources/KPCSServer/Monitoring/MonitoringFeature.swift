import KPCSStore

/// Monitoring: mining zones with their status, their map and their registration; annual reports, their
/// figures, versions and review.
enum MonitoringFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        ZoneAPI.operations(store) + ZonePages.operations(store) + AnnualReportAPI.operations(store)
            + AnnualReportPages.operations(store)
    }
}
