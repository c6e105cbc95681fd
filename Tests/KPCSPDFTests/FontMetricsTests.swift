import Testing

@testable import KPCSPDF

/// Glyph widths and line wrapping.
struct FontMetricsTests {
    /// Advance widths (1/1000 em) as given by the AFM files.
    private static let afmWidths: [(String, PDFFont, Double)] = [
        ("A", PDFFont.helvetica, 667.0), (" ", .helvetica, 278), ("W", .helvetica, 944), ("i", .helvetica, 222),
        ("m", .helvetica, 833), ("@", .helvetica, 1015), ("é", .helvetica, 556), ("’", .helvetica, 222),
        ("€", .helvetica, 556), ("—", .helvetica, 1000), ("œ", .helvetica, 944), ("«", .helvetica, 556),
        ("A", .helveticaBold, 722), (" ", .helveticaBold, 278), ("i", .helveticaBold, 278),
        ("@", .helveticaBold, 975), ("é", .helveticaBold, 556), ("’", .helveticaBold, 278),
        ("A", .helveticaOblique, 667), ("m", .helveticaOblique, 833),
        ("A", .courier, 600), ("i", .courier, 600), ("—", .courierBold, 600),
        ("日", .helvetica, 556), ("?", .helvetica, 556),
    ]

    /// Measured at size 1000, a width in points equals the AFM value.
    @Test(arguments: afmWidths)
    func glyphWidths(_ character: String, _ font: PDFFont, _ expected: Double) {
        #expect(PDFFontMetrics.width(of: character, font: font, size: 1000) == expected)
    }

    /// Guards the generated table against hand edits: these totals are what
    /// tools/generate_widths.py produces from the AFM files.
    @Test func widthTablesMatchTheGeneratedTotals() {
        #expect(HelveticaWidths.regular.count == 256)
        #expect(HelveticaWidths.bold.count == 256)
        #expect(HelveticaWidths.regular.reduce(0) { $0 + Int($1) } == 118_723)
        #expect(HelveticaWidths.bold.reduce(0) { $0 + Int($1) } == 123_009)
    }

    @Test func widthScalesWithSizeAndAddsUp() {
        // K 667 + i 222 + m 833 + b 556 + e 556 + r 333 + l 222 + e 556 + y 500 = 4445
        #expect(abs(PDFFontMetrics.width(of: "Kimberley", font: .helvetica, size: 12) - 53.34) < 1e-9)
        #expect(PDFFontMetrics.width(of: "Wi!", font: .courier, size: 10) == 18)
        #expect(PDFFontMetrics.width(of: "", font: .helvetica, size: 12) == 0)
        #expect(PDFFontMetrics.width(of: "e\u{301}", font: .helvetica, size: 1000) == 556)
    }

    private func wrap(_ text: String, fitting fit: String, font: PDFFont = .helvetica) -> [String] {
        let maxWidth = PDFFontMetrics.width(of: fit, font: font, size: 10)
        return PDFFontMetrics.wrap(text, font: font, size: 10, maxWidth: maxWidth)
    }

    @Test func shortTextStaysOnOneLine() {
        #expect(wrap("Pays d’origine", fitting: "Pays d’origine") == ["Pays d’origine"])
    }

    @Test func breaksAtSpacesAndAnExactFitStays() {
        let text = "Certificat du Processus de Kimberley"
        #expect(wrap(text, fitting: "Certificat du Processus") == ["Certificat du Processus", "de Kimberley"])
        #expect(wrap(text, fitting: "Certificat du Processu") == ["Certificat du", "Processus de", "Kimberley"])
    }

    @Test func longParagraphLinesFitAndKeepEveryWord() {
        let text = """
            Le présent certificat atteste que les diamants bruts de cet envoi ont été traités \
            conformément aux dispositions du système de certification du Processus de Kimberley.
            """
        let maxWidth = 150.0
        let lines = PDFFontMetrics.wrap(text, font: .helveticaBold, size: 9, maxWidth: maxWidth)
        #expect(lines.count > 3)
        for line in lines {
            #expect(PDFFontMetrics.width(of: line, font: .helveticaBold, size: 9) <= maxWidth, "\(line)")
        }
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func wordLongerThanTheWidthIsHardBroken() {
        #expect(wrap("ABCDEFGHIJ", fitting: "ABC") == ["ABC", "DEF", "GHI", "J"])
        #expect(wrap("ok ABCDEFG hi", fitting: "ABC") == ["ok", "ABC", "DEF", "G hi"])
    }

    @Test func spacesCollapseAndNoBreakSpacesHold() {
        #expect(wrap("  a   b  ", fitting: "a b c") == ["a b"])
        #expect(wrap("10\u{A0}000 carats", fitting: "10\u{A0}000") == ["10\u{A0}000", "carats"])
    }

    @Test func lineBreaksStartParagraphs() {
        #expect(wrap("a\n\nb c", fitting: "a b c") == ["a", "", "b c"])
        #expect(wrap("a\r\nb", fitting: "a b c") == ["a", "b"])
        #expect(wrap("", fitting: "a") == [""])
        #expect(wrap("   ", fitting: "a") == [""])
    }

    @Test func degenerateWidthsNeverLoseCharacters() {
        let text = "Noël à Anvers"
        for maxWidth in [0, -5, .nan, .infinity] {
            let lines = PDFFontMetrics.wrap(text, font: .helvetica, size: 12, maxWidth: maxWidth)
            #expect(!lines.isEmpty)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "maxWidth \(maxWidth)")
        }
        #expect(PDFFontMetrics.wrap("abc", font: .courier, size: 12, maxWidth: 0) == ["a", "b", "c"])
    }
}
