/// The accounts' messages: logins, tokens, lockout, roles, usernames and passwords.
public enum AccountMessage: MessageKey {
    case authenticationRequired
    case tokenInvalid
    case loginFailed
    case accountLocked(until: String)
    case roleForbidden(role: String, needed: String)
    case officerNeedsAuthority
    case onlyOfficerHasAuthority
    case usernameTaken(username: String)
    case usernameInvalid
    case accountUnknown(username: String)
    case passwordTooShort(minimum: String)
    case roleUnknown(role: String)
    case cannotDisableSelf

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .authenticationRequired:
            return (
                "Log in first: send Authorization: Bearer with a token from POST /api/v1/auth/token.",
                """
                Connectez-vous d'abord : envoyez Authorization: Bearer avec un jeton obtenu par POST /api/v1/auth/token.
                """
            )
        case .tokenInvalid:
            return (
                "The token is unknown, expired or revoked: log in again.",
                "Le jeton est inconnu, expiré ou révoqué : reconnectez-vous."
            )
        case .loginFailed:
            return ("Wrong username or password.", "Nom d'utilisateur ou mot de passe incorrect.")
        case .accountLocked(let until):
            return (
                "Too many failed logins: try again after \(until).",
                "Trop d'échecs de connexion : réessayez après \(until)."
            )
        case .roleForbidden(let role, let needed):
            return (
                "Your account (\(role)) may not do this: it needs \(needed).",
                "Votre compte (\(role)) ne peut pas faire cela : il faut \(needed)."
            )
        case .officerNeedsAuthority:
            return (
                "An authority officer account needs an authority.",
                "Un compte d'agent d'autorité doit être rattaché à une autorité."
            )
        case .onlyOfficerHasAuthority:
            return (
                "Only an authority officer account is tied to an authority.",
                "Seul un compte d'agent d'autorité est rattaché à une autorité."
            )
        case .usernameTaken(let username):
            return ("The username \(username) is already taken.", "Le nom d'utilisateur \(username) est déjà pris.")
        case .usernameInvalid:
            return (
                "A username has 3 to 64 characters: letters, digits, dot, dash or underscore.",
                "Un nom d'utilisateur compte de 3 à 64 caractères : lettres, chiffres, point, tiret ou tiret bas."
            )
        case .accountUnknown(let username):
            return ("No account has the username \(username).", "Aucun compte n'a le nom d'utilisateur \(username).")
        case .passwordTooShort(let minimum):
            return (
                "A password needs at least \(minimum) characters.",
                "Un mot de passe doit compter au moins \(minimum) caractères."
            )
        case .roleUnknown(let role):
            return (
                "The role must be administrator, officer or observer, not \(role).",
                "Le rôle doit être administrator, officer ou observer, pas \(role)."
            )
        case .cannotDisableSelf:
            return ("You cannot disable your own account.", "Vous ne pouvez pas désactiver votre propre compte.")
        }
    }
}

extension AccountMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case authenticationRequired = "authentication-required"
        case tokenInvalid = "token-invalid"
        case loginFailed = "login-failed"
        case accountLocked = "account-locked"
        case roleForbidden = "role-forbidden"
        case officerNeedsAuthority = "officer-needs-authority"
        case onlyOfficerHasAuthority = "only-officer-has-authority"
        case usernameTaken = "username-taken"
        case usernameInvalid = "username-invalid"
        case accountUnknown = "account-unknown"
        case passwordTooShort = "password-too-short"
        case roleUnknown = "role-unknown"
        case cannotDisableSelf = "cannot-disable-self"
    }

    public var stableCode: Code {
        switch self {
        case .authenticationRequired: .authenticationRequired
        case .tokenInvalid: .tokenInvalid
        case .loginFailed: .loginFailed
        case .accountLocked: .accountLocked
        case .roleForbidden: .roleForbidden
        case .officerNeedsAuthority: .officerNeedsAuthority
        case .onlyOfficerHasAuthority: .onlyOfficerHasAuthority
        case .usernameTaken: .usernameTaken
        case .usernameInvalid: .usernameInvalid
        case .accountUnknown: .accountUnknown
        case .passwordTooShort: .passwordTooShort
        case .roleUnknown: .roleUnknown
        case .cannotDisableSelf: .cannotDisableSelf
        }
    }
}
