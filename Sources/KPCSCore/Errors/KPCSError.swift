import Foundation

/// The one error type of kpcs: what went wrong, in words a person understands, in English and French, and for
/// validation the fields at fault.
///
/// Built through named factories (``invalid(_:arguments:)``, ``forbidden(_:arguments:)``…); the server turns it
/// into `application/problem+json` (RFC 9457) and nothing else writes an error body.
public struct KPCSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure; the server maps each to one HTTP status.
    public enum Kind: String, Sendable {
        case invalid, unauthenticated, forbidden, notFound, conflict, locked, unavailable, internalError
    }

    public let kind: Kind
    /// The main message: the problem's `detail`.
    public let message: LocalizedMessage
    /// For validation: each offending field by JSON pointer, with its own message.
    public let violations: [Violation]

    public init(kind: Kind, message: LocalizedMessage, violations: [Violation] = []) {
        self.kind = kind
        self.message = message
        self.violations = violations
    }

    /// A stable code for the problem `type`: the main message's key.
    public var code: String { message.key.code }

    /// How many field errors a problem lists; the rest are counted, so a response does not grow with the input.
    public static let listedViolations = 20

    /// The field errors a problem lists: the first ``listedViolations``.
    public var listedViolations: ArraySlice<Violation> { violations.prefix(Self.listedViolations) }

    /// The field errors counted but not listed.
    public var unlistedViolationCount: Int { max(0, violations.count - Self.listedViolations) }

    /// The problem's `detail` in a language: the main message, or each listed field's message and a count of the rest.
    public func detail(in language: Language) -> String {
        if violations.isEmpty { return message.text(in: language) }
        var texts = listedViolations.map { $0.message.text(in: language) }
        if unlistedViolationCount > 0 {
            texts.append(
                LocalizedMessage(RequestMessage.moreProblems, [String(unlistedViolationCount)]).text(in: language))
        }
        return texts.joined(separator: " ")
    }

    public var description: String { "\(kind): \(detail(in: .en))" }

    public static func invalid(_ key: any MessageKey, arguments: [String] = [], pointer: String? = nil) -> KPCSError {
        let message = LocalizedMessage(key, arguments)
        return KPCSError(
            kind: .invalid, message: message,
            violations: pointer.map { [Violation(pointer: $0, message: message)] } ?? [])
    }

    /// Several validation failures at once.
    public static func validation(_ violations: [Violation]) -> KPCSError {
        KPCSError(
            kind: .invalid, message: LocalizedMessage(RequestMessage.validationFailed, [String(violations.count)]),
            violations: violations)
    }

    public static func unauthenticated(_ key: any MessageKey, arguments: [String] = []) -> KPCSError {
        KPCSError(kind: .unauthenticated, message: LocalizedMessage(key, arguments))
    }

    public static func forbidden(_ key: any MessageKey, arguments: [String] = []) -> KPCSError {
        KPCSError(kind: .forbidden, message: LocalizedMessage(key, arguments))
    }

    public static func notFound(_ key: any MessageKey, arguments: [String] = []) -> KPCSError {
        KPCSError(kind: .notFound, message: LocalizedMessage(key, arguments))
    }

    public static func conflict(_ key: any MessageKey, arguments: [String] = []) -> KPCSError {
        KPCSError(kind: .conflict, message: LocalizedMessage(key, arguments))
    }
}

/// One field at fault, named by JSON pointer (RFC 6901) into the request body or query.
public struct Violation: Sendable, Equatable {
    public let pointer: String
    public let message: LocalizedMessage

    public init(pointer: String, message: LocalizedMessage) {
        self.pointer = pointer
        self.message = message
    }

    public init(_ pointer: String, _ key: any MessageKey, _ arguments: String...) {
        self.init(pointer: pointer, message: LocalizedMessage(key, arguments))
    }
}

/// A message key with its arguments, rendered in either language.
public struct LocalizedMessage: Sendable, Equatable {
    public let key: any MessageKey
    public let arguments: [String]

    public init(_ key: any MessageKey, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }

    /// Whether this is the message of `key`.
    public func has(_ key: some MessageKey) -> Bool { self.key.code == key.code }

    public static func == (left: LocalizedMessage, right: LocalizedMessage) -> Bool {
        left.key.code == right.key.code && left.arguments == right.arguments
    }

    /// The longest argument shown whole: values echoed from a request are cut there, so a message stays short
    /// whatever was sent.
    public static let maximumArgumentLength = 120

    public func text(in language: Language) -> String {
        var text = key.template(language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: Self.cut(argument))
        }
        return text
    }

    /// An argument as shown: at most ``maximumArgumentLength`` characters, then `…`.
    static func cut(_ argument: String) -> String {
        guard argument.count > maximumArgumentLength else { return argument }
        return argument.prefix(maximumArgumentLength) + "…"
    }
}
