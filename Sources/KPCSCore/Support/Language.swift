import Foundation

/// The scheme's two working languages.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, fr

    /// English or French from a POSIX locale (`LC_ALL`, `LC_MESSAGES` or `LANG`, e.g. `fr_FR.UTF-8`), for the
    /// command line. English when none is French.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("fr") ? .fr : .en
    }

    /// Picks English or French from an `Accept-Language` header value (RFC 9110 §12.5.4), by quality.
    /// English is the default when neither is asked for.
    public static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.quality ?? -1) {
                best = (language, quality)
            }
        }
        return best?.language ?? .en
    }
}
