/// A message a person reads, with its values: a stable code (a problem's `type` ends with it) and a text in English
/// and in French. Each capability has its own message type, an enum whose cases carry their values by name
/// (`RegistryMessage.participantNotActive(code:status:)`), so a message cannot be made with a value missing or one
/// too many; its `texts` switch is exhaustive, so a text cannot exist in one language only. The server has its own
/// types for HTTP and the web forms. A test checks every message of every type.
public protocol MessageKey: Sendable {
    /// The codes of this type's messages, one per case whatever its values: `Self` for a type whose messages carry
    /// no value.
    associatedtype Code: RawRepresentable, CaseIterable, Sendable where Code.RawValue == String

    /// Which message this is.
    var stableCode: Code { get }
    /// The English and the French text, values in place.
    var texts: (en: MessageText, fr: MessageText) { get }
}

extension MessageKey {
    /// The stable code, such as `participant-not-active`.
    public var code: String { stableCode.rawValue }

    /// The text in a language.
    public func text(in language: Language) -> String {
        language == .fr ? texts.fr.text : texts.en.text
    }
}

/// A message's text in one language, written as a string literal whose interpolated values are cut at
/// ``maximumValueLength`` characters: values echoed from a request stay short whatever was sent.
public struct MessageText: ExpressibleByStringInterpolation, Sendable, Equatable {
    /// The text as shown.
    public let text: String

    /// The longest value shown whole; a longer one is cut there and ends with `…`.
    public static let maximumValueLength = 120

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    /// Builds a text from literal parts and values; only strings are interpolated, and each is cut.
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity) }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        public mutating func appendInterpolation(_ value: String) { text += MessageText.cut(value) }
    }

    /// A value as shown: at most ``maximumValueLength`` characters, then `…`.
    static func cut(_ value: String) -> String {
        guard value.count > maximumValueLength else { return value }
        return value.prefix(maximumValueLength) + "…"
    }
}
