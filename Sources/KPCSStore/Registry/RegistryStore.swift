/// The participant registry with its status history, the national authorities and the licensed companies.
public struct RegistryStore: CapabilityStore {
    let context: StoreContext
}
