import Foundation
import HTTPTypes
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore

/// The browser's session: the same access token as the API's bearer token, kept in an `HttpOnly`, `SameSite=Lax`
/// cookie (`Secure` behind TLS), and a CSRF token derived from it that every form posts back. The token lives in
/// the database, so any process serves any request; logout revokes it; it expires with the token lifetime.
enum WebSession {
    static let cookieName = "kpcs_session"
    static let loginCookieName = "kpcs_login_csrf"

    /// The CSRF token of a session: a hash of the session token under a fixed label. A page from another site can
    /// neither read the cookie nor this value, so it cannot forge a form.
    static func csrfToken(for sessionToken: String) -> String {
        LogEntry.sha256Hex("kpcs-csrf\n" + sessionToken)
    }

    /// Whether a posted CSRF value matches, compared in constant time.
    static func matches(_ posted: String?, _ expected: String) -> Bool {
        guard let posted, posted.utf8.count == expected.utf8.count else { return false }
        return zip(posted.utf8, expected.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    /// Whether the request came over TLS (directly or through a proxy that says so).
    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[forwardedProto]?.lowercased() == "https"
    }

    static func cookie(_ name: String, _ value: String, maxAge: Int, request: Request) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: isSecure(request), httpOnly: true,
            sameSite: .lax)
    }
}

/// Reads `application/x-www-form-urlencoded` bodies with ``FormURLEncoded`` (in Core, where it is fuzzed).
enum FormBody {
    static let maximumSize = 256 * 1024

    /// Reads a form posted as `application/x-www-form-urlencoded` (UTF-8); any other body is a 415.
    static func read(_ request: Request) async throws -> [String: String] {
        try JSONBody.requireMediaType(request, MediaType.form)
        let buffer = try await JSONBody.collect(request, upTo: maximumSize)
        return FormURLEncoded.parse(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }
}

extension [String: String] {
    /// A posted field without surrounding blanks, or nil when it is missing or blank.
    func filled(_ name: String) -> String? {
        guard let text = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}

/// The page language: `?lang=` (and then remembered in a cookie), else the cookie, else `Accept-Language`.
enum WebLanguage {
    static let cookieName = "kpcs_lang"

    static func resolve(_ request: Request, context: KPCSRequestContext) -> Language {
        if let asked = request.query("lang").flatMap(Language.init(rawValue:)) { return asked }
        if let saved = request.cookies[cookieName]?.value, let language = Language(rawValue: saved) { return language }
        return context.language
    }

    /// Whether a request outside the API comes from a browser asking for a page (an unknown address then gets an HTML
    /// page).
    static func wantsPage(_ request: Request) -> Bool {
        !request.uri.path.hasPrefix("/api/") && (request.headers[.accept]?.contains("text/html") ?? false)
    }

    /// Remembers an explicit choice for a year.
    static func remember(_ request: Request, on response: inout Response) {
        guard let asked = request.query("lang").flatMap(Language.init(rawValue:)) else { return }
        response.setCookie(
            Cookie(
                name: cookieName, value: asked.rawValue, maxAge: 365 * 86_400, path: "/",
                secure: WebSession.isSecure(request),
                httpOnly: true, sameSite: .lax))
    }
}
