import Hummingbird
import KPCSCore
import Logging
import Synchronization

/// What a request carries through the server: who is calling (once authenticated) and in which language
/// it wants its messages.
public struct KPCSRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The outcome of reading the `Authorization` header, set by ``AuthenticationMiddleware``. An account is also
    /// noted in ``trace``, so that the access log, which sees only the context it passed on, can name it.
    var authentication: Authentication = .anonymous {
        didSet {
            if case .authenticated(let principal) = authentication { trace.note(account: principal.username) }
        }
    }
    /// The request's id, as `X-Request-Id` gives it back, set by ``AccessLogMiddleware``.
    var requestId = ""
    /// What the handlers tell the access log, shared by every copy of this context.
    let trace = RequestTrace()
    /// English or French, from `Accept-Language`.
    var language: Language = .en
    /// The server's public address (``ServerSettings/publicURL``), set by the router before a handler runs, for what
    /// prints a whole URL (the certificate PDF).
    var publicURL = ServerSettings().publicURL
    /// The web session's token when the caller signed in through the login page (the `kpcs_session` cookie).
    var sessionToken: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    /// The caller, or 401 with the reason.
    func principal() throws -> Principal {
        switch authentication {
        case .authenticated(let principal): return principal
        case .anonymous: throw KPCSError.unauthenticated(AccountMessage.authenticationRequired)
        case .rejected: throw KPCSError.unauthenticated(AccountMessage.tokenInvalid)
        }
    }
}

extension KPCSRequestContext {
    /// Whether a valid token or session came with the request.
    var isSignedIn: Bool {
        if case .authenticated = authentication { return true }
        return false
    }

    /// The caller if one logged in, nil for an anonymous request; a rejected token is still a 401.
    func optionalPrincipal() throws -> Principal? {
        if case .anonymous = authentication { return nil }
        return try principal()
    }
}

/// What the access log learns from inside the chain: the account of the request (its token's or session's, or the
/// one a login just signed in). A reference, so that a middleware's copy of the context sees what an inner one
/// noted.
final class RequestTrace: Sendable {
    private let noted = Mutex<String?>(nil)

    /// The username noted, nil when the request had no account.
    var account: String? { noted.withLock { $0 } }

    func note(account username: String) {
        noted.withLock { $0 = username }
    }

    /// Keeps the account out of the access line: for an incident report, whose reporter no log line may name.
    func withhold() {
        noted.withLock { $0 = "withheld" }
    }
}

/// How the `Authorization` header was read.
enum Authentication: Sendable {
    /// No credentials were sent.
    case anonymous
    /// A bearer token was sent but is unknown, expired or revoked.
    case rejected
    case authenticated(Principal)
}
