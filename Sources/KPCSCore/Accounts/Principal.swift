/// What an account may do in kpcs.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// Runs the scheme's registry: participants, authorities, accounts.
    case administrator
    /// Acts for one authority, with that authority's rights (export, import).
    case officer
    /// An observer: the account of an observer organisation (industry, civil society, an independent observer),
    /// which comments on decisions and reads the scheme's aggregates but no certificate; or, with no organisation, a
    /// scheme-wide reader the administrator creates (the Chair's secretariat, a statistics analyst), which reads
    /// every certificate and never writes one.
    case observer
    /// Speaks for one participant in governance: proposes decisions and records the participant's stances. Issues
    /// and reads no certificate.
    case delegate
}

/// The account behind a request, with the authority it acts for.
public struct Principal: Sendable, Equatable {
    public var accountId: Int64
    public var username: String
    public var role: Role
    /// The officer's authority; nil for other roles.
    public var authority: Authority?
    /// The scheme body the account sits on (Chair, statistics working group), if any. The delegates of the
    /// participant that chairs the current year sit on `chair` for that year.
    public var body: SchemeBody?
    /// The participant a delegate speaks for; nil for other roles.
    public var delegation: String?
    /// The observer organisation an observer account belongs to, by code; nil for other roles.
    public var organisation: String?

    public init(
        accountId: Int64, username: String, role: Role, authority: Authority?, body: SchemeBody? = nil,
        delegation: String? = nil, organisation: String? = nil
    ) {
        self.accountId = accountId
        self.username = username
        self.role = role
        self.authority = authority
        self.body = body
        self.delegation = delegation
        self.organisation = organisation
    }

    /// The participant the principal acts for: an officer's authority's, or a delegate's.
    public var participantCode: String? { authority?.participantCode ?? delegation }

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

    /// Whether the account speaks for an observer organisation: the KP's confidentiality keeps per-certificate
    /// commercial data (companies, quantities, values) from it.
    public var isObserverOrganisation: Bool { role == .observer && organisation != nil }

    /// Which certificates the principal's lists hold: every one, its own participant's, or none.
    public var certificateScope: CertificateScope {
        switch role {
        case .administrator: return .all
        case .observer: return isObserverOrganisation ? .none : .all
        case .officer: return .participant(participantCode ?? "")
        case .delegate: return .none
        }
    }

    /// Administrators and scheme-wide readers read every certificate; an officer reads those its participant
    /// issued or that are addressed to it; a delegate and an observer organisation's account read none.
    public func canRead(exportingParticipant: String, importingParticipant: String) -> Bool {
        switch role {
        case .administrator: return true
        case .observer: return !isObserverOrganisation
        case .officer: return participantCode == exportingParticipant || participantCode == importingParticipant
        case .delegate: return false
        }
    }
}

/// The certificates a list may show a principal.
public enum CertificateScope: Sendable, Equatable {
    case all
    /// Those its participant issued or that are addressed to it.
    case participant(String)
    case none
}
