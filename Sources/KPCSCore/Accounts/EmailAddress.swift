import Foundation

/// The e-mail address of an account, where its notifications are sent: ASCII, one `@`, a local part of at most 64
/// characters and a domain with a dot, at most 254 characters in all, and nothing that could end a mail header or an
/// SMTP command (no space, control character, `<`, `>`, `,`, quote, backslash or parenthesis).
public enum EmailAddress {
    public static let maximumLength = 254

    /// Whether `text` is an address kpcs sends to.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let forbidden = Set("<>,\\\"()".utf8)
        guard (3...maximumLength).contains(bytes.count), bytes.allSatisfy({ $0 > 32 && $0 < 127 }),
            !bytes.contains(where: forbidden.contains)
        else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }

    /// The address as stored (trimmed), nil when blank; an invalid address is refused, naming the field.
    public static func checked(_ text: String?, pointer: String = "/email") throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        guard isValid(trimmed) else {
            throw KPCSError.invalid(AccountMessage.emailInvalid(maximum: String(maximumLength)), pointer: pointer)
        }
        return trimmed
    }
}
