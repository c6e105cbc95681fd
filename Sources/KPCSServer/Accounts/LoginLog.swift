import Hummingbird
import KPCSCore
import Logging

/// The trace a refused login leaves, from the API's token endpoint (`via=api`) and the login page (`via=web`)
/// alike: a ``Logfmt`` line at `warning`, `event=login-failed` for a wrong username or password and
/// `event=login-locked` with the lock's end (`until`, ISO 8601 UTC) for an attempt refused because the username is
/// locked. The username, which the caller chose, is cut to 64 characters and escaped; the password, a token and the
/// cookies are never logged.
enum LoginLog {
    /// Logs `error` when it refuses a login; any other error is left to the problem or error page.
    static func refused(_ error: KPCSError, username: String, via: String, context: KPCSRequestContext) {
        let name = Logfmt.cut(username, to: 64)
        let line: String
        switch error.message.key as? AccountMessage {
        case .loginFailed?:
            line = Logfmt.line([
                "event": "login-failed", "username": name, "via": via, "request_id": context.requestId,
            ])
        case .accountLocked(let until, _, _, _)?:
            line = Logfmt.line([
                "event": "login-locked", "username": name, "until": Timestamp.string(until), "via": via,
                "request_id": context.requestId,
            ])
        default:
            return
        }
        context.logger.warning("\(line)")
    }

    /// Notes the account a login signed in, for the request's access line.
    static func succeeded(username: String, context: KPCSRequestContext) {
        context.trace.note(account: username)
    }
}
