import KPCSStore

/// Participants, authorities and companies: the API, the public directory, the company register and the
/// administrator's pages.
enum RegistryFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        RegistryAPI.operations(store) + PublicPages.operations(store) + CompanyPages.operations(store)
            + AdminPages.operations(store)
    }
}
