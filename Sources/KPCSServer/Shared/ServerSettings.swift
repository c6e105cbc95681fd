/// How the HTTP server runs: where it listens and how often it checks for expired certificates.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// How often unconfirmed certificates past their expiry are moved to `expired`.
    public var expiryInterval: Duration

    public init(host: String = "127.0.0.1", port: Int = 8080, expiryInterval: Duration = .seconds(60)) {
        self.host = host
        self.port = port
        self.expiryInterval = expiryInterval
    }
}
