import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The administrator's view of the e-mail outbox: `/admin/mail` and `GET /api/v1/mail-deliveries`, newest first,
/// filtered by state, with the last failure of each; a given-up e-mail can be sent again.
enum MailPages {
    /// The id of a path; anything but a positive whole number is an e-mail that was not given up.
    static func mailId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { AccountMessage.mailNotFailed(id: $0) }
    }

    /// The `state` query: pending, sent or failed; absent: all.
    static func state(_ request: Request) throws -> MailDeliveryState? {
        guard let text = request.query("state") else { return nil }
        guard let state = MailDeliveryState(rawValue: text) else {
            throw KPCSError.invalid(AccountMessage.mailStateUnknown(state: String(text.prefix(40))), pointer: "/state")
        }
        return state
    }

    static func operations(_ store: Store) -> [Operation] {
        let administrator = Access.roles([.administrator])
        return [
            Operation.page(.get, NotificationsURL.adminMail, administrator) { request, context in
                let chrome = WebChrome(request, context)
                let state = try state(request)
                let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
                let (result, counts) = try await store.notifications.mailDeliveries(
                    state: state, page: page, by: try context.principal())
                return chrome.page(
                    AdminText.mailTitle.text(chrome.language),
                    body: body(
                        result, counts: counts, state: state, enabled: store.configuration.mailDelivery,
                        request: request, chrome: chrome),
                    request: request)
            },
            Operation.page(.post, NotificationsURL.adminMailRetry(.key), administrator) { request, context in
                _ = try await WebForm.read(request, context)
                try await store.notifications.retryMail(id: try mailId(context), by: try context.principal())
                return WebChrome.redirect(NotificationsURL.adminMail.path(query: [("done", "1")]))
            },
            Operation(.get, NotificationsURL.apiMail, administrator) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let (result, counts) = try await store.notifications.mailDeliveries(
                    state: try state(request), page: page, by: try context.principal())
                return JSONBody.response(
                    MailPageJSON(result, counts: counts, enabled: store.configuration.mailDelivery))
            },
            Operation(.post, NotificationsURL.apiMailRetry(.key), administrator) { _, context in
                try await store.notifications.retryMail(id: try mailId(context), by: try context.principal())
                return Response(status: .noContent)
            },
        ]
    }

    static func body(
        _ result: PageResult<MailDelivery>, counts: [MailDeliveryState: Int64], state: MailDeliveryState?,
        enabled: Bool, request: Request, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML = "<h1>\(chrome.t(AdminText.mailTitle))</h1>" + AdminPages.done(request, chrome)
        html += "<p id=\"mail-status\">\(chrome.t(enabled ? MailText.enabled : MailText.disabled))</p>"
        let filters: [(MailDeliveryState?, MailText)] = [
            (nil, .all), (.pending, .pending), (.sent, .sent), (.failed, .failed),
        ]
        html += "<p id=\"mail-filters\">"
        html += filters.map { (value, text) -> HTML in
            let count = value.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +)
            let label: HTML = "\(text.text(language)) (\(String(count)))"
            let link = NotificationsURL.adminMail.path(query: [
                ("state", value?.rawValue ?? ""), ("lang", language.rawValue),
            ])
            return value == state ? "<strong>\(label)</strong>" : "<a href=\"\(link)\">\(label)</a>"
        }.joined(separator: " · ")
        html += "</p>"
        guard !result.items.isEmpty else { return html + "<p>\(chrome.t(MailText.none))</p>" }
        html += """
            <div class="scroll" tabindex="0"><table id="mail"><thead><tr><th scope="col">\(chrome.t(MailText.created))\
            </th><th scope="col">\(chrome.t(WebText.username))</th><th scope="col">\(chrome.t(AdminText.email))</th>\
            <th scope="col">\(chrome.t(MailText.notification))</th><th scope="col">\(chrome.t(WebText.status))</th>\
            <th scope="col">\(chrome.t(MailText.attempts))</th><th scope="col">\(chrome.t(MailText.lastError))</th>\
            </tr></thead><tbody>
            """
        for item in result.items {
            var status: HTML = "\(MailText.state(item.state).text(language))"
            if let next = item.nextAttemptAt, item.state == .pending {
                status +=
                    "<br><span class=\"hint\">\(chrome.t(MailText.next)) \(WebFormat.instant(next, language))</span>"
            }
            if let sent = item.sentAt {
                status += "<br><span class=\"hint\">\(WebFormat.instant(sent, language))</span>"
            }
            if item.state == .failed {
                status += """
                    <form method="post" action="\(NotificationsURL.adminMailRetry(.value(String(item.id))))"\
                     class="inline">\(chrome.csrfField)<button type="submit">\(chrome.t(MailText.retry))</button></form>
                    """
            }
            html += """
                <tr id="mail-\(String(item.id))"><td>\(WebFormat.instant(item.createdAt, language))</td>\
                <td>\(item.username)</td><td>\(item.address)</td><td>\(MailText.kind(item.kind, language))</td>\
                <td>\(status)</td>\
                <td>\(String(item.attempts))</td><td>\(item.lastError ?? "")</td></tr>
                """
        }
        return html + "</tbody></table></div>"
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: NotificationsURL.adminMail,
                query: [("state", state?.rawValue ?? "")], chrome: chrome)
    }
}

/// The outbox as the API gives it.
struct MailPageJSON: Codable, Sendable {
    struct Item: Codable, Sendable {
        let id: Int64
        let notificationId: Int64
        let username: String
        let address: String
        let kind: String
        let state: String
        let attempts: Int
        let nextAttemptAt: String?
        let lastError: String?
        let sentAt: String?
        let createdAt: String
    }

    /// Whether e-mail is on (`KPCS_SMTP_URL` set).
    let enabled: Bool
    let counts: [String: Int64]
    let items: [Item]
    let page: Int
    let perPage: Int
    let total: Int64

    init(_ result: PageResult<MailDelivery>, counts: [MailDeliveryState: Int64], enabled: Bool) {
        self.enabled = enabled
        self.counts = Dictionary(
            uniqueKeysWithValues: MailDeliveryState.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
        items = result.items.map {
            Item(
                id: $0.id, notificationId: $0.notificationId, username: $0.username, address: $0.address,
                kind: $0.kind.rawValue, state: $0.state.rawValue, attempts: $0.attempts,
                nextAttemptAt: $0.nextAttemptAt, lastError: $0.lastError, sentAt: $0.sentAt, createdAt: $0.createdAt)
        }
        page = result.page
        perPage = result.perPage
        total = result.total
    }
}

/// The texts of the e-mail outbox page, in English and French.
enum MailText: CaseIterable, LocalizedText {
    case enabled, disabled, all, pending, sent, failed, none, created, notification, attempts, lastError, next, retry

    static func state(_ state: MailDeliveryState) -> MailText {
        switch state {
        case .pending: .pending
        case .sent: .sent
        case .failed: .failed
        }
    }

    /// What a notification announces, in words.
    static func kind(_ kind: NotificationKind, _ language: Language) -> String {
        let (en, fr): (String, String)
        switch kind {
        case .procedureOpened: (en, fr) = ("written procedure opened", "procédure écrite ouverte")
        case .deadlineSoon: (en, fr) = ("deadline in 48 hours", "échéance dans 48 heures")
        case .decisionAdopted: (en, fr) = ("decision adopted", "décision adoptée")
        case .decisionNotAdopted: (en, fr) = ("decision not adopted", "décision non adoptée")
        }
        return language == .fr ? fr : en
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .enabled:
            (en, fr) = (
                """
                E-mail is on: each notification of an account with an address is e-mailed, retried with a growing wait\
                 after a temporary failure and given up after 8 attempts or a refusal.
                """,
                """
                Le courriel est activé : chaque notification d'un compte doté d'une adresse est envoyée, réessayée avec\
                 une attente croissante après un échec temporaire, abandonnée après 8 tentatives ou un refus.
                """
            )
        case .disabled:
            (en, fr) = (
                "E-mail is off: set KPCS_SMTP_URL and KPCS_SMTP_FROM to send notifications by e-mail.",
                "Le courriel est désactivé : fixez KPCS_SMTP_URL et KPCS_SMTP_FROM pour envoyer les notifications."
            )
        case .all: (en, fr) = ("All", "Tous")
        case .pending: (en, fr) = ("Waiting", "En attente")
        case .sent: (en, fr) = ("Sent", "Envoyés")
        case .failed: (en, fr) = ("Given up", "Abandonnés")
        case .none: (en, fr) = ("No e-mail here.", "Aucun courriel ici.")
        case .created: (en, fr) = ("Written", "Écrit")
        case .notification: (en, fr) = ("Notification", "Notification")
        case .attempts: (en, fr) = ("Attempts", "Tentatives")
        case .lastError: (en, fr) = ("Last failure", "Dernier échec")
        case .next: (en, fr) = ("next attempt", "prochaine tentative")
        case .retry: (en, fr) = ("Send again", "Renvoyer")
        }
        return language == .fr ? fr : en
    }
}
