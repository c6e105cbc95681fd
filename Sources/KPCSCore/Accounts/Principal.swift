/// What an account may do in kpcs.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// Runs the scheme's registry: participants, authorities, accounts.
    case administrator
    /// Acts for one authority, with that authority's rights (export, import).
    case officer
    /// Industry or civil-society observer: reads, never writes.
    case observer
}

/// The account behind a request, with the authority it acts for.
public struct Principal: Sendable, Equatable {
    public var accountId: Int64
    public var username: String
    public var role: Role
    /// The officer's authority; nil for other roles.
    public var authority: Authority?
    /// The scheme body the account sits on (Chair, statistics working group), if any.
    public var body: SchemeBody?

    public init(accountId: Int64, username: String, role: Role, authority: Authority?, body: SchemeBody? = nil) {
        self.accountId = accountId
        self.username = username
        self.role = role
        self.authority = authority
        self.body = body
    }

    /// The participant the principal acts for, if it is an officer.
    public var participantCode: String? { authority?.participantCode }

    /// Refuses anyone whose role is not listed.
    public func require(_ roles: Role...) throws {
        guard roles.contains(role) else {
            throw KPCSError.forbidden(
                AccountMessage.roleForbidden(
                    role: role.rawValue, needed: roles.map(\.rawValue).joined(separator: " / ")))
        }
    }

    /// The officer's authority, or a refusal for any other role.
    public func officerAuthority() throws -> Authority {
        try require(.officer)
        guard let authority else { throw KPCSError.forbidden(AccountMessage.officerNeedsAuthority) }
        return authority
    }

    /// Administrators and observers read every certificate; an officer reads those its participant issued or
    /// that are addressed to it.
    public func canRead(exportingParticipant: String, importingParticipant: String) -> Bool {
        switch role {
        case .administrator, .observer: return true
        case .officer: return participantCode == exportingParticipant || participantCode == importingParticipant
        }
    }
}
