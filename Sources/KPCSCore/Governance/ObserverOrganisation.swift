/// The kind of an observer organisation: observers sit in every working body and meeting, speak, and never count
/// in a decision.
public enum ObserverKind: String, Codable, Sendable, CaseIterable {
    /// The industry: the World Diamond Council.
    case industry
    /// Civil society: the KP Civil Society Coalition.
    case civilSociety = "civil-society"
    /// An observer admitted in its own right, such as the African Diamond Producers Association.
    case independent

    /// The kind in words.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.industry, .en): return "industry"
        case (.industry, .fr): return "industrie"
        case (.civilSociety, .en): return "civil society"
        case (.civilSociety, .fr): return "société civile"
        case (.independent, .en): return "independent observer"
        case (.independent, .fr): return "observateur indépendant"
        }
    }
}

/// An observer organisation of the scheme, with its own accounts (role `observer`).
public struct ObserverOrganisation: Codable, Sendable, Equatable {
    public var id: Int64
    /// A short code: `WDC`, `CSC`, `ADPA`; 2 to 12 capital letters or digits.
    public var code: String
    public var name: String
    public var kind: ObserverKind
    /// The day it was admitted as an observer, when known.
    public var admittedOn: CalendarDate?

    public init(id: Int64, code: String, name: String, kind: ObserverKind, admittedOn: CalendarDate?) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.admittedOn = admittedOn
    }
}

/// A request to record an observer organisation.
public struct ObserverOrganisationDraft: Codable, Sendable, Equatable {
    public var code: String?
    public var name: String?
    public var kind: String?
    public var admittedOn: String?

    public init(code: String? = nil, name: String? = nil, kind: String? = nil, admittedOn: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.admittedOn = admittedOn
    }
}

/// What an observer organisation's record and the governance standing of an account must hold.
public enum ObserverRules {
    /// A code of 2 to 12 capital letters or digits (any case is read), a name, a kind, an optional day.
    public static func validate(
        _ draft: ObserverOrganisationDraft
    ) throws -> (
        code: String, name: String, kind: ObserverKind, admittedOn: CalendarDate?
    ) {
        var violations: [Violation] = []
        var code: String?
        if let given = draft.code {
            let upper = given.uppercased()
            if (2...12).contains(upper.utf8.count),
                upper.utf8.allSatisfy({ (65...90).contains($0) || (48...57).contains($0) })
            {
                code = upper
            } else {
                violations.append(Violation("/code", GovernanceMessage.organisationCodeInvalid(code: given)))
            }
        } else {
            violations.append(Violation("/code", RequestMessage.fieldRequired(field: "code")))
        }
        let name = RegistryRules.checkName(draft.name, pointer: "/name", into: &violations)
        var kind: ObserverKind?
        if let given = draft.kind {
            kind = ObserverKind(rawValue: given)
            if kind == nil {
                violations.append(Violation("/kind", GovernanceMessage.organisationKindUnknown(kind: given)))
            }
        } else {
            violations.append(Violation("/kind", RequestMessage.fieldRequired(field: "kind")))
        }
        var admittedOn: CalendarDate?
        if let given = draft.admittedOn {
            admittedOn = CalendarDate(iso: given)
            if admittedOn == nil {
                violations.append(Violation("/admittedOn", RequestMessage.dateInvalid(field: "admittedOn")))
            }
        }
        guard violations.isEmpty, let code, let name, let kind else { throw KPCSError.validation(violations) }
        return (code, name, kind, admittedOn)
    }

    /// A delegate names its participant and only a delegate does; only an observer names an organisation (which
    /// stays optional, for observer accounts made before organisations existed).
    public static func checkAccountStanding(_ role: Role, participant: String?, organisation: String?) throws {
        if role == .delegate, participant == nil {
            throw KPCSError.invalid(GovernanceMessage.delegateNeedsParticipant, pointer: "/participantCode")
        }
        if role != .delegate, participant != nil {
            throw KPCSError.invalid(GovernanceMessage.onlyDelegateHasParticipant, pointer: "/participantCode")
        }
        if role != .observer, organisation != nil {
            throw KPCSError.invalid(GovernanceMessage.onlyObserverHasOrganisation, pointer: "/organisationCode")
        }
    }
}
