import Foundation

/// Where to send mail, as `KPCS_SMTP_URL` gives it: `smtp://[user[:password]@]host[:port][?tls=starttls|none]`.
/// The port is 587 when not given; STARTTLS is required unless `tls=none` says the server is a local relay
/// reached in clear (then with no login: a password is never sent in clear). A password is kept for the login and
/// never shown (``description`` masks it).
public struct SMTPServerAddress: Sendable, Equatable, CustomStringConvertible {
    public enum Security: String, Sendable { case starttls, none }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var security: Security

    public init(
        host: String, port: Int = 587, username: String? = nil, password: String? = nil,
        security: Security = .starttls
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.security = security
    }

    /// The address read from a URL, or nil with the reason when it is not one.
    public static func parse(_ text: String) -> Result<SMTPServerAddress, SMTPAddressError> {
        guard text.utf8.count <= 2000, let components = URLComponents(string: text), components.scheme == "smtp",
            let host = components.host, !host.isEmpty
        else { return .failure(.notAnSMTPURL) }
        if let port = components.port, !(1...65535).contains(port) { return .failure(.portInvalid) }
        var security = Security.starttls
        for item in components.queryItems ?? [] {
            guard item.name == "tls", let value = item.value.flatMap(Security.init(rawValue:)) else {
                return .failure(.queryInvalid)
            }
            security = value
        }
        guard components.path.isEmpty || components.path == "/" else { return .failure(.notAnSMTPURL) }
        // A password is never sent in clear.
        if security == .none, components.user != nil { return .failure(.credentialsInClear) }
        return .success(
            SMTPServerAddress(
                host: host, port: components.port ?? 587, username: components.user, password: components.password,
                security: security))
    }

    public var description: String {
        let login = username.map { "\($0)\(password == nil ? "" : ":*****")@" } ?? ""
        return "smtp://\(login)\(host):\(port)\(security == .none ? "?tls=none" : "")"
    }
}

/// Why a `KPCS_SMTP_URL` is not an SMTP address.
public enum SMTPAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAnSMTPURL, portInvalid, queryInvalid, credentialsInClear

    public var description: String {
        switch self {
        case .notAnSMTPURL: return "it must read smtp://[user[:password]@]host[:port][?tls=starttls|none]"
        case .portInvalid: return "its port must be 1 to 65535"
        case .queryInvalid: return "its only query may be tls=starttls or tls=none"
        case .credentialsInClear: return "a user and password need STARTTLS: remove tls=none or the login"
        }
    }
}
