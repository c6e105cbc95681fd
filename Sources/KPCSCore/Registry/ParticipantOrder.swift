import Foundation

/// The order a reader looks participants up in: by name in the reader's language, ignoring case and accents, so
/// that "Côte d'Ivoire" comes after "Chinese Taipei" and before "Croatia", and "Émirats arabes unis" among the E.
/// Sorting by code, or by the names' raw Unicode, puts every accented initial after Z.
public enum ParticipantOrder {
    /// The key a name sorts by in a language: folded for case and diacritics with that language's locale, then
    /// decomposed with any combining mark left dropped and lower-cased, so the key is the same on every platform's
    /// Foundation.
    public static func key(_ name: String, in language: Language) -> String {
        let folded = name.folding(
            options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: language.rawValue))
        var letters = String.UnicodeScalarView()
        for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            letters.append(scalar)
        }
        return String(letters).lowercased()
    }

    /// True when `first` comes before `second` in a list of names in `language`; names that fold alike are ordered
    /// by their raw text, so the order is total.
    public static func precedes(_ first: String, _ second: String, in language: Language) -> Bool {
        let (a, b) = (key(first, in: language), key(second, in: language))
        return a == b ? first < second : a < b
    }

    /// The participants by their name in `language`; participants whose names fold alike by code.
    public static func sorted(_ participants: [Participant], in language: Language) -> [Participant] {
        let keyed: [(key: String, participant: Participant)] = participants.map { participant in
            (key(participant.name(in: language), in: language), participant)
        }
        let ordered = keyed.sorted { first, second in
            first.key == second.key ? first.participant.code < second.participant.code : first.key < second.key
        }
        return ordered.map(\.participant)
    }
}
