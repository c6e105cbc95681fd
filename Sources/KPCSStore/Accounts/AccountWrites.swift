import Crypto
import Foundation
import HummingbirdBcrypt
import KPCSCore
import NIOCore
import NIOPosix
import SQLKit
import Synchronization

/// An account as an administrator sees it: never its password hash.
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var username: String
    public var role: Role
    public var authorityId: Int64?
    public var disabled: Bool
    public var createdAt: String
    /// The scheme body the account sits on, if any.
    public var body: SchemeBody?
    /// The name and function printed on the certificates the account issues.
    public var profile = AccountProfile()
    /// The participant a delegate speaks for.
    public var participantCode: String?
    /// The observer organisation of an observer account, by code.
    public var organisation: String?
    /// Where the account's notifications are e-mailed when e-mail is on; nil: none.
    public var email: String?
}

/// A freshly issued access token. The clear token exists only here; the database keeps its SHA-256.
public struct IssuedToken: Sendable {
    public let token: String
    public let expiresAt: String
}

/// Accounts, passwords and access tokens.
extension AccountStore {
    /// Creates an account. The password is hashed with bcrypt; the clear password is never stored. A delegate
    /// names its participant; an observer may name its organisation (by code). An e-mail address is optional.
    public func create(
        username: String, password: String, role: Role, authorityId: Int64?, body: SchemeBody? = nil,
        profile: AccountProfile = AccountProfile(), participantCode: String? = nil, organisation: String? = nil,
        email: String? = nil
    ) async throws -> Account {
        try RegistryRules.checkUsername(username)
        try RegistryRules.checkPassword(password)
        try RegistryRules.checkAccountRole(role, authorityId: authorityId)
        let participantCode = participantCode.map(CertificateNumber.normalized)
        let organisation = organisation.map(CertificateNumber.normalized)
        try ObserverRules.checkAccountStanding(role, participant: participantCode, organisation: organisation)
        let profile = try RegistryRules.checkProfile(profile)
        let email = try EmailAddress.checked(email)
        let hash = try await hashPassword(password)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            if let authorityId,
                try await db.raw("SELECT id FROM authorities WHERE id = \(bind: authorityId)").first() == nil
            {
                throw KPCSError.invalid(
                    RegistryMessage.authorityUnknown(id: String(authorityId)), pointer: "/authorityId")
            }
            if let participantCode {
                guard let participant = try await RegistryStore.participant(participantCode, in: db) else {
                    throw KPCSError.invalid(
                        RegistryMessage.participantUnknown(code: participantCode), pointer: "/participantCode")
                }
                if participant.isMemberState {
                    throw KPCSError.invalid(
                        RegistryMessage.memberStateNotParticipant(
                            state: participant.code, participant: participant.participantCode),
                        pointer: "/participantCode")
                }
            }
            var organisationId: Int64?
            if let organisation {
                organisationId = try await db.raw(
                    "SELECT id FROM observer_organisations WHERE code = \(bind: organisation)"
                ).first()?.int("id")
                if organisationId == nil {
                    throw KPCSError.invalid(
                        GovernanceMessage.organisationUnknown(code: organisation), pointer: "/organisationCode")
                }
            }
            if try await db.raw("SELECT id FROM accounts WHERE username = \(bind: username)").first() != nil {
                throw KPCSError.conflict(AccountMessage.usernameTaken(username: username))
            }
            let row = try await db.raw(
                """
                INSERT INTO accounts (username, password_hash, role, authority_id, created_at, display_name,\
                 official_function, participant_code, organisation_id, email)
                VALUES (\(bind: username), \(bind: hash), \(bind: role.rawValue), \(bind: authorityId),\
                 \(bind: createdAt), \(bind: profile.displayName), \(bind: profile.function),\
                 \(bind: participantCode), \(bind: organisationId), \(bind: email))
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            if let body { try await db.setPersonSeat(username: username, body: body, by: nil, at: createdAt) }
            return Account(
                id: id, username: username, role: role, authorityId: authorityId, disabled: false, createdAt: createdAt,
                body: body, profile: profile, participantCode: participantCode, organisation: organisation,
                email: email)
        }
    }

    /// Sets a new password, lifts any lockout and revokes every token of the account.
    public func resetPassword(username: String, password: String) async throws {
        try RegistryRules.checkPassword(password)
        let hash = try await hashPassword(password)
        let revokedAt = Timestamp.string(now)
        try await transaction { db in
            guard let row = try await db.raw("SELECT id FROM accounts WHERE username = \(bind: username)").first()
            else {
                throw KPCSError.notFound(AccountMessage.accountUnknown(username: username))
            }
            let id = try row.int("id")
            try await db.raw("UPDATE accounts SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
            try await db.raw("DELETE FROM login_attempts WHERE username = \(bind: username)").run()
            try await db.raw(
                """
                UPDATE access_tokens SET revoked_at = \(bind: revokedAt) WHERE account_id = \(bind: id) AND revoked_at\
                 IS NULL
                """
            ).run()
        }
    }

    /// Disables an account (its tokens are revoked and it can no longer log in) or enables it again.
    /// An administrator cannot disable their own account, so the scheme is never left without one by mistake.
    public func setDisabled(username: String, disabled: Bool, by principal: Principal) async throws -> Account {
        try principal.require(.administrator)
        if disabled, username == principal.username {
            throw KPCSError.conflict(AccountMessage.cannotDisableSelf)
        }
        let revokedAt = Timestamp.string(now)
        return try await transaction { db in
            var account = try await Self.account(named: username, in: db)
            try await db.raw("UPDATE accounts SET disabled = \(bind: disabled.sqlFlag) WHERE id = \(bind: account.id)")
                .run()
            if disabled {
                try await db.raw(
                    """
                    UPDATE access_tokens SET revoked_at = \(bind: revokedAt) WHERE account_id = \(bind: account.id)\
                     AND revoked_at IS NULL
                    """
                ).run()
            }
            account.disabled = disabled
            return account
        }
    }

    /// Gives an account a seat of its own on the Chair's office or the WGS from today, or ends it (nil).
    public func setSchemeBody(username: String, body: SchemeBody?, by principal: Principal) async throws -> Account {
        try principal.require(.administrator)
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            var account = try await Self.account(named: username, in: db)
            try await db.setPersonSeat(username: username, body: body, by: principal.accountId, at: recordedAt)
            account.body = body
            return account
        }
    }

    /// Sets the name and function an account's certificates print (each nil or blank: none). Administrators only.
    public func setProfile(username: String, profile: AccountProfile, by principal: Principal) async throws -> Account {
        try principal.require(.administrator)
        let profile = try RegistryRules.checkProfile(profile)
        return try await transaction { db in
            var account = try await Self.account(named: username, in: db)
            try await db.raw(
                """
                UPDATE accounts SET display_name = \(bind: profile.displayName), official_function =\
                 \(bind: profile.function) WHERE id = \(bind: account.id)
                """
            ).run()
            account.profile = profile
            return account
        }
    }

    /// Sets the address an account's notifications are e-mailed to (nil or blank: none). Administrators only.
    public func setEmail(username: String, email: String?, by principal: Principal) async throws -> Account {
        try principal.require(.administrator)
        let email = try EmailAddress.checked(email)
        return try await transaction { db in
            var account = try await Self.account(named: username, in: db)
            try await db.raw("UPDATE accounts SET email = \(bind: email) WHERE id = \(bind: account.id)").run()
            account.email = email
            return account
        }
    }

    /// The account of a username, read inside a transaction; an unknown username is a 404.
    static func account(named username: String, in db: BusinessTransaction) async throws -> Account {
        let today = CalendarDate(utcDayOf: db.context.configuration.now())
        guard let row = try await db.raw("\(select(on: today)) WHERE a.username = \(bind: username)").first() else {
            throw KPCSError.notFound(AccountMessage.accountUnknown(username: username))
        }
        return try account(from: row)
    }

    /// All accounts, in id order.
    public func list() async throws -> [Account] {
        try await database.read { db in
            try await db.raw("\(Self.select(on: today)) ORDER BY a.id").all().map(Self.account(from:))
        }
    }

    /// True when at least one administrator account exists.
    public func hasAdministrator() async throws -> Bool {
        try await database.read { db in
            try await db.raw("SELECT id FROM accounts WHERE role = 'administrator' LIMIT 1").first() != nil
        }
    }

    /// An account row with its organisation's code and the body it holds a seat on that day.
    static func select(on day: CalendarDate) -> SQLQueryString {
        """
        SELECT a.*, o.code AS organisation_code, \(GovernanceStore.seatBodyColumn(on: day)) FROM accounts a LEFT JOIN\
         observer_organisations o ON o.id = a.organisation_id
        """
    }

    static func account(from row: any SQLRow) throws -> Account {
        let role = try row.string("role")
        guard let parsed = Role(rawValue: role) else { throw StoreCorruption.badValue("role", role) }
        return Account(
            id: try row.int("id"), username: try row.string("username"), role: parsed,
            authorityId: try row.optionalInt("authority_id"), disabled: try row.bool("disabled"),
            createdAt: try row.string("created_at"), body: try schemeBody(from: row),
            profile: AccountProfile(
                displayName: try row.optionalString("display_name"),
                function: try row.optionalString("official_function")),
            participantCode: try row.optionalString("participant_code"),
            organisation: try row.optionalString("organisation_code"), email: try row.optionalString("email"))
    }

    static func schemeBody(from row: any SQLRow) throws -> SchemeBody? {
        guard let text = try row.optionalString("seat_body") else { return nil }
        guard let body = SchemeBody(bodyCode: text) else { throw StoreCorruption.badValue("seat_body", text) }
        return body
    }
}
