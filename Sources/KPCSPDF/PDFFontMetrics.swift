/// Measures and wraps text exactly as `PDFPage.text` draws it, so callers
/// can right-align, centre and wrap lines.
///
/// Widths are the fonts' glyph advance widths (no kerning, as the writer
/// does not kern either); characters drawn as `?` are measured as `?`.
public enum PDFFontMetrics {
    /// The width in points of `text` drawn in `font` at `size` points.
    public static func width(of text: String, font: PDFFont, size: Double) -> Double {
        points(units(text, font: font), size: size)
    }

    /// Breaks `text` into lines no wider than `maxWidth` points.
    ///
    /// Lines break at spaces (runs of spaces collapse into one, and the
    /// no-break space U+00A0 never breaks). A word wider than `maxWidth` is
    /// split between characters, keeping at least one character per line.
    /// Each line break in `text` starts a new paragraph; an empty paragraph
    /// gives an empty line, so the result is never empty.
    public static func wrap(_ text: String, font: PDFFont, size: Double, maxWidth: Double) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { paragraph in
            wrapParagraph(paragraph, font: font, size: size, maxWidth: maxWidth)
        }
    }

    private static func wrapParagraph(
        _ paragraph: Substring,
        font: PDFFont,
        size: Double,
        maxWidth: Double
    ) -> [String] {
        let spaceUnits = font.glyphWidth(UInt8(ascii: " "))
        var lines: [String] = []
        var line = ""
        var lineUnits = 0.0
        for word in paragraph.split(separator: " ") {
            let wordUnits = units(word, font: font)
            if !line.isEmpty, points(lineUnits + spaceUnits + wordUnits, size: size) <= maxWidth {
                line += " "
                line += word
                lineUnits += spaceUnits + wordUnits
                continue
            }
            if !line.isEmpty {
                lines.append(line)
            }
            let pieces = breakWord(word, font: font, size: size, maxWidth: maxWidth)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
            lineUnits = units(line, font: font)
        }
        if !line.isEmpty || lines.isEmpty {
            lines.append(line)
        }
        return lines
    }

    /// Splits `word` into pieces no wider than `maxWidth`, each holding at
    /// least one character.
    private static func breakWord(_ word: Substring, font: PDFFont, size: Double, maxWidth: Double) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceUnits = 0.0
        for character in word {
            let characterUnits = font.glyphWidth(WinAnsiEncoding.byte(for: character))
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
    private static func units(_ text: some StringProtocol, font: PDFFont) -> Double {
        text.reduce(0) { $0 + font.glyphWidth(WinAnsiEncoding.byte(for: $1)) }
    }

    private static func points(_ units: Double, size: Double) -> Double {
        units * size / 1000
    }
}
