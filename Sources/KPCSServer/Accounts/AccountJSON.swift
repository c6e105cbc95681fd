import KPCSCore
import KPCSStore

// The JSON shapes of accounts and logins.

struct AccountJSON: Codable, Sendable {
    let id: Int64
    let username: String
    let role: String
    let authorityId: Int64?
    let disabled: Bool
    let createdAt: String
    let body: String?
    let displayName: String?
    let function: String?
    /// The participant a delegate speaks for.
    let participantCode: String?
    /// The observer organisation of an observer account, by code.
    let organisationCode: String?
    /// Where the account's notifications are e-mailed, if anywhere.
    let email: String?

    init(_ a: Account) {
        email = a.email
        participantCode = a.participantCode
        organisationCode = a.organisation
        body = a.body?.rawValue
        displayName = a.profile.displayName
        function = a.profile.function
        id = a.id
        username = a.username
        role = a.role.rawValue
        authorityId = a.authorityId
        disabled = a.disabled
        createdAt = a.createdAt
    }
}

struct MeJSON: Codable, Sendable {
    let username: String
    let role: String
    let participant: String?
    let authority: AuthorityJSON?
    let canExport: Bool
    let canImport: Bool
    /// The scheme body the account sits on now (`chair` for the delegates of this year's Chair).
    let body: String?
    let organisation: String?
}

/// Requests that are not domain drafts.
struct LoginRequest: Codable, Sendable {
    let username: String
    let password: String
}

struct TokenJSON: Codable, Sendable {
    let token: String
    let expiresAt: String
}

struct AccountRequest: Codable, Sendable {
    let username: String
    let password: String
    let role: String
    let authorityId: Int64?
    /// `chair` or `wgs` (Working Group on Statistics), optional.
    let body: String?
    /// The name and function the account's certificates print, optional.
    let displayName: String?
    let function: String?
    /// For a delegate: the participant it speaks for.
    let participantCode: String?
    /// For an observer: its organisation's code, optional.
    let organisationCode: String?
    /// Where the account's notifications are e-mailed, optional.
    let email: String?

    var profile: AccountProfile { AccountProfile(displayName: displayName, function: function) }
}

/// The name and function an account's certificates print; a missing or null one is cleared.
struct ProfileRequest: Codable, Sendable {
    let displayName: String?
    let function: String?

    var profile: AccountProfile { AccountProfile(displayName: displayName, function: function) }
}

/// The scheme body an account sits on; null takes it off.
struct SchemeBodyRequest: Codable, Sendable {
    let body: String?

    static func parse(_ text: String?) throws -> SchemeBody? {
        guard let text else { return nil }
        guard let body = SchemeBody(rawValue: text) else {
            throw KPCSError.invalid(
                RequestMessage.fieldValueInvalid(
                    field: "body", value: text, allowed: SchemeBody.allCases.map(\.rawValue).joined(separator: ", ")),
                pointer: "/body"
            )
        }
        return body
    }
}

/// The address an account's notifications are e-mailed to; null or blank: none.
struct EmailRequest: Codable, Sendable {
    let email: String?
}

struct PasswordRequest: Codable, Sendable {
    let password: String
}
