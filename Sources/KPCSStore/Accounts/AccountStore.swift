/// Accounts, passwords (bcrypt), logins with their lockout, and access tokens.
public struct AccountStore: CapabilityStore {
    let context: StoreContext
}
