/// The accounts' messages: logins, tokens, lockout, roles, usernames and passwords.
public enum AccountMessage: String, MessageKey, CaseIterable {
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

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
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
        case .accountLocked:
            return (
                "Too many failed logins: try again after {0}.",
                "Trop d'échecs de connexion : réessayez après {0}."
            )
        case .roleForbidden:
            return (
                "Your account ({0}) may not do this: it needs {1}.",
                "Votre compte ({0}) ne peut pas faire cela : il faut {1}."
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
        case .usernameTaken:
            return ("The username {0} is already taken.", "Le nom d'utilisateur {0} est déjà pris.")
        case .usernameInvalid:
            return (
                "A username has 3 to 64 characters: letters, digits, dot, dash or underscore.",
                "Un nom d'utilisateur compte de 3 à 64 caractères : lettres, chiffres, point, tiret ou tiret bas."
            )
        case .accountUnknown:
            return ("No account has the username {0}.", "Aucun compte n'a le nom d'utilisateur {0}.")
        case .passwordTooShort:
            return (
                "A password needs at least {0} characters.", "Un mot de passe doit compter au moins {0} caractères."
            )
        case .roleUnknown:
            return (
                "The role must be administrator, officer or observer, not {0}.",
                "Le rôle doit être administrator, officer ou observer, pas {0}."
            )
        case .cannotDisableSelf:
            return ("You cannot disable your own account.", "Vous ne pouvez pas désactiver votre propre compte.")
        }
    }
}
