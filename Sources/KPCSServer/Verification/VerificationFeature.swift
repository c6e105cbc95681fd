import KPCSStore

/// Checking a seal online: the API and the public page.
enum VerificationFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] { VerifyAPI.operations(store) + VerifyPage.operations(store) }
}
