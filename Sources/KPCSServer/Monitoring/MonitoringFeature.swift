import KPCSStore

/// Monitoring: mining zones with their status, their map and their registration; annual reports, their figures,
/// versions and review; peer reviews with their recommendations and each one's timeline; incident reports with a
/// sealed reporter; the conflict definitions as policies and their what-if view; each participant's public
/// accountability.
enum MonitoringFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        ZoneAPI.operations(store) + ZonePages.operations(store) + AnnualReportAPI.operations(store)
            + AnnualReportPages.operations(store) + PeerReviewAPI.operations(store) + PeerReviewPages.operations(store)
            + RecommendationPages.operations(store) + AccountabilityPages.operations(store)
            + IncidentAPI.operations(store) + IncidentPages.operations(store)
            + ConflictDefinitionPages.operations(store)
    }
}
