import KPCSStore

/// Logging in and out (API and pages) and the administrator's account operations.
enum AccountsFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        AuthAPI.operations(store) + AccountAPI.operations(store) + LoginPages.operations(store)
            + AdminPages.accountOperations(store)
    }
}
