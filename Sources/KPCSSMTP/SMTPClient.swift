import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Why a message was not sent. `isPermanent` tells a retry apart from a refusal that will not change (a 5xx reply).
public enum SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered a command with a code other than the one expected.
    case rejected(command: String, code: Int, text: String)
    /// The server does not offer STARTTLS, and the address requires it.
    case startTLSUnavailable
    /// The connection failed, closed early, sent a reply kpcs cannot read, or took too long.
    case connection(String)

    public var isPermanent: Bool {
        if case .rejected(_, let code, _) = self { return code >= 500 }
        return false
    }

    public var description: String {
        switch self {
        case .rejected(let command, let code, let text): return "\(command) refused: \(code) \(text.prefix(200))"
        case .startTLSUnavailable: return "the server offers no STARTTLS"
        case .connection(let reason): return "connection: \(reason.prefix(200))"
        }
    }
}

/// A small SMTP client (RFC 5321) for one message per connection: EHLO, STARTTLS (RFC 3207) unless the address
/// says `tls=none`, AUTH PLAIN (RFC 4954) when the address has a user, MAIL, RCPT, DATA with dot-stuffing, QUIT.
/// Every reply line is bounded (4,096 bytes, 100 lines), and the whole exchange by `timeout`.
public struct SMTPClient: Sendable {
    public let server: SMTPServerAddress
    /// Certificates (PEM) trusted besides the system's, for a relay with a private certificate authority.
    public let additionalTrust: String?
    /// The name this host gives in EHLO.
    public let heloName: String
    public let timeout: Duration

    public init(
        server: SMTPServerAddress, additionalTrust: String? = nil, heloName: String = "kpcs.local",
        timeout: Duration = .seconds(30)
    ) {
        self.server = server
        self.additionalTrust = additionalTrust
        self.heloName = heloName
        self.timeout = timeout
    }

    /// Sends one message; returns when the server has accepted it (250 after the data).
    public func send(_ message: MailMessage) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await exchange(message) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw SMTPError.connection("no answer within \(timeout)")
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private func exchange(_ message: MailMessage) async throws {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: server.host, port: server.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch { throw SMTPError.connection("\(server.host):\(server.port): \(error)") }
        let tls = try tlsContext()
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            _ = try await session.expect("greeting", 220)
            let features = try await session.command("EHLO \(heloName)", expect: 250)
            if server.security == .starttls {
                guard features.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw SMTPError.startTLSUnavailable
                }
                _ = try await session.command("STARTTLS", expect: 220)
                let host = server.host
                try await channel.channel.eventLoop.submit {
                    let handler = try NIOSSLClientHandler(context: tls, serverHostname: host)
                    try channel.channel.pipeline.syncOperations.addHandler(handler, position: .first)
                }.get()
                _ = try await session.command("EHLO \(heloName)", expect: 250)
            }
            if let user = server.username {
                let secret = Data(([0] + Array(user.utf8) + [0] + Array((server.password ?? "").utf8)))
                    .base64EncodedString()
                _ = try await session.command("AUTH PLAIN \(secret)", expect: 235, shown: "AUTH PLAIN")
            }
            _ = try await session.command("MAIL FROM:<\(message.from)>", expect: 250)
            _ = try await session.command("RCPT TO:<\(message.to)>", expect: 250)
            _ = try await session.command("DATA", expect: 354)
            let stuffed = message.rendered.split(separator: "\r\n", omittingEmptySubsequences: false).map {
                $0.hasPrefix(".") ? "." + $0 : String($0)
            }.joined(separator: "\r\n")
            _ = try await session.command(stuffed + ".", expect: 250, shown: "the message")
            _ = try? await session.command("QUIT", expect: 221)
        }
    }

    private func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let additionalTrust {
            do {
                let certificates = try NIOSSLCertificate.fromPEMBytes(Array(additionalTrust.utf8))
                configuration.additionalTrustRoots = [.certificates(certificates)]
            } catch { throw SMTPError.connection("the trusted certificates are not PEM: \(error)") }
        }
        do { return try NIOSSLContext(configuration: configuration) } catch {
            throw SMTPError.connection("TLS: \(error)")
        }
    }
}

/// The reply reader and command writer of one connection.
struct SMTPSession {
    static let maximumLine = 4096
    static let maximumLines = 100

    var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    var pending: [UInt8] = []

    /// Sends a command (CRLF added) and reads its reply; `shown` names it in errors instead of its text.
    mutating func command(_ text: String, expect code: Int, shown: String? = nil) async throws -> [String] {
        do { try await outbound.write(ByteBuffer(string: text + "\r\n")) } catch {
            throw SMTPError.connection("writing \(shown ?? text): \(error)")
        }
        return try await expect(shown ?? String(text.prefix(40)), code)
    }

    /// Reads one reply (its lines, `250-…` then `250 …`) and checks its code; returns the lines' texts.
    mutating func expect(_ what: String, _ code: Int) async throws -> [String] {
        var texts: [String] = []
        while texts.count < Self.maximumLines {
            let line = try await readLine()
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, let replyCode = Int(String(line.prefix(3))) else {
                throw SMTPError.connection("unreadable reply to \(what): \(line.prefix(80))")
            }
            texts.append(String(line.dropFirst(4)))
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") {
                guard replyCode == code else {
                    throw SMTPError.rejected(command: what, code: replyCode, text: texts.joined(separator: " "))
                }
                return texts
            }
            guard bytes[3] == UInt8(ascii: "-") else {
                throw SMTPError.connection("unreadable reply to \(what): \(line.prefix(80))")
            }
        }
        throw SMTPError.connection("a reply of more than \(Self.maximumLines) lines")
    }

    mutating func readLine() async throws -> String {
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<end])
                pending.removeSubrange(...end)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard pending.count <= Self.maximumLine else { throw SMTPError.connection("a reply line too long") }
            let next: ByteBuffer?
            do { next = try await inbound.next() } catch { throw SMTPError.connection("reading: \(error)") }
            guard let buffer = next else { throw SMTPError.connection("the server closed the connection") }
            pending += buffer.readableBytesView
        }
    }
}
