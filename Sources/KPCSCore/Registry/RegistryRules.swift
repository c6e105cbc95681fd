import Foundation

/// A new authority as the administrator asks for it.
public struct AuthorityDraft: Codable, Sendable, Equatable {
    public var participantCode: String?
    public var memberState: String?
    public var name: String?
    public var canExport: Bool?
    public var canImport: Bool?

    public init(participantCode: String?, memberState: String? = nil, name: String?, canExport: Bool?, canImport: Bool?)
    {
        self.participantCode = participantCode?.uppercased()
        self.memberState = memberState?.uppercased()
        self.name = name
        self.canExport = canExport
        self.canImport = canImport
    }
}

/// A company to register, as an authority (or the administrator) asks for it.
public struct CompanyDraft: Codable, Sendable, Equatable {
    public var participantCode: String?
    public var name: String?
    public var licenceNumber: String?
    /// Required for a new company: up to four lines, at most 300 characters (``RegistryRules/checkAddress``).
    public var address: String?
    public var canExport: Bool?
    public var canImport: Bool?

    public init(
        participantCode: String? = nil, name: String?, licenceNumber: String?, address: String? = nil,
        canExport: Bool?, canImport: Bool?
    ) {
        self.participantCode = participantCode?.uppercased()
        self.name = name
        self.licenceNumber = licenceNumber
        self.address = address
        self.canExport = canExport
        self.canImport = canImport
    }
}

extension AuthorityDraft {
    /// Decodes through ``init(participantCode:memberState:name:canExport:canImport:)``, so codes sent in any case
    /// are kept upper case.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            participantCode: try container.decodeIfPresent(String.self, forKey: .participantCode),
            memberState: try container.decodeIfPresent(String.self, forKey: .memberState),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            canExport: try container.decodeIfPresent(Bool.self, forKey: .canExport),
            canImport: try container.decodeIfPresent(Bool.self, forKey: .canImport))
    }
}

extension CompanyDraft {
    /// Decodes through ``init(participantCode:name:licenceNumber:address:canExport:canImport:)``, so a participant
    /// code sent in any case is kept upper case.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            participantCode: try container.decodeIfPresent(String.self, forKey: .participantCode),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            licenceNumber: try container.decodeIfPresent(String.self, forKey: .licenceNumber),
            address: try container.decodeIfPresent(String.self, forKey: .address),
            canExport: try container.decodeIfPresent(Bool.self, forKey: .canExport),
            canImport: try container.decodeIfPresent(Bool.self, forKey: .canImport))
    }
}

/// The registry's rules: status changes, authorities, companies and accounts.
public enum RegistryRules {
    /// The longest name kpcs stores.
    public static let maximumNameLength = 200
    /// The shortest password an account may have.
    public static let minimumPasswordLength = 10

    /// A status change names a participant (not a member state), a new status, a reason and a day.
    public static func checkStatusChange(
        participant: Participant, to status: ParticipantStatus, reason: String?, effectiveOn: String?,
        today: CalendarDate
    ) throws -> (reason: String, effectiveOn: CalendarDate) {
        if participant.isMemberState {
            throw KPCSError.invalid(
                RegistryMessage.memberStateNotParticipant(
                    state: participant.code, participant: participant.participantCode),
                pointer: "/code")
        }
        if participant.status == status {
            throw KPCSError.conflict(RegistryMessage.statusUnchanged(code: participant.code, status: status.rawValue))
        }
        var violations: [Violation] = []
        let reason = ReasonRule.check(reason, pointer: "/reason", into: &violations)
        var day = today
        if let effectiveOn {
            if let parsed = CalendarDate(iso: effectiveOn) {
                day = parsed
                if parsed > today {
                    violations.append(
                        Violation("/effectiveOn", RegistryMessage.effectiveDateInFuture(date: effectiveOn)))
                }
            } else {
                violations.append(Violation("/effectiveOn", RequestMessage.dateInvalid(field: "effectiveOn")))
            }
        }
        guard violations.isEmpty, let reason else { throw KPCSError.validation(violations) }
        return (reason, day)
    }

    /// An authority belongs to a participant (for the EU, to one of its member states), has a name and at
    /// least one right.
    public static func checkAuthority(
        _ draft: AuthorityDraft, participant: Participant?, memberStates: [Participant]
    ) throws -> AuthorityDraft {
        var violations: [Violation] = []
        if let code = draft.participantCode {
            if let participant {
                if participant.isMemberState {
                    violations.append(
                        Violation(
                            "/participantCode",
                            RegistryMessage.memberStateNotParticipant(
                                state: participant.code, participant: participant.participantCode)))
                }
                if let state = draft.memberState, !memberStates.contains(where: { $0.code == state }) {
                    violations.append(
                        Violation(
                            "/memberState",
                            RegistryMessage.memberStateInvalid(state: state, participant: participant.code)))
                }
            } else {
                violations.append(Violation("/participantCode", RegistryMessage.participantUnknown(code: code)))
            }
        } else {
            violations.append(Violation("/participantCode", RequestMessage.fieldRequired(field: "participantCode")))
        }
        let name = checkName(draft.name, pointer: "/name", into: &violations)
        if draft.canExport != true, draft.canImport != true {
            violations.append(Violation("/canExport", RegistryMessage.authorityNeedsRight))
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        var valid = draft
        valid.name = name
        valid.canExport = draft.canExport ?? false
        valid.canImport = draft.canImport ?? false
        return valid
    }

    /// Who registers a company: an officer for its own participant, or the administrator for any.
    public static func companyParticipant(_ principal: Principal, draft: CompanyDraft) throws -> String {
        switch principal.role {
        case .administrator:
            guard let code = draft.participantCode else {
                throw KPCSError.invalid(
                    RequestMessage.fieldRequired(field: "participantCode"), pointer: "/participantCode")
            }
            return code
        case .officer:
            let authority = try principal.officerAuthority()
            if let asked = draft.participantCode, asked != authority.participantCode {
                throw KPCSError.forbidden(
                    CertificateMessage.officerOtherParticipant(own: authority.participantCode, asked: asked))
            }
            return authority.participantCode
        case .observer, .delegate:
            try principal.require(.administrator, .officer)
            return ""
        }
    }

    /// A company has a name, a licence number, an address and at least one role.
    public static func checkCompany(_ draft: CompanyDraft) throws -> CompanyDraft {
        var violations: [Violation] = []
        let name = checkName(draft.name, pointer: "/name", into: &violations)
        let licence = checkName(draft.licenceNumber, pointer: "/licenceNumber", into: &violations)
        let address = checkAddress(draft.address, pointer: "/address", into: &violations)
        if draft.canExport != true, draft.canImport != true {
            violations.append(Violation("/canExport", RegistryMessage.companyNeedsRole))
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        var valid = draft
        valid.name = name
        valid.licenceNumber = licence
        valid.address = address
        valid.canExport = draft.canExport ?? false
        valid.canImport = draft.canImport ?? false
        return valid
    }

    /// An officer may suspend or reinstate only its own participant's companies; the administrator any.
    public static func authorizeCompanyChange(_ principal: Principal, company: Company) throws {
        if principal.role == .administrator { return }
        let authority = try principal.officerAuthority()
        guard authority.participantCode == company.participantCode else {
            throw KPCSError.forbidden(
                RegistryMessage.companyOtherParticipant(
                    company: company.name, licensedBy: company.participantCode,
                    authorityParticipant: authority.participantCode))
        }
    }

    /// A username is 3 to 64 characters of letters, digits, `.`, `-` or `_`.
    public static func checkUsername(_ username: String) throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
        guard (3...64).contains(username.count),
            username.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) })
        else { throw KPCSError.invalid(AccountMessage.usernameInvalid, pointer: "/username") }
    }

    public static func checkPassword(_ password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw KPCSError.invalid(
                AccountMessage.passwordTooShort(minimum: String(minimumPasswordLength)), pointer: "/password")
        }
    }

    /// An officer account needs an authority; no other role has one.
    public static func checkAccountRole(_ role: Role, authorityId: Int64?) throws {
        if role == .officer, authorityId == nil {
            throw KPCSError.invalid(AccountMessage.officerNeedsAuthority, pointer: "/authorityId")
        }
        if role != .officer, authorityId != nil {
            throw KPCSError.invalid(AccountMessage.onlyOfficerHasAuthority, pointer: "/authorityId")
        }
    }

    /// A required one-piece text (a name, a title, a decision's text): trimmed, not blank, at most `maximum`
    /// characters; each fault is added to `violations` with the field named.
    static func checkName(
        _ text: String?, pointer: String, maximum: Int = maximumNameLength, into violations: inout [Violation]
    ) -> String? {
        let field = String(pointer.dropFirst())
        guard let text else {
            violations.append(Violation(pointer, RequestMessage.fieldRequired(field: field)))
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            violations.append(Violation(pointer, RequestMessage.textEmpty(field: field)))
            return nil
        }
        if trimmed.count > maximum {
            violations.append(Violation(pointer, RequestMessage.textTooLong(field: field, maximum: String(maximum))))
            return nil
        }
        return trimmed
    }
}
