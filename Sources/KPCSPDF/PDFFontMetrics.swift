/// Measures and wraps text exactly as `PDFPage.text` draws it, so callers
/// can right-align, centre and wrap lines.
///
/// Widths are the fonts' glyph advance widths (no kerning, as the writer
/// does not kern either); characters drawn as `?` are measured as `?`.
/// Every function comes in two forms: for a standard `PDFFont` and for a
/// `PDFFontStack` of embedded fonts.
public enum PDFFontMetrics {
    /// The width in points of `text` drawn in `font` at `size` points.
    public static func width(of text: String, font: PDFFont, size: Double) -> Double {
        width(of: text, measure: StandardMeasure(font: font), size: size)
    }

    /// The width in points of `text` drawn with `fonts` at `size` points.
    public static func width(of text: String, fonts: PDFFontStack, size: Double) -> Double {
        width(of: text, measure: StackMeasure(fonts: fonts), size: size)
    }

    /// Breaks `text` into lines no wider than `maxWidth` points.
    ///
    /// Lines break at spaces (runs of spaces collapse into one, and the
    /// no-break space U+00A0 never breaks). A word wider than `maxWidth` is
    /// split between characters, keeping at least one character per line.
    /// Each line break in `text` starts a new paragraph; an empty paragraph
    /// gives an empty line, so the result is never empty.
    public static func wrap(_ text: String, font: PDFFont, size: Double, maxWidth: Double) -> [String] {
        wrap(text, measure: StandardMeasure(font: font), size: size, maxWidth: maxWidth)
    }

    /// Breaks `text` drawn with `fonts` into lines no wider than `maxWidth` points, as
    /// `wrap(_:font:size:maxWidth:)` does for a standard font.
    public static func wrap(_ text: String, fonts: PDFFontStack, size: Double, maxWidth: Double) -> [String] {
        wrap(text, measure: StackMeasure(fonts: fonts), size: size, maxWidth: maxWidth)
    }

    private static func width(of text: String, measure: some TextMeasure, size: Double) -> Double {
        points(units(text, measure), size: size)
    }

    private static func wrap(_ text: String, measure: some TextMeasure, size: Double, maxWidth: Double) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { paragraph in
            wrapParagraph(paragraph, measure: measure, size: size, maxWidth: maxWidth)
        }
    }

    private static func wrapParagraph(
        _ paragraph: Substring,
        measure: some TextMeasure,
        size: Double,
        maxWidth: Double
    ) -> [String] {
        let spaceUnits = measure.units(of: " ")
        var lines: [String] = []
        var line = ""
        var lineUnits = 0.0
        for word in paragraph.split(separator: " ") {
            let wordUnits = units(word, measure)
            if !line.isEmpty, points(lineUnits + spaceUnits + wordUnits, size: size) <= maxWidth {
                line += " "
                line += word
                lineUnits += spaceUnits + wordUnits
                continue
            }
            if !line.isEmpty {
                lines.append(line)
            }
            let pieces = breakWord(word, measure: measure, size: size, maxWidth: maxWidth)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
            lineUnits = units(line, measure)
        }
        if !line.isEmpty || lines.isEmpty {
            lines.append(line)
        }
        return lines
    }

    /// Splits `word` into pieces no wider than `maxWidth`, each holding at
    /// least one character.
    private static func breakWord(
        _ word: Substring, measure: some TextMeasure, size: Double, maxWidth: Double
    ) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceUnits = 0.0
        for character in word {
            let characterUnits = measure.units(of: character)
            if !piece.isEmpty, points(pieceUnits + characterUnits, size: size) > maxWidth {
                pieces.append(piece)
                piece = ""
                pieceUnits = 0
            }
            piece.append(character)
            pieceUnits += characterUnits
        }
        pieces.append(piece)
        return pieces
    }

    /// The width of `text` in 1/1000 em (whole numbers, so sums are exact).
    private static func units(_ text: some StringProtocol, _ measure: some TextMeasure) -> Double {
        text.reduce(0) { $0 + measure.units(of: $1) }
    }

    private static func points(_ units: Double, size: Double) -> Double {
        units * size / 1000
    }
}

/// The advance width of one character in 1/1000 em, a whole number.
private protocol TextMeasure {
    func units(of character: Character) -> Double
}

private struct StandardMeasure: TextMeasure {
    let font: PDFFont

    func units(of character: Character) -> Double {
        font.glyphWidth(WinAnsiEncoding.byte(for: character))
    }
}

private struct StackMeasure: TextMeasure {
    let fonts: PDFFontStack

    func units(of character: Character) -> Double {
        Double(fonts.units(of: character))
    }
}
