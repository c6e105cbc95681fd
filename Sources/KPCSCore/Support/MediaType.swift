/// A `Content-Type` header value as RFC 9110 writes it: `type/subtype` and `; name=value` parameters, names and the
/// type case-insensitive, values possibly quoted. kpcs reads bodies only in the media type it names and only in
/// UTF-8, so a body with no type, a look-alike type (`application/jsonx`) or another charset is refused.
public struct MediaType: Sendable, Equatable {
    /// `type/subtype`, lowercased.
    public let essence: String
    /// The parameters, names lowercased, values unquoted.
    public let parameters: [String: String]

    /// The longest header value read; a longer one is not a media type kpcs accepts.
    public static let maximumLength = 256

    public static let json = "application/json"
    public static let form = "application/x-www-form-urlencoded"
    public static let csv = "text/csv"
    public static let text = "text/plain"

    /// Parses a header value; nil when it is not one well-formed media type.
    public init?(_ header: String) {
        guard header.utf8.count <= Self.maximumLength,
            header.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" })
        else { return nil }
        var parts = header.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        let essence = parts.removeFirst().lowercased()
        let pieces = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isTokenCharacter) }) else {
            return nil
        }
        var parameters: [String: String] = [:]
        for part in parts {
            if part.isEmpty { continue }
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty, pair[0].allSatisfy(Self.isTokenCharacter) else { return nil }
            var value = Substring(pair[1])
            if value.hasPrefix("\"") {
                guard value.count >= 2, value.hasSuffix("\"") else { return nil }
                value = value.dropFirst().dropLast()
            }
            let name = pair[0].lowercased()
            guard parameters[name] == nil else { return nil }
            parameters[name] = String(value)
        }
        self.essence = essence
        self.parameters = parameters
    }

    /// Whether this is `essence` in UTF-8: no charset parameter or `charset=utf-8`, and no other parameter.
    public func isUTF8(_ essence: String) -> Bool {
        guard self.essence == essence else { return false }
        return parameters.allSatisfy { name, value in name == "charset" && value.lowercased() == "utf-8" }
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, ascii > 0x20, ascii < 0x7F else { return false }
        return !"()<>@,;:\\\"/[]?={}".contains(character)
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
