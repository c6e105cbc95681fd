import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// What every page's frame needs: the language, who is signed in (and the session's CSRF token for the forms),
/// and the link to the same page in the other language.
struct WebChrome: Sendable {
    let language: Language
    let principal: Principal?
    let csrf: String?
    let otherLanguageLink: String

    init(_ request: Request, _ context: KPCSRequestContext) {
        let language = WebLanguage.resolve(request, context: context)
        self.language = language
        principal = context.sessionToken == nil ? nil : try? context.optionalPrincipal()
        csrf = context.sessionToken.map(WebSession.csrfToken(for:))
        otherLanguageLink = Self.link(request, language: language == .en ? .fr : .en)
    }

    /// A text of the interface in this page's language (escaped where it is interpolated into ``HTML``).
    func t(_ text: WebText) -> String { text.text(language) }

    /// The hidden field that every form of a signed-in page posts back.
    var csrfField: HTML { "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf ?? "")\">" }

    /// The request's path and query with `lang` set to another language.
    static func link(_ request: Request, language: Language) -> String {
        let kept = request.uri.queryParameters.filter { $0.key != "lang" }.map { (String($0.key), String($0.value)) }
        return request.uri.path + "?" + queryString(kept + [("lang", language.rawValue)])
    }

    /// The site's navigation: public links, the signed-in user's work, then the login link or a logout button.
    var navigation: HTML {
        var links: [(any SiteURL, WebText)] = [
            (RegistryURL.home, .navHome), (RegistryURL.participants, .navParticipants),
            (VerificationURL.page, .navVerify),
            (StatisticsURL.page, .navStatistics), (LogURL.checkpoint, .navLog),
            (GovernanceURL.decisions, .navDecisions),
        ]
        if let principal {
            links.append((CertificatesURL.dashboard, .navDashboard))
            if principal.certificateScope != .none { links.append((CertificatesURL.list, .navCertificates)) }
            if principal.role == .officer {
                links.append((CertificatesURL.new, .navNewCertificate))
                links.append((RegistryURL.companies, .navCompanies))
                links.append((StatisticsURL.production, .navProduction))
            }
            if principal.role == .delegate || principal.role == .observer {
                links.append((NotificationsURL.page, .navNotifications))
            }
            if principal.role == .administrator { links.append((RegistryURL.admin, .navAdmin)) }
        }
        var html: HTML =
            "<nav aria-label=\"kpcs\"><ul>"
            + links.map { (path, text) -> HTML in "<li><a href=\"\(path.path)\">\(t(text))</a></li>" }.joined()
        if let principal, csrf != nil {
            html += """
                <li>\(t(.signedInAs)) <strong>\(principal.username)</strong>
                <form method="post" action="\(AccountsURL.logout)" class="inline">\(csrfField)<button type="submit"\
                 id="logout">\(t(.navLogout))</button></form></li>
                """
        } else {
            html += "<li><a href=\"\(AccountsURL.login)\">\(t(.navLogin))</a></li>"
        }
        return html + "</ul></nav>"
    }

    /// A whole page in this frame, remembering an explicit language choice.
    func page(_ title: String, body: HTML, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTMLPage.page(
            title: title, language: language, otherLanguageLink: otherLanguageLink, body: body, navigation: navigation,
            status: status)
        WebLanguage.remember(request, on: &response)
        return response
    }

    /// A 303 redirect after a successful form (post, redirect, get).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
