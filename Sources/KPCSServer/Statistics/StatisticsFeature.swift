import KPCSStore

/// Statistics computed from certificates, production reports, and their pages.
enum StatisticsFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        StatisticsAPI.operations(store) + StatisticsPage.operations(store) + ProductionPages.operations(store)
    }
}
