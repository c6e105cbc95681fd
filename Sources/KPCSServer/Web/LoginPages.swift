import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `GET /login`, `POST /login`, `POST /logout`. The login form is protected by a double-submit token (a cookie and
/// a hidden field that must match), the logout form by the session's CSRF token.
enum LoginPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, "/login", .anyone) { request, context in
                let chrome = try await WebChrome.make(request, context, store: store)
                return form(chrome, request: request, username: "", error: nil, status: .ok)
            },
            Operation(.post, "/login", .anyone) { request, context in
                let chrome = try await WebChrome.make(request, context, store: store)
                let fields = try await FormBody.read(request)
                let username = fields["username"] ?? ""
                guard let expected = request.cookies[WebSession.loginCookieName]?.value, WebSession.matches(fields["csrf"], expected) else {
                    return form(chrome, request: request, username: username, error: WebText.loginFormExpired.text(chrome.language), status: .forbidden)
                }
                do {
                    let issued = try await store.login(username: username, password: fields["password"] ?? "")
                    var response = Response(status: .seeOther, headers: [.location: "/"])
                    let lifetime = Int(store.configuration.tokenLifetime)
                    response.setCookie(WebSession.cookie(WebSession.cookieName, issued.token, maxAge: lifetime, request: request))
                    response.setCookie(WebSession.cookie(WebSession.loginCookieName, "", maxAge: 0, request: request))
                    return response
                } catch let error as KPCSError {
                    let status: HTTPResponse.Status = error.kind == .locked ? .tooManyRequests : .unauthorized
                    return form(chrome, request: request, username: username, error: error.detail(in: chrome.language), status: status)
                }
            },
            Operation(.post, "/logout", .anyone) { request, context in
                let chrome = try await WebChrome.make(request, context, store: store)
                let fields = try await FormBody.read(request)
                guard let session = try await WebSession.current(request, store: store) else {
                    return Response(status: .seeOther, headers: [.location: "/login"])
                }
                guard WebSession.matches(fields["csrf"], WebSession.csrfToken(for: session.token)) else {
                    return ErrorPages.csrfRefused(chrome, request: request)
                }
                try await store.revoke(token: session.token)
                var response = Response(status: .seeOther, headers: [.location: "/"])
                response.setCookie(WebSession.cookie(WebSession.cookieName, "", maxAge: 0, request: request))
                return response
            },
        ]
    }

    static func form(_ chrome: WebChrome, request: Request, username: String, error: String?, status: HTTPResponse.Status) -> Response {
        func t(_ text: WebText) -> String { HTML.escape(text.text(chrome.language)) }
        let token = Store.randomToken()
        var body = "<h1>\(t(.loginTitle))</h1>"
        if let error { body += "<p class=\"error\" role=\"alert\" id=\"login-error\">\(HTML.escape(error))</p>" }
        let described = error == nil ? "" : " aria-describedby=\"login-error\""
        body += """
            <form method="post" action="/login"><input type="hidden" name="csrf" value="\(token)">
            <p><label for="username">\(t(.username))</label><br><input id="username" name="username" autocomplete="username" required value="\(HTML.escape(username))"\(described)></p>
            <p><label for="password">\(t(.password))</label><br><input id="password" name="password" type="password" autocomplete="current-password" required\(described)></p>
            <p><button type="submit">\(t(.loginButton))</button></p></form>
            """
        var response = chrome.page(WebText.loginTitle.text(chrome.language), body: body, request: request, status: status)
        response.setCookie(WebSession.cookie(WebSession.loginCookieName, token, maxAge: 3600, request: request))
        return response
    }
}

/// The HTML error pages of the web interface.
enum ErrorPages {
    static func csrfRefused(_ chrome: WebChrome, request: Request) -> Response {
        chrome.page(
            WebText.forbiddenTitle.text(chrome.language),
            body: "<h1>\(HTML.escape(WebText.forbiddenTitle.text(chrome.language)))</h1><p>\(HTML.escape(WebText.csrfRefused.text(chrome.language)))</p>",
            request: request, status: .forbidden)
    }

    static func notFound(_ chrome: WebChrome, request: Request) -> Response {
        chrome.page(
            WebText.notFoundTitle.text(chrome.language),
            body: "<h1>\(HTML.escape(WebText.notFoundTitle.text(chrome.language)))</h1><p>\(HTML.escape(WebText.notFound.text(chrome.language)))</p>",
            request: request, status: .notFound)
    }
}
