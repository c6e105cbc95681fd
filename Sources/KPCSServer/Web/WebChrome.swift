import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// What every page's frame needs: the language, who is signed in (and the session's CSRF token for the logout
/// form), and the link to the same page in the other language.
struct WebChrome: Sendable {
    let language: Language
    let principal: Principal?
    let csrf: String?
    let otherLanguageLink: String

    static func make(_ request: Request, _ context: KPCSRequestContext, store: Store) async throws -> WebChrome {
        let language = WebLanguage.resolve(request, context: context)
        let session = try await WebSession.current(request, store: store)
        return WebChrome(
            language: language, principal: session?.principal, csrf: session.map { WebSession.csrfToken(for: $0.token) },
            otherLanguageLink: link(request, language: language == .en ? .fr : .en))
    }

    /// The request's path and query with `lang` set to another language.
    static func link(_ request: Request, language: Language) -> String {
        var parts = [String]()
        for (name, value) in request.uri.queryParameters where name != "lang" {
            parts.append("\(name)=\(String(value).addingPercentEncodingForQuery() ?? "")")
        }
        parts.append("lang=\(language.rawValue)")
        return request.uri.path + "?" + parts.joined(separator: "&")
    }

    /// The site's navigation: public links, then the login link or the user with a logout button.
    var navigation: String {
        func t(_ text: WebText) -> String { HTML.escape(text.text(language)) }
        var html = """
            <nav aria-label="kpcs"><ul><li><a href="/">\(t(.navHome))</a></li><li><a href="/participants">\(t(.navParticipants))</a></li>
            <li><a href="/verify">\(t(.navVerify))</a></li><li><a href="/statistics">\(t(.navStatistics))</a></li>
            <li><a href="/log/checkpoint">\(t(.navLog))</a></li>
            """
        if let principal, let csrf {
            html += """
                <li>\(t(.signedInAs)) <strong>\(HTML.escape(principal.username))</strong>
                <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="\(csrf)">
                <button type="submit">\(t(.navLogout))</button></form></li>
                """
        } else {
            html += "<li><a href=\"/login\">\(t(.navLogin))</a></li>"
        }
        return html + "</ul></nav>"
    }

    /// A whole page in this frame, remembering an explicit language choice.
    func page(_ title: String, body: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTML.page(
            title: title, language: language, otherLanguageLink: otherLanguageLink, body: body, navigation: navigation,
            status: status)
        WebLanguage.remember(request, on: &response)
        return response
    }
}
