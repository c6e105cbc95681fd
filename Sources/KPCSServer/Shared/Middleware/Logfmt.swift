/// The server's own log lines (the access log, refused logins) are one logfmt message each: `key=value` pairs
/// separated by spaces, the first being `event=…`. A value made only of printable ASCII other than `"`, `=` and `\`
/// is written bare; any other is quoted, with `"`, `\`, newline, carriage return and tab escaped as `\"`, `\\`, `\n`,
/// `\r`, `\t`, and every other control or non-ASCII character as `\u{…}` (its hexadecimal code point), so a value
/// a caller chose can neither end the line nor pass for another field.
enum Logfmt {
    /// `key=value …` in the order given, each value written by ``value(_:)``.
    static func line(_ fields: KeyValuePairs<String, String>) -> String {
        fields.map { "\($0.key)=\(value($0.value))" }.joined(separator: " ")
    }

    /// One value, bare when it can be, else quoted and escaped; an empty value is `""`.
    static func value(_ text: String) -> String {
        var bare = !text.isEmpty
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"":
                escaped += "\\\""
                bare = false
            case "\\":
                escaped += "\\\\"
                bare = false
            case "\n":
                escaped += "\\n"
                bare = false
            case "\r":
                escaped += "\\r"
                bare = false
            case "\t":
                escaped += "\\t"
                bare = false
            case " ", "=":
                escaped.unicodeScalars.append(scalar)
                bare = false
            case "\u{21}"..."\u{7E}":
                escaped.unicodeScalars.append(scalar)
            default:
                escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
                bare = false
            }
        }
        return bare ? escaped : "\"" + escaped + "\""
    }

    /// The first `limit` characters (Unicode scalars) of a text, followed by `...` when some were cut, so that what
    /// a caller sends cannot make a line long. Reads no further than `limit + 1` scalars.
    static func cut(_ text: String, to limit: Int) -> String {
        var kept = String.UnicodeScalarView()
        for (count, scalar) in text.unicodeScalars.enumerated() {
            guard count < limit else { return String(kept) + "..." }
            kept.append(scalar)
        }
        return text
    }
}
