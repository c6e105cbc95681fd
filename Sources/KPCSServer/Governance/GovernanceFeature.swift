import KPCSStore

/// Governance: decisions by consensus, meetings, the chair table, observer organisations, the bodies of the scheme,
/// and their pages.
enum GovernanceFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        GovernanceAPI.operations(store) + DecisionPages.operations(store) + DecisionForms.operations(store)
            + ProposalPage.operations(store) + ChairPage.operations(store) + MeetingAPI.operations(store)
            + MeetingPages.operations(store) + MeetingForms.operations(store) + WorkingBodyAPI.operations(store)
            + WorkingBodyPages.operations(store)
            + ApplicationAPI.operations(store) + ApplicationPages.operations(store) + ApplicationForm.operations(store)
            + DocumentAPI.operations(store) + DocumentForm.operations(store)
    }
}
