import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// Reads `Authorization: Bearer …`, or for the web pages (any path outside `/api/`) the session cookie. It never
/// refuses by itself: each route's ``Access`` decides whether a caller is needed, so public routes stay public.
/// The API never reads the cookie, so a page of another site cannot call it with the browser's session; the pages'
/// forms carry a CSRF token instead. An unknown or expired session cookie counts as no login (the page asks to log in).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KPCSRequestContext
    let store: Store

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer",
                let principal = try await store.accounts.principal(
                    forToken: String(parts[1]).trimmingCharacters(in: .whitespaces))
            {
                context.authentication = .authenticated(principal)
            } else {
                context.authentication = .rejected
            }
        } else if !request.uri.path.hasPrefix("/api/"), let token = request.cookies[WebSession.cookieName]?.value,
            !token.isEmpty,
            let principal = try await store.accounts.principal(forToken: token)
        {
            context.authentication = .authenticated(principal)
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
