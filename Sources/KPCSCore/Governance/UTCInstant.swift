import Foundation

/// Reads a UTC date and time as people and forms write it: `2026-12-15T12:00`, with seconds and milliseconds
/// optional and an optional final `Z` (a web form's `datetime-local` value has neither). Any other text, or a field
/// out of range, gives nil; nothing traps, whatever the input.
public enum UTCInstant {
    /// The longest text read.
    public static let maximumLength = 24

    public static func parse(_ text: String) -> Date? {
        guard text.utf8.count <= maximumLength else { return nil }
        var body = Substring(text)
        if body.hasSuffix("Z") { body = body.dropLast() }
        let parts = body.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = CalendarDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3 else { return nil }
        guard let hour = digits(clock[0], count: 2), hour < 24, let minute = digits(clock[1], count: 2), minute < 60
        else { return nil }
        var millis = 0
        if clock.count == 3 {
            let seconds = clock[2].split(separator: ".", omittingEmptySubsequences: false)
            guard seconds.count <= 2, let whole = digits(seconds[0], count: 2), whole < 60 else { return nil }
            millis = whole * 1000
            if seconds.count == 2 {
                guard let fraction = digits(seconds[1], count: 3) else { return nil }
                millis += fraction
            }
        }
        let total = Int64(day.daysSinceEpoch) * 86_400_000 + Int64(hour * 3_600_000 + minute * 60_000 + millis)
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    private static func digits(_ text: Substring, count: Int) -> Int? {
        guard text.utf8.count == count, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}
