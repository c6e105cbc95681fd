/// The lockout rule of logins. Attempts are counted per username, known or not, and an attempt is counted
/// *before* its password is checked: the store reserves attempt number `n` atomically, and only attempts
/// 1…`limit` are checked. The attempt that reaches the limit starts the lock; a success before it ends clears
/// the count. So however many guesses arrive at once, at most `limit` passwords are ever compared, and an unknown
/// username locks exactly as a known one does.
public enum LoginLockout {
    /// Whether the attempt with this number (1-based, since the last success or the end of the last lock) may have
    /// its password checked.
    public static func mayCheck(attempt: Int64, limit: Int) -> Bool {
        attempt >= 1 && attempt <= Int64(limit)
    }

    /// Whether reserving this attempt starts the lock: the `limit`-th attempt does, whatever its outcome.
    public static func startsLock(attempt: Int64, limit: Int) -> Bool {
        attempt == Int64(limit)
    }

    /// The longest password compared (bcrypt reads 72 bytes); a longer one is refused without hashing.
    public static let maximumPasswordBytes = 1024

    /// A username that no account can have (account usernames are 3 to 64 letters, digits, `.`, `-`, `_`): refused
    /// without a count, since nothing is learnt from it.
    public static func isPossibleUsername(_ username: String) -> Bool {
        (try? RegistryRules.checkUsername(username)) != nil
    }
}
