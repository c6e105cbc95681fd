/// Spelling of PDF's basic objects: numbers and strings.
enum PDFSyntax {
    /// Largest magnitude written for a number; anything bigger is clamped.
    static let numberLimit = 1_000_000.0

    /// A real number with at most two decimals, trailing zeros trimmed, never
    /// in exponent notation and independent of the locale ("12", "0.5",
    /// "-3.25"). Non-finite values are written as 0; magnitudes above
    /// `numberLimit` are clamped.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (min(max(value, -numberLimit), numberLimit) * 100).rounded()
        let magnitude = Int(abs(hundredths))
        let whole = magnitude / 100
        let fraction = magnitude % 100
        let sign = hundredths < 0 ? "-" : ""
        switch fraction {
        case 0: return "\(sign)\(whole)"
        case let tenths where tenths % 10 == 0: return "\(sign)\(whole).\(tenths / 10)"
        case 1..<10: return "\(sign)\(whole).0\(fraction)"
        default: return "\(sign)\(whole).\(fraction)"
        }
    }

    /// A colour component clamped to 0...1 (NaN becomes 0).
    static func component(_ value: Double) -> String {
        value.isNaN ? "0" : number(min(max(value, 0), 1))
    }

    /// A literal string `( ... )` holding `bytes`, with `(`, `)` and `\`
    /// escaped by a backslash.
    static func literalString(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "(")]
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                result.append(UInt8(ascii: "\\"))
            default:
                break
            }
            result.append(byte)
        }
        result.append(UInt8(ascii: ")"))
        return result
    }

    /// A text string for document metadata: a literal string when `text`
    /// is printable ASCII, otherwise a hexadecimal string in UTF-16BE with a
    /// byte order mark, which any Unicode text fits into.
    static func textString(_ text: String) -> [UInt8] {
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            return literalString(Array(text.utf8))
        }
        let digits = Array("0123456789ABCDEF".utf8)
        var result = Array("<FEFF".utf8)
        for unit in text.utf16 {
            for shift in stride(from: 12, through: 0, by: -4) {
                result.append(digits[Int((unit >> UInt16(shift)) & 0xF)])
            }
        }
        result.append(UInt8(ascii: ">"))
        return result
    }
}
