import Hummingbird
import KPCSCore

/// Who may call an operation. The OpenAPI document states the same for each operation (`x-kpcs-access`),
/// and a test checks the two agree.
enum Access: Sendable, Equatable {
    /// No login needed.
    case anyone
    /// Any logged-in account.
    case signedIn
    /// Logged in with one of these roles. Finer rules (whose authority, which participant) are the domain's.
    case roles([Role])

    /// How the OpenAPI document writes it.
    var documented: String {
        switch self {
        case .anyone: return "public"
        case .signedIn: return "authenticated"
        case .roles(let roles): return roles.map(\.rawValue).joined(separator: ",")
        }
    }

    /// Refuses a caller who does not qualify: 401 without a valid login, 403 with the wrong role.
    func check(_ context: KPCSRequestContext) throws {
        switch self {
        case .anyone: return
        case .signedIn: _ = try context.principal()
        case .roles(let roles):
            let principal = try context.principal()
            guard roles.contains(principal.role) else {
                throw KPCSError.forbidden(
                    AccountMessage.roleForbidden(
                        role: principal.role.rawValue, needed: roles.map(\.rawValue).joined(separator: " / ")))
            }
        }
    }
}

/// One API operation: method, path as the OpenAPI document writes it (`/api/v1/certificates/{number}`), who
/// may call it, and the handler. Routes are registered from these values only.
struct Operation: Sendable {
    typealias Handler = @Sendable (Request, KPCSRequestContext) async throws -> Response

    let method: HTTPRequest.Method
    let path: String
    let access: Access
    /// The last path parameter takes the rest of the path, slashes included (tlog tile paths).
    let catchAll: Bool
    /// A web page: its refusals and errors are HTML pages (a missing login sends to the login page), not problem+json.
    let isPage: Bool
    let handler: Handler

    init(
        _ method: HTTPRequest.Method, _ url: some SiteURL, _ access: Access, isPage: Bool = false,
        _ handler: @escaping Handler
    ) {
        self.method = method
        self.path = url.route
        self.access = access
        self.catchAll = url.isCatchAll
        self.isPage = isPage
        self.handler = handler
    }

    /// A web page's operation.
    static func page(
        _ method: HTTPRequest.Method, _ url: some SiteURL, _ access: Access, _ handler: @escaping Handler
    ) -> Operation {
        Operation(method, url, access, isPage: true, handler)
    }

    /// The path in Hummingbird's syntax: `{number}` becomes `:number`, and a catch-all last parameter `**`.
    var routerPath: String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return segments.enumerated().map { position, segment in
            guard segment.hasPrefix("{") && segment.hasSuffix("}") else { return String(segment) }
            return catchAll && position == segments.count - 1 ? "**" : ":" + segment.dropFirst().dropLast()
        }.joined(separator: "/")
    }
}

extension Request {
    /// A query parameter, or nil when absent or empty.
    func query(_ name: String) -> String? {
        guard let value = uri.queryParameters.get(name), !value.isEmpty else { return nil }
        return value
    }

    /// An integer query parameter; a non-number is a 422 naming it.
    func intQuery(_ name: String) throws -> Int? {
        guard let text = query(name) else { return nil }
        guard let value = Int(text) else {
            throw KPCSError.invalid(
                RequestMessage.fieldWrongType(field: name, expected: "a whole number"), pointer: "/\(name)")
        }
        return value
    }

    /// A date query parameter (`YYYY-MM-DD`).
    func dateQuery(_ name: String) throws -> CalendarDate? {
        guard let text = query(name) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw KPCSError.invalid(RequestMessage.dateInvalid(field: name), pointer: "/\(name)")
        }
        return date
    }
}

extension KPCSRequestContext {
    /// A path parameter that the route guarantees.
    func pathParameter(_ name: String) -> String {
        parameters.get(name) ?? ""
    }

    /// A record's id in the path: a positive whole number, else the record is unknown (`unknown` gets the text,
    /// at most 40 characters of it).
    func idParameter(_ name: String = "id", unknown: (String) -> any MessageKey) throws -> Int64 {
        let text = pathParameter(name)
        guard text.utf8.count <= 19, let id = Int64(text), id > 0 else {
            throw KPCSError.notFound(unknown(String(text.prefix(40))))
        }
        return id
    }
}
