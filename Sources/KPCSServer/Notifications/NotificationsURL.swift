/// The notifications feature's addresses: the page, its mark-read form, the Atom feed, the API.
enum NotificationsURL: SiteURL {
    case page, read, feed
    case apiNotifications, apiRead

    var segments: [PathSegment] {
        switch self {
        case .page: ["notifications"]
        case .read: ["notifications", "read"]
        case .feed: ["notifications", "feed.atom"]
        case .apiNotifications: PathSegment.api + ["notifications"]
        case .apiRead: PathSegment.api + ["notifications", "read"]
        }
    }
}
