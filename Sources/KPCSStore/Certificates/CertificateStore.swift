/// The certificate's life: validate and issue (sealed, numbered, logged), confirm or refuse, void, expire; and
/// reading certificates and their events, each read applying the reader's access rule.
public struct CertificateStore: CapabilityStore {
    let context: StoreContext
}
