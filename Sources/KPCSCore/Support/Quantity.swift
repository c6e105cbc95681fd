/// Formats exact quantities for a reader: carats from hundredths, US dollars from cents, grouped the way each
/// language groups digits (English `1,234.56`, French `1 234,56` with a narrow no-break space). Integer arithmetic
/// only: no value passes through floating point.
public enum Quantity {
    /// `1,234.56` or `1 234,56`.
    public static func carats(_ hundredths: Int64, _ language: Language) -> String {
        decimal(hundredths, language)
    }

    /// `US$1,234.56` or `1 234,56 $US`.
    public static func usd(_ cents: Int64, _ language: Language) -> String {
        language == .fr ? decimal(cents, language) + "\u{00A0}$US" : "US$" + decimal(cents, language)
    }

    /// US dollars from cents without the currency sign, for a column headed "USD": `1,234.56` or `1 234,56`.
    public static func dollars(_ cents: Int64, _ language: Language) -> String {
        decimal(cents, language)
    }

    /// A whole number grouped by thousands.
    public static func whole(_ value: Int64, _ language: Language) -> String {
        let negative = value < 0
        let digits = String(value.magnitude)
        return (negative ? "-" : "") + group(digits, separator: language == .fr ? "\u{202F}" : ",")
    }

    private static func decimal(_ hundredths: Int64, _ language: Language) -> String {
        let magnitude = hundredths.magnitude
        let whole = group(String(magnitude / 100), separator: language == .fr ? "\u{202F}" : ",")
        let fraction = magnitude % 100
        let point = language == .fr ? "," : "."
        return (hundredths < 0 ? "-" : "") + whole + point + (fraction < 10 ? "0" : "") + String(fraction)
    }

    private static func group(_ digits: String, separator: String) -> String {
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { output += separator }
            output.append(digit)
        }
        return output
    }

    /// Reads a decimal typed by a person into hundredths (carats or cents): `1234.56`, `1,234.56` in English;
    /// `1234,56`, `1 234,56` or `1234.56` in French; at most two decimals. Nil for anything else (negative numbers,
    /// three decimals, letters, a number too large): never rounded, never through floating point.
    public static func hundredths(_ text: String, _ language: Language) -> Int64? {
        var compact = String(text.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" })
        if language == .en {
            let groups = compact.split(separator: ".", omittingEmptySubsequences: false)[0].split(
                separator: ",", omittingEmptySubsequences: false)
            if groups.count > 1 {
                guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                    return nil
                }
                compact.removeAll { $0 == "," }
            }
        } else {
            compact = String(compact.map { $0 == "," ? "." : $0 })
        }
        let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty else {
            return nil
        }
        fraction += String(repeating: "0", count: 2 - fraction.count)
        guard let units = Int64(whole), let cents = Int64(fraction) else { return nil }
        let scaled = units.multipliedReportingOverflow(by: 100)
        let sum = scaled.partialValue.addingReportingOverflow(cents)
        return scaled.overflow || sum.overflow ? nil : sum.partialValue
    }

    /// A decimal for a form field, without grouping, so that it reads back exactly: `1234.56` or `1234,56`.
    public static func editable(_ hundredths: Int64, _ language: Language) -> String {
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + (language == .fr ? "," : ".")
            + (fraction < 10 ? "0" : "")
            + String(fraction)
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
