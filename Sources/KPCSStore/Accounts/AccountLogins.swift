import Crypto
import Foundation
import HummingbirdBcrypt
import KPCSCore
import NIOCore
import NIOPosix
import SQLKit
import Synchronization

/// Logging in and out: the lockout counted before any password is checked, tokens, bcrypt off the event loops.
extension AccountStore {
    /// Checks a username and password and issues a token. The attempt is counted in the database before the
    /// password is checked (``LoginLockout``): after `maximumFailedLogins` attempts without a success the username is
    /// locked for `lockoutDuration`, however many guesses arrive at once, and an unknown username is counted, locked
    /// and timed exactly as a known one (its password is checked against a hash of the same cost).
    public func login(username: String, password: String) async throws -> IssuedToken {
        guard LoginLockout.isPossibleUsername(username), password.utf8.count <= LoginLockout.maximumPasswordBytes else {
            throw KPCSError.unauthenticated(AccountMessage.loginFailed)
        }
        let now = self.now
        let attempt = try await reserveLoginAttempt(username: username, at: now)
        guard LoginLockout.mayCheck(attempt: attempt.number, limit: configuration.maximumFailedLogins) else {
            let until = attempt.lockedUntil.flatMap { Timestamp.date($0) } ?? now
            throw KPCSError(kind: .locked, message: LocalizedMessage(AccountMessage.lockout(until: until, now: now)))
        }
        let stored = try await database.read { db in
            try await db.raw("SELECT id, password_hash, disabled FROM accounts WHERE username = \(bind: username)")
                .first().map { row in
                    (id: try row.int("id"), hash: try row.string("password_hash"), disabled: try row.bool("disabled"))
                }
        }
        let hash: String
        if let stored { hash = stored.hash } else { hash = try await dummyPasswordHash() }
        let matches = try await verifyPassword(password, hash: hash)
        guard let stored, matches, !stored.disabled else { throw KPCSError.unauthenticated(AccountMessage.loginFailed) }
        let token = Self.randomToken()
        let expiresAt = Timestamp.string(now.addingTimeInterval(configuration.tokenLifetime))
        let createdAt = Timestamp.string(now)
        try await transaction { db in
            try await db.raw("DELETE FROM login_attempts WHERE username = \(bind: username)").run()
            try await db.raw(
                """
                INSERT INTO access_tokens (token_hash, account_id, created_at, expires_at)
                VALUES (\(bind: Self.tokenHash(token)), \(bind: stored.id), \(bind: createdAt), \(bind: expiresAt))
                """
            ).run()
        }
        return IssuedToken(token: token, expiresAt: expiresAt)
    }

    /// Counts one more attempt for a username in one atomic statement (a row lock on PostgreSQL, the single writer
    /// on SQLite) and returns its number, and the end of the lock when one is running. A lock that has run out
    /// starts the count again at 1; past the limit the count stays at limit + 1.
    private func reserveLoginAttempt(
        username: String, at now: Date
    ) async throws -> (number: Int64, lockedUntil: String?) {
        let limit = configuration.maximumFailedLogins
        let nowText = Timestamp.string(now)
        let lockUntil = Timestamp.string(now.addingTimeInterval(configuration.lockoutDuration))
        let firstLock: String? = LoginLockout.startsLock(attempt: 1, limit: limit) ? lockUntil : nil
        let limit64 = Int64(limit)
        return try await transaction { db in
            guard
                let row = try await db.raw(
                    """
                    INSERT INTO login_attempts (username, attempts, locked_until, last_attempt_at)
                    VALUES (\(bind: username), 1, \(bind: firstLock), \(bind: nowText))
                    ON CONFLICT (username) DO UPDATE SET
                    attempts = CASE
                        WHEN login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <=\
                     \(bind: nowText) THEN 1
                        WHEN login_attempts.attempts > \(bind: limit64) THEN login_attempts.attempts
                        ELSE login_attempts.attempts + 1 END,
                    locked_until = CASE
                        WHEN login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <=\
                     \(bind: nowText) THEN \(bind: firstLock)
                        WHEN login_attempts.locked_until IS NULL AND login_attempts.attempts + 1 = \(bind: limit64)\
                     THEN \(bind: lockUntil)
                        ELSE login_attempts.locked_until END,
                    last_attempt_at = \(bind: nowText)
                    RETURNING attempts, locked_until
                    """
                ).first()
            else { throw StoreCorruption.badValue("login_attempts", "no row returned") }
            return (try row.int("attempts"), try row.optionalString("locked_until"))
        }
    }

    /// Forgets the attempts of usernames with no attempt for a day and no lock running, so guesses at unknown
    /// usernames do not pile up. Run by the server at the expiry interval.
    public func forgetStaleLoginAttempts() async throws {
        let now = self.now
        let dayAgo = Timestamp.string(now.addingTimeInterval(-86_400))
        let nowText = Timestamp.string(now)
        try await transaction { db in
            try await db.raw(
                """
                DELETE FROM login_attempts WHERE last_attempt_at < \(bind: dayAgo)
                AND (locked_until IS NULL OR locked_until <= \(bind: nowText))
                """
            ).run()
        }
    }

    /// The principal behind a token, or nil when the token is unknown, expired, revoked or its account disabled.
    public func principal(forToken token: String) async throws -> Principal? {
        let hash = Self.tokenHash(token)
        let now = Timestamp.string(self.now)
        let today = self.today
        return try await database.read { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT a.id AS account_id, a.username, a.role, \(GovernanceStore.seatBodyColumn(on: today)),\
                     au.id AS au_id, au.participant_code AS au_participant_code,
                    au.member_state AS au_member_state, au.name AS au_name, au.can_export AS au_can_export,
                    au.can_import AS au_can_import, a.participant_code AS delegation, o.code AS organisation_code
                    FROM access_tokens t JOIN accounts a ON a.id = t.account_id
                    LEFT JOIN authorities au ON au.id = a.authority_id
                    LEFT JOIN observer_organisations o ON o.id = a.organisation_id
                    WHERE t.token_hash = \(bind: hash) AND t.revoked_at IS NULL AND t.expires_at > \(bind: now) AND\
                     a.disabled = 0
                    """
                ).first()
            else { return nil }
            let role = try row.string("role")
            guard let parsed = Role(rawValue: role) else { throw StoreCorruption.badValue("role", role) }
            let authority =
                try row.optionalInt("au_id") == nil ? nil : try RegistryStore.authority(from: row, prefix: "au_")
            let delegation = try row.optionalString("delegation")
            var body = try Self.schemeBody(from: row)
            // The delegates of the participant chairing this year sit on the Chair's body for the year only.
            if let delegation, body == nil,
                try await GovernanceStore.chair(of: ChairRule.year(of: CalendarDate(utcDayOf: self.now)), in: db)
                    == delegation
            {
                body = .chair
            }
            return Principal(
                accountId: try row.int("account_id"), username: try row.string("username"), role: parsed,
                authority: authority, body: body, delegation: delegation,
                organisation: try row.optionalString("organisation_code"))
        }
    }

    /// Revokes a token (logout). Unknown tokens are ignored.
    public func revoke(token: String) async throws {
        let revokedAt = Timestamp.string(now)
        try await transaction { db in
            try await db.raw(
                """
                UPDATE access_tokens SET revoked_at = \(bind: revokedAt) WHERE token_hash =\
                 \(bind: Self.tokenHash(token)) AND revoked_at IS NULL
                """
            ).run()
        }
    }

    // MARK: hashing

    /// 32 random bytes from the system's CSPRNG, base64url without padding.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A bcrypt hash of a password no one knows, of the accounts' own cost, so that checking a password for an
    /// unknown username takes as long as for a known one. Made once per cost.
    func dummyPasswordHash() async throws -> String {
        let cost = configuration.bcryptCost
        if let hash = Self.dummyHashes.withLock({ $0[cost] }) { return hash }
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash("kpcs-no-such-account", cost: cost) }
        Self.dummyHashes.withLock { $0[cost] = hash }
        return hash
    }

    private static let dummyHashes = Mutex<[UInt8: String]>([:])

    /// Makes the dummy hash before the first login, so the first login for an unknown username takes no longer than
    /// the next. The server calls it at start; the command line, which never logs in, does not pay for it.
    public func prepareLogins() async throws {
        _ = try await dummyPasswordHash()
    }

    /// bcrypt is deliberately slow: run it on the thread pool, not on an event loop.
    func hashPassword(_ password: String) async throws -> String {
        let cost = configuration.bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
