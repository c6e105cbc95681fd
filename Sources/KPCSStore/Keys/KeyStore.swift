/// The authorities' signing keys and the root key (encrypted at rest with the master key), the signed trust and
/// void lists, and the online verification of a seal.
public struct KeyStore: CapabilityStore {
    let context: StoreContext
}
