/// How the HTTP server runs: where it listens, the address users reach it at, and how often it checks for expired
/// certificates.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// How often unconfirmed certificates past their expiry are moved to `expired`.
    public var expiryInterval: Duration
    /// The address users reach the server at (`KPCS_PUBLIC_URL`), without a trailing slash: what the server writes
    /// where a whole URL is needed (the printed certificate's verify page). Links in pages stay relative.
    public var publicURL: String
    /// E-mail of notifications, when `KPCS_SMTP_URL` is set.
    public var mail: MailSettings?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, expiryInterval: Duration = .seconds(60), publicURL: String? = nil,
        mail: MailSettings? = nil
    ) {
        self.mail = mail
        self.host = host
        self.port = port
        self.expiryInterval = expiryInterval
        self.publicURL = publicURL ?? Self.derivedPublicURL(host: host, port: port)
    }

    /// `http://HOST:PORT` of a listen address: an IPv6 address in brackets, and `localhost` for every interface
    /// (`0.0.0.0`, `::`), which is no address anyone can reach.
    public static func derivedPublicURL(host: String, port: Int) -> String {
        let shown: String
        switch host {
        case "", "0.0.0.0", "::", "[::]": shown = "localhost"
        default: shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
        return "http://\(shown):\(port)"
    }
}
