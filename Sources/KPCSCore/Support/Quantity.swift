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
}
