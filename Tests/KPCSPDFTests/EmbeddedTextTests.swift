import Testing

@testable import KPCSPDF

/// Drawing and measuring text in embedded fonts, and which characters are refused.
struct EmbeddedTextTests {
    @Test func eachCharacterUsesTheFirstFontThatHasIt() throws {
        let fonts = try BundledFonts.fonts()
        let glyphs = fonts.stack.glyphs(for: "Aя钻")
        #expect(glyphs.map(\.font) == [0, 0, 1])
        #expect(glyphs.map(\.glyph) == [36, try #require(fonts.regular.glyph(for: "я")), 25171])
        #expect(glyphs.map(\.text) == ["A", "я", "钻"])
        // Widths in 1/1000 em: 1401/2048 and 256/256.
        #expect(glyphs.map(\.width) == [684, fonts.regular.pdfWidth(ofGlyph: glyphs[1].glyph), 1000])
    }

    @Test func pageTextBecomesOneRunPerFont() throws {
        let fonts = try BundledFonts.fonts()
        var page = PDFPage()
        page.text("Aa 钻石 B", at: PDFPoint(x: 72, y: 700.5), fonts: fonts.stack, size: 10, color: .gray(0.25))
        #expect(
            page.content.latin1 == """
                q 0.25 g
                BT 72 700.5 Td
                /E1 10 Tf <002400440003> Tj
                /E2 10 Tf <6253458B> Tj
                /E1 10 Tf <00030025> Tj
                ET Q

                """)
        #expect(page.embeddedFonts.map(\.font) == [fonts.regular, fonts.fallback])
        #expect(page.embeddedFonts[1].glyphs == [25171: "钻", 17803: "石"])
        #expect(page.embeddedFonts[0].glyphs == [36: "A", 68: "a", 3: " ", 37: "B"])
        #expect(page.fonts.isEmpty, "no standard font")
    }

    @Test func slantGoesIntoTheTextMatrix() throws {
        var page = PDFPage()
        page.text("A", at: PDFPoint(x: 10, y: 20), fonts: try BundledFonts.fonts().stack.slanted(0.21))
        #expect(page.content.latin1.contains("BT 1 0 0.21 1 10 20 Tm\n/E1 12 Tf <0024> Tj"))
    }

    @Test func unprintableCharactersAreDrawnAsOneQuestionMarkEach() throws {
        let stack = try BundledFonts.fonts().stack
        for text in ["شركة", "हीरा", "\u{10FFFD}", "\t", "a\u{200D}", "\u{202E}"] {
            let glyphs = stack.glyphs(for: text)
            #expect(glyphs.count == text.count, "\(text)")
            #expect(glyphs.allSatisfy { $0.glyph == 34 && $0.text == "?" }, "\(text)")
        }
        #expect(PDFFontStack([]).glyphs(for: "abc").isEmpty, "no font, nothing drawn")
        var page = PDFPage()
        page.text("", at: PDFPoint(x: 0, y: 0), fonts: stack)
        #expect(page.content.isEmpty)
    }

    @Test func decomposedAccentsAreComposed() throws {
        let stack = try BundledFonts.fonts().stack
        #expect(stack.glyphs(for: "e\u{301}").map(\.glyph) == [171])
        #expect(PDFText.unprintable("Ame\u{301}lie", fonts: stack).isEmpty)
    }

    @Test func unprintableFlagsScriptsNeedingShapingAndMissingCharacters() throws {
        let stack = try BundledFonts.fonts().stack
        #expect(PDFText.unprintable("شركة الماس", fonts: stack) == ["ش", "ر", "ك", "ة", "ا", "ل", "م", "س"])
        #expect(PDFText.unprintable("हीरा", fonts: stack) == ["ह", "\u{940}", "र", "\u{93E}"])
        #expect(PDFText.unprintable("Diamonds שלום", fonts: stack) == ["ש", "ל", "ו", "ם"])
        #expect(PDFText.unprintable("เพชร", fonts: stack).count == 4, "Thai")
        #expect(PDFText.unprintable("Name \u{10FFFD}\u{10FFFD}", fonts: stack) == ["\u{10FFFD}"], "no font has it")
        #expect(PDFText.unprintable("a\u{0}b\nc", fonts: stack) == ["\u{0}", "\n"])
        #expect(PDFText.unprintable("abc\u{202E}fed", fonts: stack) == ["\u{202E}"], "right-to-left override")
        #expect(PDFText.unprintable("钻石", fonts: PDFFontStack([try BundledFonts.fonts().regular])) == ["钻", "石"])
        // Neither DejaVu Sans nor Droid Sans Fallback has Hangul syllables.
        #expect(PDFText.unprintable("대한민국", fonts: stack) == ["대", "한", "민", "국"])
    }

    @Test(arguments: [
        "Алмазы Якутии", "Διαμάντια", "钻石贸易有限公司", "Côte d'Ivoire", "Plain ASCII 0123 !@#$%^&*()",
        "Ελληνική Εταιρεία Διαμαντιών", "АЛРОСА (ПАО)", "Şirket Ağrı", "Łódź", "Ærø", "Ñandú", "Việt Nam",
        "Հայաստան", "საქართველო", "日本のダイヤモンド", "臺灣鑽石", "😀", "« œuvre » – 12 500 € — ’",
    ])
    func unprintableAcceptsLatinGreekCyrillicAndChinese(_ text: String) throws {
        #expect(PDFText.unprintable(text, fonts: try BundledFonts.fonts().stack) == [])
    }

    @Test func shapingRangesAreSortedAndDisjoint() {
        let ranges = PDFText.shapingRanges
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
        for scalar: Unicode.Scalar in ["\u{5D0}", "\u{627}", "\u{FB50}", "\u{FEFC}", "\u{915}", "\u{D85}", "\u{E01}"] {
            #expect(PDFText.needsShaping(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        for scalar: Unicode.Scalar in ["A", "\u{58F}", "\u{10FF}", "\u{1E00}", "\u{3000}", "\u{AC00}", "\u{1F600}"] {
            #expect(!PDFText.needsShaping(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func widthsAreTheWidthArraysNumbers() throws {
        let fonts = try BundledFonts.fonts()
        // A 1401, i 569, 钻 256/256 em: 684 + 278 + 1000 in 1/1000 em.
        #expect(PDFFontMetrics.width(of: "Ai钻", fonts: fonts.stack, size: 1000) == 1962)
        #expect(PDFFontMetrics.width(of: "", fonts: fonts.stack, size: 12) == 0)
        #expect(PDFFontMetrics.width(of: "e\u{301}", fonts: fonts.stack, size: 1000) == 615)
        #expect(
            PDFFontMetrics.width(of: "شركة", fonts: fonts.stack, size: 1000)
                == 4 * PDFFontMetrics.width(of: "?", fonts: fonts.stack, size: 1000))
        let widths = PDFEmbeddedFont.widths(fonts.regular, [36, 37, 38, 171])
        #expect(widths == "36 [684 686 698]\n171 [615]")
    }

    @Test func wrappedLinesFitAndKeepEveryWord() throws {
        let stack = try BundledFonts.fonts().stack
        let text = "Акционерная компания «АЛРОСА» — 钻石贸易有限公司 Διαμάντια της Ελλάδας Côte d'Ivoire"
        for maxWidth in [60.0, 100, 150, 400] {
            let lines = PDFFontMetrics.wrap(text, fonts: stack, size: 10, maxWidth: maxWidth)
            for line in lines where line.count > 1 {
                #expect(PDFFontMetrics.width(of: line, fonts: stack, size: 10) <= maxWidth, "\(line)")
            }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "maxWidth \(maxWidth)")
        }
        #expect(PDFFontMetrics.wrap("钻石贸易", fonts: stack, size: 10, maxWidth: 20) == ["钻石", "贸易"])
    }

    @Test func typefacesDrawAndMeasureAsTheirFonts() throws {
        let stack = try BundledFonts.fonts().stack
        var direct = PDFPage()
        direct.text("Côte 钻", at: PDFPoint(x: 1, y: 2), fonts: stack, size: 9)
        direct.text("7102.10", at: PDFPoint(x: 1, y: 2), font: .courier, size: 9)
        var typefaces = PDFPage()
        typefaces.text("Côte 钻", at: PDFPoint(x: 1, y: 2), font: .embedded(stack), size: 9)
        typefaces.text("7102.10", at: PDFPoint(x: 1, y: 2), font: .standard(.courier), size: 9)
        #expect(typefaces.content == direct.content)
        #expect(typefaces.fonts == [.courier] && typefaces.embeddedFonts.count == 2)
        #expect(
            PDFFontMetrics.width(of: "Côte 钻", font: .embedded(stack), size: 9)
                == PDFFontMetrics.width(of: "Côte 钻", fonts: stack, size: 9))
        #expect(PDFFontMetrics.width(of: "Wi!", font: .standard(.courier), size: 10) == 18)
        #expect(PDFFontMetrics.wrap("a b c", font: .standard(.courier), size: 10, maxWidth: 12) == ["a", "b", "c"])
        #expect(PDFFontMetrics.wrap("钻 石", font: .embedded(stack), size: 10, maxWidth: 12) == ["钻", "石"])
        #expect(PDFText.unprintable("Côte Якутия ?", font: .standard(.helvetica)) == ["Я", "к", "у", "т", "и", "я"])
        #expect(PDFText.unprintable("a\u{301}\u{302}", font: .standard(.helvetica)) == ["\u{301}", "\u{302}"])
        #expect(PDFText.unprintable("Côte Якутия ?", font: .embedded(stack)).isEmpty)
    }

    @Test func toUnicodeMapsGlyphsToUTF16IncludingSurrogatePairs() {
        let map = PDFEmbeddedFont.toUnicodeMap([36: "A", 5857: "😀", 25171: "钻", 171: "é"])
        #expect(
            map.contains("4 beginbfchar\n<0024> <0041>\n<00AB> <00E9>\n<16E1> <D83DDE00>\n<6253> <94BB>\nendbfchar"))
        #expect(map.contains("<0000> <FFFF>\nendcodespacerange"))
        let many = PDFEmbeddedFont.toUnicodeMap(
            Dictionary(uniqueKeysWithValues: (1...250).map { (UInt16($0), "x") }))
        #expect(many.split(separator: "\n").filter { $0.hasSuffix("beginbfchar") }.count == 3, "blocks of 100 at most")
        #expect(many.contains("100 beginbfchar") && many.contains("50 beginbfchar"))
    }
}
