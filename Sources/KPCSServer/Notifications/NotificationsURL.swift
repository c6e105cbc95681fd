/// The notifications feature's addresses: the page, its mark-read form, the Atom feed, the API, and the
/// administrator's view of the e-mail outbox.
enum NotificationsURL: SiteURL {
    case page, read, feed
    case apiNotifications, apiRead
    case adminMail
    case adminMailRetry(Parameter)
    case apiMail
    case apiMailRetry(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .page: ["notifications"]
        case .read: ["notifications", "read"]
        case .feed: ["notifications", "feed.atom"]
        case .apiNotifications: PathSegment.api + ["notifications"]
        case .apiRead: PathSegment.api + ["notifications", "read"]
        case .adminMail: ["admin", "mail"]
        case .adminMailRetry(let id): ["admin", "mail", .parameter("id", id), "retry"]
        case .apiMail: PathSegment.api + ["mail-deliveries"]
        case .apiMailRetry(let id): PathSegment.api + ["mail-deliveries", .parameter("id", id), "retry"]
        }
    }
}
