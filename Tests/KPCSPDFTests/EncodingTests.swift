import Foundation
import Testing

@testable import KPCSPDF

/// WinAnsi encoding of text and escaping of PDF strings.
struct EncodingTests {
    @Test func frenchCharactersBecomeTheirWinAnsiBytes() {
        let expected: [(String, UInt8)] = [
            ("é", 0xE9), ("è", 0xE8), ("ê", 0xEA), ("ë", 0xEB), ("à", 0xE0), ("â", 0xE2),
            ("ç", 0xE7), ("ô", 0xF4), ("û", 0xFB), ("ù", 0xF9), ("î", 0xEE), ("ï", 0xEF),
            ("É", 0xC9), ("À", 0xC0), ("Ç", 0xC7), ("«", 0xAB), ("»", 0xBB), ("°", 0xB0),
            ("\u{A0}", 0xA0), ("’", 0x92), ("‘", 0x91), ("“", 0x93), ("”", 0x94),
            ("–", 0x96), ("—", 0x97), ("…", 0x85), ("€", 0x80), ("œ", 0x9C), ("Œ", 0x8C),
            ("Ÿ", 0x9F), ("•", 0x95), ("™", 0x99),
        ]
        for (character, byte) in expected {
            #expect(WinAnsiEncoding.encode(character) == [byte], "\(character)")
        }
        #expect(WinAnsiEncoding.encode("Pays d’origine") == Array("Pays d".utf8) + [0x92] + Array("origine".utf8))
    }

    @Test func asciiIsUnchanged() {
        let ascii = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        #expect(WinAnsiEncoding.encode(ascii) == Array(ascii.utf8))
    }

    @Test func decomposedAccentsAreComposed() {
        #expect(WinAnsiEncoding.encode("e\u{301}") == [0xE9])
        #expect(WinAnsiEncoding.encode("Nume\u{301}ro") == Array("Num".utf8) + [0xE9] + Array("ro".utf8))
    }

    @Test(arguments: ["日本", "Ω", "\u{7}", "\n", "\r\n", "\t", "\u{7F}", "\u{81}", "😀", "🇫🇷", "👍🏽", "a\u{301}\u{302}"])
    func unknownCharactersBecomeOneQuestionMarkEach(_ text: String) {
        #expect(WinAnsiEncoding.encode(text) == Array(repeating: UInt8(ascii: "?"), count: text.count))
    }

    /// Every byte the encoder produces decodes, with Foundation's own
    /// Windows-1252 converter, back to the character it came from.
    @Test func agreesWithFoundationsWindows1252() {
        let mismatches = basicMultilingualPlane.filter { character in
            let byte = WinAnsiEncoding.byte(for: character)
            if byte == UInt8(ascii: "?") && character != "?" { return false }
            return String(bytes: [byte], encoding: .windowsCP1252) != String(character)
        }
        #expect(mismatches.isEmpty, "\(mismatches.map { $0.unicodeScalars.first?.value ?? 0 })")
    }

    @Test func encodedBytesAlwaysHaveAGlyph() {
        let glyphless = basicMultilingualPlane.filter { character in
            let byte = WinAnsiEncoding.byte(for: character)
            return byte < 0x20 || PDFFont.allCases.contains { $0.glyphWidth(byte) == 0 }
        }
        #expect(glyphless.isEmpty, "\(glyphless.map { $0.unicodeScalars.first?.value ?? 0 })")
    }

    /// One character for each scalar value U+0000...U+FFFF (surrogates excluded).
    private var basicMultilingualPlane: [Character] {
        (0...0xFFFF).compactMap { Unicode.Scalar($0).map(Character.init) }
    }

    @Test func literalStringsEscapeParenthesesAndBackslash() {
        let escaped = PDFSyntax.literalString(Array("a(b)c\\d".utf8))
        #expect(escaped == Array("(a\\(b\\)c\\\\d)".utf8))
        #expect(PDFSyntax.literalString([0xE9, 0x92]) == [UInt8(ascii: "("), 0xE9, 0x92, UInt8(ascii: ")")])
    }

    @Test func pageTextIsEncodedAndEscaped() {
        var page = PDFPage()
        page.text("Côte (d’Ivoire) \\ €", at: PDFPoint(x: 72, y: 700))
        let expected =
            Array("(C".utf8) + [0xF4] + Array("te \\(d".utf8) + [0x92]
            + Array("Ivoire\\) \\\\ ".utf8) + [0x80] + Array(") Tj".utf8)
        #expect(page.content.offset(of: "(C").map { Array(page.content[$0..<($0 + expected.count)]) } == expected)
    }

    @Test func textStringsForMetadata() {
        #expect(PDFSyntax.textString("Plain (text)") == Array("(Plain \\(text\\))".utf8))
        #expect(PDFSyntax.textString("é€") == Array("<FEFF00E920AC>".utf8))
        #expect(PDFSyntax.textString("😀") == Array("<FEFFD83DDE00>".utf8))
        #expect(PDFSyntax.textString("") == Array("()".utf8))
    }
}
