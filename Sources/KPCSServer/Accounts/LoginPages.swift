import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `GET /login`, `POST /login`, `POST /logout`. The login form is protected by a double-submit token (a cookie and
/// a hidden field that must match), the logout form by the session's CSRF token.
enum LoginPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, AccountsURL.login, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                return form(chrome, request: request, username: "", error: nil, status: .ok)
            },
            Operation.page(.post, AccountsURL.login, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let fields = try await FormBody.read(request)
                let username = fields["username"] ?? ""
                guard let expected = request.cookies[WebSession.loginCookieName]?.value,
                    WebSession.matches(fields["csrf"], expected)
                else {
                    return form(
                        chrome, request: request, username: username,
                        error: WebText.loginFormExpired.text(chrome.language), status: .forbidden)
                }
                do {
                    let issued = try await store.accounts.login(username: username, password: fields["password"] ?? "")
                    LoginLog.succeeded(username: username, context: context)
                    var response = WebChrome.redirect(safeNext(request.query("next")))
                    let lifetime = Int(store.configuration.tokenLifetime)
                    response.setCookie(
                        WebSession.cookie(WebSession.cookieName, issued.token, maxAge: lifetime, request: request))
                    response.setCookie(WebSession.cookie(WebSession.loginCookieName, "", maxAge: 0, request: request))
                    return response
                } catch let error as KPCSError {
                    LoginLog.refused(error, username: username, via: "web", context: context)
                    let status: HTTPResponse.Status = error.kind == .locked ? .tooManyRequests : .unauthorized
                    return form(
                        chrome, request: request, username: username, error: error.detail(in: chrome.language),
                        status: status)
                }
            },
            Operation.page(.post, AccountsURL.logout, .anyone) { request, context in
                guard let token = context.sessionToken else { return WebChrome.redirect(AccountsURL.login.path) }
                _ = try await WebForm.read(request, context)
                try await store.accounts.revoke(token: token)
                var response = WebChrome.redirect(RegistryURL.home.path)
                response.setCookie(WebSession.cookie(WebSession.cookieName, "", maxAge: 0, request: request))
                return response
            },
        ]
    }

    /// Where to go after logging in: a path of this site, never another site. A browser reads `//host`, `/\host` and
    /// `/<tab>/host` as another host, so only a slash followed by a path character is followed; else the dashboard.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix(AccountsURL.login.path),
            next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" }),
            next.dropFirst().first.map({ $0 != "/" }) ?? true
        else { return CertificatesURL.dashboard.path }
        return next
    }

    static func form(
        _ chrome: WebChrome, request: Request, username: String, error: String?, status: HTTPResponse.Status
    ) -> Response {
        func t(_ text: WebText) -> String { chrome.t(text) }
        let token = AccountStore.randomToken()
        let action = AccountsURL.login.path(query: [("next", request.query("next") ?? "")])
        var body: HTML = "<h1>\(t(.loginTitle))</h1>"
        if let error { body += "<p class=\"error\" role=\"alert\" id=\"login-error\">\(error)</p>" }
        let described: HTML = error == nil ? "" : " aria-describedby=\"login-error\""
        body += """
            <form method="post" action="\(action)"><input type="hidden" name="csrf" value="\(token)">
            <p><label for="username">\(t(.username))</label><br><input id="username" name="username"\
             autocomplete="username" required value="\(username)"\(described)></p>
            <p><label for="password">\(t(.password))</label><br><input id="password" name="password" type="password"\
             autocomplete="current-password" required\(described)></p>
            <p><button type="submit">\(t(.loginButton))</button></p></form>
            """
        var response = chrome.page(
            WebText.loginTitle.text(chrome.language), body: body, request: request, status: status)
        response.setCookie(WebSession.cookie(WebSession.loginCookieName, token, maxAge: 3600, request: request))
        return response
    }
}
