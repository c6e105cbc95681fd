import Foundation

/// The accounts' messages: logins, tokens, lockout, roles, usernames and passwords.
public enum AccountMessage: MessageKey {
    case authenticationRequired
    case tokenInvalid
    case loginFailed
    /// A username locked after too many failed logins. `until` is the instant the lock ends (not shown: the server
    /// counts `Retry-After` to it); the text shows the wait in whole minutes and the end as HH:MM UTC, which
    /// ``lockout(until:now:)`` computes.
    case accountLocked(until: Date, minutes: String, hour: String, minute: String)
    case roleForbidden(role: String, needed: String)
    case officerNeedsAuthority
    case onlyOfficerHasAuthority
    case usernameTaken(username: String)
    case usernameInvalid
    case accountUnknown(username: String)
    case passwordTooShort(minimum: String)
    case roleUnknown(role: String)
    case cannotDisableSelf
    case emailInvalid(maximum: String)
    case mailNotFailed(id: String)
    case mailStateUnknown(state: String)

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
        case .accountLocked(_, let minutes, let hour, let minute):
            let unit = minutes == "1" ? "minute" : "minutes"
            return (
                "Too many failed logins: try again in \(minutes) \(unit) (after \(hour):\(minute) UTC).",
                "Trop d'échecs de connexion : réessayez dans \(minutes) \(unit) (après \(hour) h \(minute) UTC)."
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
                "The role must be administrator, officer, observer or delegate, not \(role).",
                "Le rôle doit être administrator, officer, observer ou delegate, pas \(role)."
            )
        case .cannotDisableSelf:
            return ("You cannot disable your own account.", "Vous ne pouvez pas désactiver votre propre compte.")
        case .emailInvalid(let maximum):
            return (
                """
                The e-mail address must read name@domain.example, in ASCII, with no space, comma or angle bracket, \
                at most \(maximum) characters.
                """,
                """
                L'adresse électronique doit s'écrire nom@domaine.exemple, en ASCII, sans espace, virgule ni chevron, \
                en \(maximum) caractères au plus.
                """
            )
        case .mailNotFailed(let id):
            return (
                "No e-mail \(id) has been given up: only a failed e-mail can be sent again.",
                "Aucun courriel \(id) n'a été abandonné : seul un courriel en échec peut être renvoyé."
            )
        case .mailStateUnknown(let state):
            return (
                "The state must be pending, sent or failed, not \(state).",
                "L'état doit être pending, sent ou failed, pas \(state)."
            )
        }
    }
}

extension AccountMessage {
    /// The lockout message of a lock that ends at `until`, read at `now`: the wait in whole minutes rounded up, and
    /// at least 1 (14 min 1 s reads 15 minutes; a lock about to end reads 1 minute, never 0), and the end's hour and
    /// minute in UTC (a lock ending at 15:20:01 reads "after 15:20").
    public static func lockout(until: Date, now: Date) -> AccountMessage {
        let seconds = until.timeIntervalSince(now)
        // To the millisecond, as instants are kept: a clock read within the same millisecond adds no minute.
        let wait = seconds.isFinite ? (min(max(seconds, 0), 1e12) * 1000).rounded() / 1000 : 0
        let minutes = max(1, Int((wait / 60).rounded(.up)))
        let clock = Timestamp.string(until).split(separator: "T").last ?? ""
        return .accountLocked(
            until: until, minutes: String(minutes), hour: String(clock.prefix(2)),
            minute: String(clock.dropFirst(3).prefix(2)))
    }

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
        case emailInvalid = "email-invalid"
        case mailNotFailed = "mail-not-failed"
        case mailStateUnknown = "mail-state-unknown"
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
        case .emailInvalid: .emailInvalid
        case .mailNotFailed: .mailNotFailed
        case .mailStateUnknown: .mailStateUnknown
        }
    }
}
