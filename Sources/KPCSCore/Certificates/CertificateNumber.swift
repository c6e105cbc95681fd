import Foundation

/// Certificate numbers: the exporting participant's alpha-2 code, the year of issue and a gap-free sequence
/// per participant and year, e.g. `BW-2026-000042`.
public enum CertificateNumber {
    /// A number as typed, in the form kpcs stores and shows: upper case, whatever case it was sent in
    /// (`bw-2026-000009` names `BW-2026-000009`).
    public static func normalized(_ text: String) -> String { text.uppercased() }

    /// The longest text a search by number takes: a whole number is 14 characters.
    public static let maximumSearchLength = 20

    /// A search by number as typed, upper case: the start of a number (`BW-2026`, `bw-2026-0000`), or nil when
    /// empty. Only letters, digits and `-`, at most ``maximumSearchLength``; anything else throws, naming `field`.
    public static func searchPrefix(_ text: String?, field: String) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        let prefix = normalized(trimmed)
        guard prefix.count <= maximumSearchLength,
            prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else {
            throw KPCSError.invalid(
                RequestMessage.fieldValueInvalid(
                    field: field, value: trimmed, allowed: "the start of a certificate number, such as BW-2026"),
                pointer: "/\(field)")
        }
        return prefix
    }

    public static func make(participant: String, year: Int, sequence: Int64) -> String {
        String(format: "%@-%04d-%06lld", participant, year, sequence)
    }

    /// Splits a number into its parts, or nil when it is not a kpcs number.
    public static func parse(_ number: String) -> (participant: String, year: Int, sequence: Int64)? {
        let parts = number.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
            parts[1].count == 4, let year = Int(parts[1]), parts[2].count >= 6,
            parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let sequence = Int64(parts[2]), sequence > 0
        else { return nil }
        return (String(parts[0]), year, sequence)
    }
}
