/// The public transparency log: its key, checkpoints, proofs, tiles, entries and witnesses' cosignatures. Leaves
/// are appended by ``BusinessTransaction`` inside the operation they record.
public struct LogStore: CapabilityStore {
    let context: StoreContext
}
