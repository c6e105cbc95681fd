import Foundation
import Hummingbird
import KPCSCore

/// The HTML answers of the web pages when something is refused or missing: a page without a login sends to the login
/// page (and back afterwards); every other refusal is a page in the reader's language with the same message as the API.
enum ErrorPages {
    static func response(for error: KPCSError, request: Request, context: KPCSRequestContext) -> Response {
        if error.kind == .unauthenticated {
            let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return WebChrome.redirect(AccountsURL.login.path(query: [("next", back)]))
        }
        let chrome = WebChrome(request, context)
        let title = ProblemTitle.text(error.kind, chrome.language)
        let body: HTML =
            "<h1>\(title)</h1><p role=\"alert\">\(error.detail(in: chrome.language))</p>"
                + """
                <p><a href="\(chrome.principal == nil ? RegistryURL.home.path : CertificatesURL.dashboard.path)">\
                \(chrome.t(.backToStart))</a></p>
                """
        return chrome.page(title, body: body, request: request, status: ProblemMiddleware.status(for: error))
    }

    static func notFound(_ chrome: WebChrome, request: Request) -> Response {
        chrome.page(
            WebText.notFoundTitle.text(chrome.language),
            body: "<h1>\(chrome.t(.notFoundTitle))</h1><p>\(chrome.t(.notFound))</p>", request: request,
            status: .notFound)
    }
}

extension KPCSError {
    /// Whether a form shows this refusal beside its fields (input errors, conflicts and the rules' refusals of the
    /// caller), rather than as an error page.
    var isShownOnForm: Bool { kind == .invalid || kind == .conflict || kind == .forbidden }
}

/// Reads a posted form of a signed-in page, after checking its CSRF token against the session's: a form posted from
/// another site, or without the token, is refused (403) before anything is read or written.
enum WebForm {
    static func read(_ request: Request, _ context: KPCSRequestContext) async throws -> [String: String] {
        let fields = try await FormBody.read(request)
        guard let session = context.sessionToken, WebSession.matches(fields["csrf"], WebSession.csrfToken(for: session))
        else {
            throw KPCSError.forbidden(WebMessage.formTokenInvalid)
        }
        return fields
    }
}
