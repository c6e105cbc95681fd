import KPCSStore

/// Signing keys (rotation, revocation) and the published trust material.
enum KeysFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] { KeyAPI.operations(store) + TrustAPI.operations(store) }
}
