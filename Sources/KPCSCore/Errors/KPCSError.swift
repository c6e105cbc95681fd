import Foundation

/// The one error type of kpcs: what went wrong, in words a person understands, in English and French, and for
/// validation the fields at fault.
///
/// Built through named factories (``invalid(_:pointer:)``, ``forbidden(_:)``…) from a typed message; the server turns
/// it into `application/problem+json` (RFC 9457) and nothing else writes an error body.
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
                LocalizedMessage(RequestMessage.moreProblems(count: String(unlistedViolationCount))).text(in: language))
        }
        return texts.joined(separator: " ")
    }

    public var description: String { "\(kind): \(detail(in: .en))" }

    /// A request the rules refuse; with a pointer, the field at fault.
    public static func invalid(_ message: any MessageKey, pointer: String? = nil) -> KPCSError {
        let message = LocalizedMessage(message)
        return KPCSError(
            kind: .invalid, message: message,
            violations: pointer.map { [Violation(pointer: $0, message: message)] } ?? [])
    }

    /// Several validation failures at once.
    public static func validation(_ violations: [Violation]) -> KPCSError {
        KPCSError(
            kind: .invalid, message: LocalizedMessage(RequestMessage.validationFailed(count: String(violations.count))),
            violations: violations)
    }

    /// A caller who must log in first.
    public static func unauthenticated(_ message: any MessageKey) -> KPCSError {
        KPCSError(kind: .unauthenticated, message: LocalizedMessage(message))
    }

    /// A caller who may not do this.
    public static func forbidden(_ message: any MessageKey) -> KPCSError {
        KPCSError(kind: .forbidden, message: LocalizedMessage(message))
    }

    /// Something that does not exist.
    public static func notFound(_ message: any MessageKey) -> KPCSError {
        KPCSError(kind: .notFound, message: LocalizedMessage(message))
    }

    /// A request that clashes with the present state.
    public static func conflict(_ message: any MessageKey) -> KPCSError {
        KPCSError(kind: .conflict, message: LocalizedMessage(message))
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

    public init(_ pointer: String, _ message: any MessageKey) {
        self.init(pointer: pointer, message: LocalizedMessage(message))
    }
}

/// A message with its values, rendered in either language; two are equal when they have the same code and the
/// same texts.
public struct LocalizedMessage: Sendable, Equatable {
    public let key: any MessageKey

    public init(_ key: any MessageKey) {
        self.key = key
    }

    /// Whether this message has the code `code`.
    public func has<Code: RawRepresentable>(_ code: Code) -> Bool where Code.RawValue == String {
        key.code == code.rawValue
    }

    public static func == (left: LocalizedMessage, right: LocalizedMessage) -> Bool {
        left.key.code == right.key.code && left.key.texts == right.key.texts
    }

    public func text(in language: Language) -> String { key.text(in: language) }
}
