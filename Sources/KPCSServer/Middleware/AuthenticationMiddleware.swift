import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// Reads `Authorization: Bearer …`. It never refuses by itself: each route's
/// ``Access`` decides whether a caller is needed, so public routes stay public.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KPCSRequestContext
    let store: Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer",
                let principal = try await store.principal(forToken: String(parts[1]).trimmingCharacters(in: .whitespaces))
            {
                context.authentication = .authenticated(principal)
            } else {
                context.authentication = .rejected
            }
        }
        return try await next(request, context)
    }
}
