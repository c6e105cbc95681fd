/// Which text the embedded-font path can print as written.
///
/// The writer places one glyph after another from left to right: no shaping (contextual forms, ligatures,
/// reordered or stacked marks) and no bidirectional reordering. Scripts that need either would print broken, so
/// their characters are refused and drawn as `?`, like characters that no font of the stack has and control
/// characters. Latin, Greek, Cyrillic, Armenian, Georgian, Ethiopic, Chinese, Japanese kana and Korean syllables
/// print fine when a font has them.
public enum PDFText {
    /// The characters of `text` that `fonts` cannot print as written, each once, in order of first appearance:
    /// characters of scripts that need shaping or right-to-left reordering (`needsShaping`), control and
    /// direction-control characters, and characters none of the fonts has. Empty when the whole text prints.
    ///
    /// A server can refuse a name for which this is not empty and ask for its Latin form.
    public static func unprintable(_ text: String, fonts: PDFFontStack) -> [Unicode.Scalar] {
        var seen: Set<Unicode.Scalar> = []
        var result: [Unicode.Scalar] = []
        for character in text {
            for scalar in fonts.resolve(character).unprintable where seen.insert(scalar).inserted {
                result.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` belongs to a script this writer cannot lay out: right-to-left scripts (Hebrew, Arabic,
    /// Syriac, Thaana, N'Ko, ...) and scripts whose letters change shape, combine or reorder (Devanagari and the
    /// other Indic scripts, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, the Brahmic scripts of South
    /// East Asia, conjoining Hangul jamo left over after composition).
    public static func needsShaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0
        var high = shapingRanges.count
        while low < high {
            let middle = (low + high) / 2
            if shapingRanges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < shapingRanges.count && shapingRanges[low].contains(value)
    }

    /// Whether `scalar` is never drawn as itself: it needs shaping, or it is a control character, or it is an
    /// invisible joiner or direction control whose effect the writer cannot honour.
    static func refuses(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || directionAndJoinControls.contains(scalar.value)
            || needsShaping(scalar)
    }

    /// Zero-width non-joiner and joiner, directional marks, embeddings, overrides and isolates.
    private static let directionAndJoinControls: Set<UInt32> = [
        0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    /// Blocks of scripts needing shaping or right-to-left layout, sorted and disjoint.
    static let shapingRanges: [ClosedRange<UInt32>] = [
        0x0590...0x08FF,  // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan, Mandaic, ...
        0x0900...0x0DFF,  // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
        0x0E00...0x0FFF,  // Thai, Lao, Tibetan
        0x1000...0x109F,  // Myanmar
        0x1100...0x11FF,  // Hangul Jamo (conjoining)
        0x1700...0x18AF,  // Tagalog, Hanunoo, Buhid, Tagbanwa, Khmer, Mongolian
        0x1900...0x1AAF,  // Limbu, Tai Le, New Tai Lue, Khmer Symbols, Buginese, Tai Tham
        0x1B00...0x1C4F,  // Balinese, Sundanese, Batak, Lepcha
        0x1CC0...0x1CFF,  // Sundanese Supplement, Vedic Extensions
        0xA800...0xAAFF,  // Syloti Nagri, Phags-pa, Saurashtra, Devanagari Extended, Kayah Li, Rejang, Hangul Jamo
        // Extended-A, Javanese, Myanmar Extended-B, Cham, Myanmar Extended-A, Tai Viet, Meetei Mayek Extensions
        0xABC0...0xABFF,  // Meetei Mayek
        0xD7B0...0xD7FF,  // Hangul Jamo Extended-B
        0xFB1D...0xFDFF,  // Hebrew and Arabic presentation forms (A)
        0xFE70...0xFEFF,  // Arabic presentation forms (B)
        0x10800...0x10FFF,  // right-to-left scripts: Phoenician, Kharoshthi, Avestan, Hanifi Rohingya, Sogdian, ...
        0x11000...0x11FFF,  // Brahmi and the other Brahmic scripts
        0x1E800...0x1EFFF,  // Mende Kikakui, Adlam, Indic Siyaq numbers, Arabic mathematical letters
    ]
}
