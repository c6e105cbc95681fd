/// What a line of text is drawn in: a standard font (WinAnsi, not embedded) or a stack of embedded TrueType fonts.
///
/// Layouts that mix both (numbers in Courier, names in DejaVu Sans) can keep one type for their fonts; drawing,
/// measuring and wrapping take it under the same `font:` label as `PDFFont`.
public enum PDFTypeface: Hashable, Sendable {
    case standard(PDFFont)
    case embedded(PDFFontStack)
}

extension PDFPage {
    /// Draws one line of text in `font`; see `text(_:at:font:size:color:)` for a standard font and
    /// `text(_:at:fonts:size:color:)` for embedded fonts.
    public mutating func text(
        _ string: String,
        at point: PDFPoint,
        font: PDFTypeface,
        size: Double = 12,
        color: PDFColor = .black
    ) {
        switch font {
        case .standard(let standard): text(string, at: point, font: standard, size: size, color: color)
        case .embedded(let stack): text(string, at: point, fonts: stack, size: size, color: color)
        }
    }
}

extension PDFFontMetrics {
    /// The width in points of `text` drawn in `font` at `size` points.
    public static func width(of text: String, font: PDFTypeface, size: Double) -> Double {
        switch font {
        case .standard(let standard): return width(of: text, font: standard, size: size)
        case .embedded(let stack): return width(of: text, fonts: stack, size: size)
        }
    }

    /// Breaks `text` drawn in `font` into lines no wider than `maxWidth` points (see
    /// `wrap(_:font:size:maxWidth:)`).
    public static func wrap(_ text: String, font: PDFTypeface, size: Double, maxWidth: Double) -> [String] {
        switch font {
        case .standard(let standard): return wrap(text, font: standard, size: size, maxWidth: maxWidth)
        case .embedded(let stack): return wrap(text, fonts: stack, size: size, maxWidth: maxWidth)
        }
    }
}

extension PDFText {
    /// The characters of `text` that `font` cannot print as written, each once, in order of first appearance: for
    /// embedded fonts as `unprintable(_:fonts:)`; for a standard font, the characters outside WinAnsi.
    public static func unprintable(_ text: String, font: PDFTypeface) -> [Unicode.Scalar] {
        switch font {
        case .embedded(let stack):
            return unprintable(text, fonts: stack)
        case .standard:
            var seen: Set<Unicode.Scalar> = []
            var result: [Unicode.Scalar] = []
            for character in text where WinAnsiEncoding.byte(for: character) == WinAnsiEncoding.replacement {
                for scalar in character.unicodeScalars
                where scalar != "?" && WinAnsiEncoding.byte(for: Character(scalar)) == WinAnsiEncoding.replacement
                    && seen.insert(scalar).inserted
                {
                    result.append(scalar)
                }
            }
            return result
        }
    }
}
