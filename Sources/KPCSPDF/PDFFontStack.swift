import Foundation

/// An ordered list of TrueType fonts drawn as one typeface and embedded as subsets: each character takes its
/// glyphs from the first font that has them all, e.g. DejaVu Sans for Latin, Greek and Cyrillic, then Droid Sans
/// Fallback for Chinese. A line of text becomes one run per font.
///
/// A character no font can draw correctly (see `PDFText.unprintable`) is drawn as one `?`, as the standard
/// fonts do with characters outside WinAnsi. Widths come from the fonts' advance widths rounded to 1/1000 em,
/// the same numbers the PDF's width arrays hold, so `PDFFontMetrics` measures exactly what is drawn.
public struct PDFFontStack: Hashable, Sendable {
    /// The fonts, most preferred first.
    public let fonts: [TrueTypeFont]
    /// Horizontal shear drawn into the text matrix for an oblique style, as the tangent of the slant
    /// (0 upright, 0.21 for about 12°); non-finite values count as 0. It does not change widths.
    public let slant: Double

    public init(_ fonts: [TrueTypeFont], slant: Double = 0) {
        self.fonts = fonts
        self.slant = slant.isFinite ? slant : 0
    }

    /// The same fonts with another slant.
    public func slanted(_ slant: Double) -> PDFFontStack {
        PDFFontStack(fonts, slant: slant)
    }

    /// The glyphs drawn for `text`, in order.
    func glyphs(for text: some StringProtocol) -> [PlacedGlyph] {
        text.flatMap { resolve($0).glyphs }
    }

    /// The width of `character` in 1/1000 em.
    func units(of character: Character) -> Int {
        resolve(character).glyphs.reduce(0) { $0 + $1.width }
    }

    /// The glyphs drawn for one character, and the scalars that made it fall back to `?` (empty when it is drawn
    /// as written).
    func resolve(_ character: Character) -> (glyphs: [PlacedGlyph], unprintable: [Unicode.Scalar]) {
        var scalars = Array(character.unicodeScalars)
        if scalars.count > 1 {
            scalars = Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        let refused = scalars.filter(PDFText.refuses)
        if refused.isEmpty {
            // The whole character from one font when one has it all, so marks match their base letter.
            for index in fonts.indices {
                let glyphs = scalars.compactMap { fonts[index].glyph(for: $0) }
                if glyphs.count == scalars.count {
                    return (zip(glyphs, scalars).map { place($0, font: index, text: String($1)) }, [])
                }
            }
            var placed: [PlacedGlyph] = []
            var missing: [Unicode.Scalar] = []
            for scalar in scalars {
                if let (index, glyph) = firstGlyph(for: scalar) {
                    placed.append(place(glyph, font: index, text: String(scalar)))
                } else {
                    missing.append(scalar)
                }
            }
            if missing.isEmpty {
                return (placed, [])
            }
            return (replacement, missing)
        }
        return (replacement, refused)
    }

    /// One `?` from the first font that has it (nothing when none has).
    private var replacement: [PlacedGlyph] {
        firstGlyph(for: "?").map { [place($0.glyph, font: $0.font, text: "?")] } ?? []
    }

    private func firstGlyph(for scalar: Unicode.Scalar) -> (font: Int, glyph: UInt16)? {
        for index in fonts.indices {
            if let glyph = fonts[index].glyph(for: scalar) {
                return (index, glyph)
            }
        }
        return nil
    }

    private func place(_ glyph: UInt16, font: Int, text: String) -> PlacedGlyph {
        PlacedGlyph(font: font, glyph: glyph, text: text, width: fonts[font].pdfWidth(ofGlyph: glyph))
    }
}

/// One glyph chosen by a font stack.
struct PlacedGlyph: Hashable, Sendable {
    /// Index of the font in the stack.
    let font: Int
    /// Glyph id in that font (also the CID written in the content stream).
    let glyph: UInt16
    /// The text the glyph stands for, for the ToUnicode map.
    let text: String
    /// Advance width in 1/1000 em.
    let width: Int
}
