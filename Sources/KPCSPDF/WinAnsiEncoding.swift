import Foundation

/// Converts Unicode text to the single bytes of PDF's `WinAnsiEncoding`
/// (Windows code page 1252).
///
/// Each user-perceived character becomes exactly one byte. A character the
/// encoding cannot represent (control characters, other scripts, emoji, ...)
/// becomes `?`.
enum WinAnsiEncoding {
    /// The byte written for characters the encoding cannot represent.
    static let replacement = UInt8(ascii: "?")

    /// Encodes every character of `text`.
    static func encode(_ text: String) -> [UInt8] {
        text.map(byte(for:))
    }

    /// The byte for one character, composing it first so that a letter
    /// followed by a combining accent (e.g. "e" + U+0301) still encodes.
    static func byte(for character: Character) -> UInt8 {
        var scalars = character.unicodeScalars
        if scalars.count > 1 {
            scalars = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        }
        guard scalars.count == 1, let scalar = scalars.first else { return replacement }
        return byte(for: scalar)
    }

    private static func byte(for scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF:
            return UInt8(scalar.value)
        default:
            return beyondLatin1[scalar] ?? replacement
        }
    }

    /// Characters outside Latin-1 that code page 1252 places at 0x80...0x9F.
    private static let beyondLatin1: [Unicode.Scalar: UInt8] = [
        "\u{20AC}": 0x80,  // € euro sign
        "\u{201A}": 0x82,  // ‚ single low-9 quotation mark
        "\u{0192}": 0x83,  // ƒ latin small letter f with hook
        "\u{201E}": 0x84,  // „ double low-9 quotation mark
        "\u{2026}": 0x85,  // … horizontal ellipsis
        "\u{2020}": 0x86,  // † dagger
        "\u{2021}": 0x87,  // ‡ double dagger
        "\u{02C6}": 0x88,  // ˆ modifier letter circumflex accent
        "\u{2030}": 0x89,  // ‰ per mille sign
        "\u{0160}": 0x8A,  // Š latin capital letter s with caron
        "\u{2039}": 0x8B,  // ‹ single left-pointing angle quotation mark
        "\u{0152}": 0x8C,  // Œ latin capital ligature oe
        "\u{017D}": 0x8E,  // Ž latin capital letter z with caron
        "\u{2018}": 0x91,  // ‘ left single quotation mark
        "\u{2019}": 0x92,  // ’ right single quotation mark
        "\u{201C}": 0x93,  // “ left double quotation mark
        "\u{201D}": 0x94,  // ” right double quotation mark
        "\u{2022}": 0x95,  // • bullet
        "\u{2013}": 0x96,  // – en dash
        "\u{2014}": 0x97,  // — em dash
        "\u{02DC}": 0x98,  // ˜ small tilde
        "\u{2122}": 0x99,  // ™ trade mark sign
        "\u{0161}": 0x9A,  // š latin small letter s with caron
        "\u{203A}": 0x9B,  // › single right-pointing angle quotation mark
        "\u{0153}": 0x9C,  // œ latin small ligature oe
        "\u{017E}": 0x9E,  // ž latin small letter z with caron
        "\u{0178}": 0x9F,  // Ÿ latin capital letter y with diaeresis
    ]
}
