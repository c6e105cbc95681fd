import Foundation

/// How an account is named on what it validates, as a KP certificate names its validating officer: the person's
/// name (`Mpho Dube`) and function (`KP certificate officer, Ministry of Minerals`). Both are optional; a
/// certificate falls back to the username.
public struct AccountProfile: Codable, Sendable, Equatable {
    public var displayName: String?
    public var function: String?

    public init(displayName: String? = nil, function: String? = nil) {
        self.displayName = displayName
        self.function = function
    }
}

/// The rules of the free texts printed beside a party on a certificate: a company's address, an account's display
/// name and function.
extension RegistryRules {
    /// The longest address kpcs stores, in characters, the line breaks between its lines included.
    public static let maximumAddressLength = 300
    /// The most lines an address may have: what the printed certificate has room for beside each company.
    public static let maximumAddressLines = 4
    /// The longest display name, and the longest function, of an account.
    public static let maximumProfileLength = 100

    /// An address is required: one to four lines (`\n`, `\r\n` or `\r` between them), each trimmed, blank lines
    /// dropped, at most ``maximumAddressLength`` characters in all. Returns the lines joined by `\n`.
    static func checkAddress(_ text: String?, pointer: String, into violations: inout [Violation]) -> String? {
        let field = String(pointer.dropFirst())
        guard let text else {
            violations.append(Violation(pointer, RequestMessage.fieldRequired(field: field)))
            return nil
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else {
            violations.append(Violation(pointer, RequestMessage.textEmpty(field: field)))
            return nil
        }
        let address = lines.joined(separator: "\n")
        var valid = true
        if lines.count > maximumAddressLines {
            violations.append(
                Violation(
                    pointer, RequestMessage.textTooManyLines(field: field, maximum: String(maximumAddressLines))))
            valid = false
        }
        if address.count > maximumAddressLength {
            violations.append(
                Violation(pointer, RequestMessage.textTooLong(field: field, maximum: String(maximumAddressLength))))
            valid = false
        }
        return valid ? address : nil
    }

    /// An account's display name and function: each optional (absent, empty or blank is none), one line, trimmed,
    /// at most ``maximumProfileLength`` characters. Throws one error listing both fields' problems.
    public static func checkProfile(_ profile: AccountProfile) throws -> AccountProfile {
        var violations: [Violation] = []
        let name = checkProfileText(profile.displayName, pointer: "/displayName", into: &violations)
        let function = checkProfileText(profile.function, pointer: "/function", into: &violations)
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        return AccountProfile(displayName: name, function: function)
    }

    static func checkProfileText(_ text: String?, pointer: String, into violations: inout [Violation]) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let field = String(pointer.dropFirst())
        if trimmed.contains(where: \.isNewline) {
            violations.append(Violation(pointer, RequestMessage.textTooManyLines(field: field, maximum: "1")))
            return nil
        }
        if trimmed.count > maximumProfileLength {
            violations.append(
                Violation(pointer, RequestMessage.textTooLong(field: field, maximum: String(maximumProfileLength))))
            return nil
        }
        return trimmed
    }
}
