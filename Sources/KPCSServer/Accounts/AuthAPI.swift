import Hummingbird
import KPCSCore
import KPCSStore

/// Logging in and out, and who am I.
enum AuthAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.post, AccountsURL.apiToken, .anyone) { request, context in
                let login = try await JSONBody.decode(LoginRequest.self, from: request)
                let token: IssuedToken
                do {
                    token = try await store.accounts.login(username: login.username, password: login.password)
                } catch let error as KPCSError {
                    LoginLog.refused(error, username: login.username, via: "api", context: context)
                    throw error
                }
                LoginLog.succeeded(username: login.username, context: context)
                return JSONBody.response(TokenJSON(token: token.token, expiresAt: token.expiresAt), status: .created)
            },
            Operation(.delete, AccountsURL.apiToken, .signedIn) { request, _ in
                if let header = request.headers[.authorization], let token = header.split(separator: " ").last {
                    try await store.accounts.revoke(token: String(token))
                }
                return Response(status: .noContent)
            },
            Operation(.get, AccountsURL.apiMe, .signedIn) { _, context in
                let principal = try context.principal()
                return JSONBody.response(
                    MeJSON(
                        username: principal.username, role: principal.role.rawValue,
                        participant: principal.participantCode, authority: principal.authority.map(AuthorityJSON.init),
                        canExport: principal.authority?.canExport ?? false,
                        canImport: principal.authority?.canImport ?? false, body: principal.body?.rawValue,
                        organisation: principal.organisation))
            },
        ]
    }
}
