import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/notifications`: the signed-in account's notifications, newest first, unread ones marked, with a form that
/// marks them all read; `/notifications/feed.atom`, the same as an Atom feed; and the JSON API.
enum NotificationPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, NotificationsURL.page, .signedIn) { request, context in
                let chrome = WebChrome(request, context)
                let principal = try context.principal()
                let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
                let (result, unread) = try await store.notifications.page(for: principal, page: page)
                return chrome.page(
                    NotificationText.title.text(chrome.language),
                    body: body(result, unread: unread, chrome: chrome), request: request)
            },
            Operation.page(.post, NotificationsURL.read, .signedIn) { request, context in
                _ = try await WebForm.read(request, context)
                try await store.notifications.markAllRead(for: try context.principal())
                return WebChrome.redirect(NotificationsURL.page.path)
            },
            Operation(.get, NotificationsURL.feed, .signedIn) { request, context in
                let principal = try context.principal()
                let (result, _) = try await store.notifications.page(for: principal, page: try PageRequest(perPage: 50))
                let xml = AtomFeed.render(
                    result.items, username: principal.username, accountId: principal.accountId,
                    publicURL: context.publicURL, language: WebLanguage.resolve(request, context: context))
                return Response(
                    status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: xml)))
            },
            Operation(.get, NotificationsURL.apiNotifications, .signedIn) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let (result, unread) = try await store.notifications.page(for: try context.principal(), page: page)
                return JSONBody.response(NotificationPageJSON(result, unread: unread))
            },
            Operation(.post, NotificationsURL.apiRead, .signedIn) { _, context in
                try await store.notifications.markAllRead(for: try context.principal())
                return Response(status: .noContent)
            },
        ]
    }

    static func body(_ result: PageResult<AccountNotification>, unread: Int64, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <h1>\(chrome.t(NotificationText.title))</h1><p>\(chrome.t(NotificationText.intro))</p>
            <p><a href="\(NotificationsURL.feed)" id="feed-link" type="application/atom+xml">\
            \(chrome.t(NotificationText.feed))</a></p>
            """
        guard !result.items.isEmpty else { return html + "<p>\(chrome.t(NotificationText.none))</p>" }
        if unread > 0 {
            html += """
                <form method="post" action="\(NotificationsURL.read)">\(chrome.csrfField)<button type="submit"\
                 id="mark-read">\(NotificationText.markRead.text(language)) (\(String(unread)))</button></form>
                """
        }
        html += "<ul id=\"notifications\">"
        for item in result.items {
            let unreadMark: HTML = item.readAt == nil ? " <strong>\(chrome.t(NotificationText.unread))</strong>" : ""
            html += """
                <li><a href="\(GovernanceURL.decision(.value(String(item.decisionId))))">\(item.text(in: language))</a>\
                 <span class="hint">\(WebFormat.instant(item.createdAt, language))</span>\(unreadMark)</li>
                """
        }
        return html + "</ul>"
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: NotificationsURL.page,
                query: [], chrome: chrome)
    }
}

/// The notifications as the API gives them: each in both languages.
struct NotificationPageJSON: Codable, Sendable {
    struct Item: Codable, Sendable {
        let id: Int64
        let kind: String
        let decisionId: Int64
        let textEn: String
        let textFr: String
        let createdAt: String
        let read: Bool
    }

    let items: [Item]
    let page: Int
    let perPage: Int
    let total: Int64
    let unread: Int64

    init(_ result: PageResult<AccountNotification>, unread: Int64) {
        items = result.items.map {
            Item(
                id: $0.id, kind: $0.kind.rawValue, decisionId: $0.decisionId, textEn: $0.text(in: .en),
                textFr: $0.text(in: .fr), createdAt: $0.createdAt, read: $0.readAt != nil)
        }
        page = result.page
        perPage = result.perPage
        total = result.total
        self.unread = unread
    }
}

/// The texts of the notifications page, in English and French.
enum NotificationText: CaseIterable, LocalizedText {
    case title, intro, feed, none, markRead, unread

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Notifications", "Notifications")
        case .intro:
            (en, fr) = (
                "Written procedures opened, their deadlines near, and decisions adopted or not, newest first.",
                "Procédures écrites ouvertes, échéances proches, décisions adoptées ou non, les plus récentes d'abord."
            )
        case .feed: (en, fr) = ("The same as an Atom feed", "Les mêmes en flux Atom")
        case .none: (en, fr) = ("No notification yet.", "Aucune notification pour l'instant.")
        case .markRead: (en, fr) = ("Mark all as read", "Tout marquer comme lu")
        case .unread: (en, fr) = ("new", "nouveau")
        }
        return language == .fr ? fr : en
    }
}

/// Notifications and their pages.
enum NotificationsFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        NotificationPages.operations(store) + MailPages.operations(store)
    }
}
