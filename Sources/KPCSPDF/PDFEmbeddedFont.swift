/// The five objects that embed a subset of a TrueType font: a Type 0 font with `Identity-H` encoding, its
/// CIDFontType2 descendant (CIDs are glyph ids: `/CIDToGIDMap /Identity`), the font descriptor, the subset
/// font program (`FontFile2`) and the ToUnicode CMap that lets readers extract the text.
enum PDFEmbeddedFont {
    /// Number of objects `write` uses, numbered from its `firstObject`.
    static let objectCount = 5

    /// Writes the objects for `font` with the glyphs in `glyphs` (glyph id → the text it stands for); the
    /// Type 0 font, which pages refer to, is `firstObject`.
    static func write(_ font: TrueTypeFont, glyphs: [UInt16: String], firstObject: Int, to file: inout PDFFileWriter) {
        let used = glyphs.keys.sorted()
        let name = "\(subsetTag(font, used))+\(font.postScriptName)"
        let cidFont = firstObject + 1
        let descriptor = firstObject + 2
        let program = firstObject + 3
        let toUnicode = firstObject + 4
        file.writeObject(
            firstObject,
            ascii(
                "<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H"
                    + " /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>"))
        file.writeObject(
            cidFont,
            ascii(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name)"
                    + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                    + " /FontDescriptor \(descriptor) 0 R /CIDToGIDMap /Identity"
                    + " /W [\(widths(font, used))] >>"))
        file.writeObject(descriptor, ascii(fontDescriptor(font, name: name, program: program)))
        // The subset cannot fail for a font that passed TrueTypeFont's checks; the whole font keeps the same
        // glyph ids, so it would be a correct (if large) stand-in.
        let subset = (try? font.subset(keeping: Set(used))) ?? font.file
        file.writeStream(program, Deflate.zlib(subset), entries: "/Length1 \(subset.count) /Filter /FlateDecode")
        file.writeStream(toUnicode, Deflate.zlib(ascii(toUnicodeMap(glyphs))), entries: "/Filter /FlateDecode")
    }

    /// Six capital letters derived from the font and the glyphs kept, as PDF requires before a subset's name.
    static func subsetTag(_ font: TrueTypeFont, _ glyphs: [UInt16]) -> String {
        var hash = TrueTypeNames.fnv1a(Array(font.postScriptName.utf8))
        hash = TrueTypeNames.fnv1a(glyphs.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, seed: hash)
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26))))
            hash /= 26
        }
        return letters
    }

    /// The `W` array's contents: runs of consecutive glyph ids, each as `first [w1 w2 ...]`, one run a line.
    static func widths(_ font: TrueTypeFont, _ glyphs: [UInt16]) -> String {
        var runs: [[UInt16]] = []
        for glyph in glyphs {
            if let last = runs.last?.last, Int(last) + 1 == Int(glyph) {
                runs[runs.count - 1].append(glyph)
            } else {
                runs.append([glyph])
            }
        }
        return runs.map { run in
            "\(run[0]) [" + run.map { String(font.pdfWidth(ofGlyph: $0)) }.joined(separator: " ") + "]"
        }.joined(separator: "\n")
    }

    private static func fontDescriptor(_ font: TrueTypeFont, name: String, program: Int) -> String {
        // Symbolic (4): the glyphs are reached by CID, not through a standard Latin encoding.
        var flags = 4
        if font.isFixedPitch { flags |= 1 }
        if font.italicAngle != 0 { flags |= 64 }
        let box = font.boundingBox
        let bbox = [box.xMin, box.yMin, box.xMax, box.yMax].map { String(font.scaled($0)) }.joined(separator: " ")
        // The usual estimate of the vertical stem width from the weight class (no font table records it).
        let weight = Double(min(max(font.weightClass, 100), 900)) / 65
        return "<< /Type /FontDescriptor /FontName /\(name) /Flags \(flags) /FontBBox [\(bbox)]"
            + " /ItalicAngle \(PDFSyntax.number(font.italicAngle)) /Ascent \(font.scaled(font.ascender))"
            + " /Descent \(font.scaled(font.descender)) /CapHeight \(font.scaled(font.capHeight))"
            + " /StemV \(Int(50 + weight * weight)) /FontFile2 \(program) 0 R >>"
    }

    /// A ToUnicode CMap mapping each glyph id (a 2-byte code) to its text in UTF-16BE, surrogate pairs included.
    static func toUnicodeMap(_ glyphs: [UInt16: String]) -> String {
        let entries = glyphs.keys.sorted().map { glyph in
            let text = glyphs[glyph].flatMap { $0.isEmpty ? nil : $0 } ?? "\u{FFFD}"
            return "<\(hex(glyph))> <" + text.utf16.map(hex).joined() + ">"
        }
        var lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
        ]
        // At most 100 entries per block.
        var start = 0
        while start < entries.count {
            let block = entries[start..<min(start + 100, entries.count)]
            lines.append("\(block.count) beginbfchar")
            lines += block
            lines.append("endbfchar")
            start += 100
        }
        lines += [
            "endcmap",
            "CMapName currentdict /CMapResource defineresource pop",
            "end",
            "end",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Four uppercase hexadecimal digits.
    static func hex(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([12, 8, 4, 0].map { digits[Int((value >> UInt16($0)) & 0xF)] })
    }

    private static func ascii(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }
}
