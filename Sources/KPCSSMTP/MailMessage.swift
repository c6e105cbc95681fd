import Foundation
import KPCSCore

/// An e-mail address kpcs sends to: one that ``EmailAddress`` accepts, so nothing in it can end a header or an
/// SMTP command.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        guard EmailAddress.isValid(text) else { return nil }
        self.text = text
    }

    public var description: String { text }
}

/// A plain-text message in UTF-8: its headers and body as RFC 5322 and RFC 2045–2047 write them (the subject
/// encoded when it is not ASCII, the body in base64), lines ending in CRLF.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date
    /// The `Message-ID` without its angle brackets, e.g. `notification-12@kpcs.example.org`.
    public var messageID: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, messageID: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
    }

    /// The message as sent after DATA (before dot-stuffing).
    public var rendered: String {
        var lines = [
            "From: \(from)", "To: \(to)", "Subject: \(Self.encodedWord(subject))", "Date: \(Self.rfc5322(date))",
            "Message-ID: <\(Self.headerSafe(messageID))>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "",
        ]
        let encoded = Data(body.utf8).base64EncodedString()
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A header value as an RFC 2047 encoded word when it is not plain printable ASCII; line ends removed either way.
    static func encodedWord(_ text: String) -> String {
        let flat = headerSafe(text)
        guard !flat.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) else { return flat }
        // Encoded words are at most 75 characters: split the UTF-8 at character boundaries into chunks of 45 bytes.
        var words: [String] = []
        var chunk = ""
        for character in flat {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=")
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }.map(Character.init))
    }

    /// `Tue, 01 Dec 2026 19:50:00 +0000`.
    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
