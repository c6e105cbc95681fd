import KPCSStore

/// The public transparency log: checkpoint, tiles, cosignatures and proofs.
enum LogFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] { LogAPI.operations(store) }
}
