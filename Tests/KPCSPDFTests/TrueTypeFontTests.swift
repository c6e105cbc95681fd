import Testing

@testable import KPCSPDF

/// The TrueType reader and subsetter, on the bundled fonts. Expected glyph ids and advance widths were read from
/// the font files with an independent Python script.
struct TrueTypeFontTests {
    @Test func readsTheDejaVuTables() throws {
        let font = try BundledFonts.fonts().regular
        #expect(font.postScriptName == "DejaVuSans")
        #expect(font.unitsPerEm == 2048)
        #expect(font.glyphCount == 6253)
        #expect(font.boundingBox == TrueTypeFont.Box(xMin: -2090, yMin: -948, xMax: 3673, yMax: 2524))
        #expect(font.italicAngle == 0)
        #expect(!font.isFixedPitch)
        #expect(font.ascender == 1556 && font.descender == -492)
        #expect(font.capHeight == 1493, "the top of H, since DejaVu's OS/2 table is version 1")
        #expect(font.weightClass == 400)
        #expect(try BundledFonts.fonts().bold.weightClass == 700)
    }

    private static let dejaVuGlyphs: [(Unicode.Scalar, UInt16, Int)] = [
        ("A", 36, 1401), ("H", 43, 1540), ("?", 34, 1087), ("é", 171, 1260), ("€", 2948, 1303),
        ("’", 2812, 651), ("А", 933, 1401), ("Я", 964, 1423), ("Δ", 810, 1401), ("ά", 833, 1350),
        ("😀", 5857, 2135),
    ]

    @Test(arguments: dejaVuGlyphs)
    func mapsCharactersToGlyphsAndWidths(_ scalar: Unicode.Scalar, _ glyph: UInt16, _ advance: Int) throws {
        let font = try BundledFonts.fonts().regular
        #expect(font.glyph(for: scalar) == glyph)
        #expect(font.advanceWidth(ofGlyph: glyph) == advance)
    }

    @Test func readsTheChineseFallback() throws {
        let font = try BundledFonts.fonts().fallback
        #expect(font.postScriptName == "DroidSansFallback")
        #expect(font.unitsPerEm == 256)
        #expect(font.glyphCount == 49382)
        #expect(font.glyph(for: "钻") == 25171)
        #expect(font.glyph(for: "石") == 17803)
        #expect(font.advanceWidth(ofGlyph: 25171) == 256)
        #expect(font.glyph(for: "?") == nil, "Droid Sans Fallback has no Latin letters")
    }

    @Test func missingCharactersHaveNoGlyph() throws {
        let font = try BundledFonts.fonts().regular
        for scalar: Unicode.Scalar in ["钻", "\u{10FFFD}", "\u{E000}", "\u{FFFF}", "\u{0}"] {
            #expect(font.glyph(for: scalar) == nil, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(font.advanceWidth(ofGlyph: 60000) == 0)
    }

    @Test func fontsAreEqualWhenReadFromTheSameFile() throws {
        let fonts = try BundledFonts.fonts()
        #expect(fonts.regular == (try TrueTypeFont(bytes: try BundledFonts.bytes("DejaVuSans.ttf"))))
        #expect(fonts.regular != fonts.bold)
        #expect(fonts.regular != fonts.fallback)
    }

    @Test func subsetKeepsGlyphIdsAndComponentsAndIsSmall() throws {
        let font = try BundledFonts.fonts().regular
        let full = try BundledFonts.bytes("DejaVuSans.ttf")
        // "А" (Cyrillic) and "é" are composite glyphs: their components must come along.
        let wanted: Set<UInt16> = [36, 933, 171, 810]
        let subset = try font.subset(keeping: wanted)
        #expect(subset.count * 20 < full.count, "\(subset.count) bytes")
        #expect(TrueTypeFont.checksum(subset) == 0xB1B0_AFBA, "checkSumAdjustment")

        let reread = try TrueTypeFont(bytes: subset)
        #expect(reread.glyphCount == 934, "glyph ids kept: the subset ends at the highest glyph kept")
        #expect(reread.unitsPerEm == 2048)
        for glyph in wanted {
            #expect(reread.advanceWidth(ofGlyph: glyph) == font.advanceWidth(ofGlyph: glyph))
            #expect(try reread.glyphs.range(of: Int(glyph)).count == font.glyphs.range(of: Int(glyph)).count)
        }
        let components = try font.glyphs.components(of: 933) + font.glyphs.components(of: 171)
        #expect(!components.isEmpty)
        for component in components {
            #expect(try !reread.glyphs.range(of: component).isEmpty, "component \(component)")
        }
        #expect(try !reread.glyphs.range(of: 0).isEmpty, ".notdef is kept")
        #expect(try reread.glyphs.range(of: 37).isEmpty, "B is not kept")
        #expect(reread.advanceWidth(ofGlyph: 37) == 0)
    }

    @Test func subsetTablesAreAlignedAndChecksummed() throws {
        let subset = try BundledFonts.fonts().fallback.subset(keeping: [25171, 17803])
        let file = FontTable(file: subset)
        let count = Int(try file.uint16(4))
        var tags: [String] = []
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = try file.tag(record)
            tags.append(tag)
            let offset = Int(try file.uint32(record + 8))
            let length = Int(try file.uint32(record + 12))
            #expect(offset % 4 == 0, "\(tag) at \(offset)")
            var data = Array(try file.slice(offset, length))
            if tag == "head" { data.setUInt32(0, at: 8) }
            #expect(TrueTypeFont.checksum(data) == (try file.uint32(record + 4)), "\(tag) checksum")
        }
        #expect(
            tags == [
                "OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep",
            ])
        #expect(subset.count < 400_000)
        #expect(Deflate.zlib(subset).count < 5_000, "empty glyphs compress away")
    }

    @Test func subsetKeepsTheNamesAndNotices() throws {
        let subset = try TrueTypeFont(bytes: try BundledFonts.fonts().regular.subset(keeping: [36]))
        #expect(subset.postScriptName == "DejaVuSans")
        let names = try #require(subset.tables["name"])
        let text = String(decoding: names.contents.filter { $0 != 0 }, as: UTF8.self)
        #expect(text.contains("Copyright (c) 2003 by Bitstream, Inc."), "\(text)")
        #expect(subset.italicAngle == 0)
        #expect(subset.ascender == 1556, "OS/2 kept")
    }

    @Test func subsetOfNothingKeepsNotdef() throws {
        let reread = try TrueTypeFont(bytes: try BundledFonts.fonts().regular.subset(keeping: []))
        #expect(reread.glyphCount == 1)
        #expect(reread.glyph(for: "A") == nil)
    }
}
