import Foundation

/// Certificate numbers: the exporting participant's alpha-2 code, the year of issue and a gap-free sequence
/// per participant and year, e.g. `BW-2026-000042`.
public enum CertificateNumber {
    /// A number as typed, in the form kpcs stores and shows: upper case, whatever case it was sent in
    /// (`bw-2026-000009` names `BW-2026-000009`).
    public static func normalized(_ text: String) -> String { text.uppercased() }

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
