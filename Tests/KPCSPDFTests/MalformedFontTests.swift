import Testing

@testable import KPCSPDF

/// A damaged font file throws `TrueTypeFontError` when read, and nothing done with a font that was read ever
/// traps: every table read is bounds-checked.
struct MalformedFontTests {
    /// A small font: DejaVu Sans cut down to "A" and "é" (a composite glyph), with the full font's `cmap`,
    /// whose glyph ids mostly lie beyond the small font's glyphs.
    private static func smallFont() throws -> [UInt8] {
        let font = try BundledFonts.fonts().regular
        let subset = try TrueTypeFont(bytes: try font.subset(keeping: [36, 171]))
        let tables = try subset.tables.keys.sorted().map { tag in
            let table = tag == "cmap" ? try #require(font.tables["cmap"]) : try #require(subset.tables[tag])
            return (tag: tag, data: Array(table.contents))
        }
        return TrueTypeFont.fontFile(tables)
    }

    /// The offset and length of table `tag` in the directory of `bytes`.
    private static func record(_ tag: String, in bytes: [UInt8]) throws -> Int {
        let file = FontTable(file: bytes)
        let count = Int(try file.uint16(4))
        let index = try #require((0..<count).first { (try? file.tag(12 + 16 * $0)) == tag })
        return 12 + 16 * index
    }

    private static func offset(of tag: String, in bytes: [UInt8]) throws -> Int {
        Int(try FontTable(file: bytes).uint32(try record(tag, in: bytes) + 8))
    }

    private func expectThrows(_ bytes: [UInt8], _ comment: Comment) {
        #expect(throws: TrueTypeFontError.self, comment) { try TrueTypeFont(bytes: bytes) }
    }

    @Test func theSmallFontIsValid() throws {
        let font = try TrueTypeFont(bytes: try Self.smallFont())
        #expect(font.glyph(for: "A") == 36)
        #expect(font.glyph(for: "é") == 171)
        #expect(font.glyph(for: "Я") == nil, "glyph 964 is beyond the small font")
    }

    @Test func truncatedFilesThrow() throws {
        let full = try BundledFonts.bytes("DejaVuSans.ttf")
        for length in [0, 1, 4, 11, 12, 27, 100, 1000, full.count / 2, full.count - 1] {
            expectThrows(Array(full.prefix(length)), "\(length) bytes")
        }
        let small = try Self.smallFont()
        for length in stride(from: 0, to: small.count, by: 97) {
            expectThrows(Array(small.prefix(length)), "\(length) bytes of the small font")
        }
    }

    @Test func tablesOutsideTheFileThrow() throws {
        let small = try Self.smallFont()
        for tag in ["head", "glyf", "loca", "cmap", "hmtx"] {
            var beyond = small
            beyond.setUInt32(0xFFFF_FF00, at: try Self.record(tag, in: small) + 8)
            expectThrows(beyond, "\(tag) offset beyond the file")
            var tooLong = small
            tooLong.setUInt32(UInt32(small.count), at: try Self.record(tag, in: small) + 12)
            expectThrows(tooLong, "\(tag) longer than the file")
        }
        var shortLoca = small
        shortLoca.setUInt32(40, at: try Self.record("loca", in: small) + 12)
        expectThrows(shortLoca, "loca shorter than the glyph count needs")
        var misplacedHead = small
        misplacedHead.setUInt32(
            UInt32(try Self.offset(of: "glyf", in: small)), at: try Self.record("head", in: small) + 8)
        expectThrows(misplacedHead, "head pointing into glyf")
    }

    @Test func inconsistentValuesThrow() throws {
        let small = try Self.smallFont()
        let head = try Self.offset(of: "head", in: small)
        let hhea = try Self.offset(of: "hhea", in: small)
        let maxp = try Self.offset(of: "maxp", in: small)
        let loca = try Self.offset(of: "loca", in: small)
        let glyf = try Self.offset(of: "glyf", in: small)
        let patches: [(String, (inout [UInt8]) -> Void)] = [
            ("unitsPerEm 0", { $0.setUInt16(0, at: head + 18) }),
            ("indexToLocFormat 7", { $0.setUInt16(7, at: head + 50) }),
            ("magic number", { $0.setUInt32(0, at: head + 12) }),
            ("no glyphs", { $0.setUInt16(0, at: maxp + 4) }),
            ("more glyphs than loca holds", { $0.setUInt16(0xFFFF, at: maxp + 4) }),
            ("numberOfHMetrics 0", { $0.setUInt16(0, at: hhea + 34) }),
            ("numberOfHMetrics above numGlyphs", { $0.setUInt16(5000, at: hhea + 34) }),
            ("loca past glyf", { $0.setUInt32(0x00FF_FFFF, at: loca + 4 * 36 + 4) }),
            ("loca going backwards", { $0.setUInt32(0, at: loca + 4 * 36 + 4) }),
            ("CFF outlines", { $0.setUInt32(0x4F54_544F, at: 0) }),
            ("font collection", { $0.setUInt32(0x7474_6366, at: 0) }),
            ("not a font", { $0.setUInt32(0x2550_4446, at: 0) }),
        ]
        for (name, patch) in patches {
            var bytes = small
            patch(&bytes)
            expectThrows(bytes, "\(name)")
        }
        // é (glyph 171) is composite: point its first component at a glyph the font does not have.
        let font = try TrueTypeFont(bytes: small)
        let accented = try font.glyphs.range(of: 171)
        var missingComponent = small
        missingComponent.setUInt16(0xFFF0, at: glyf + accented.lowerBound + 12)
        expectThrows(missingComponent, "component beyond the glyphs")
        var endlessComponents = small
        // Claim more components after the last one: the records run past the glyph.
        let flags = glyf + accented.lowerBound + 10
        for offset in stride(from: flags, to: glyf + accented.upperBound - 1, by: 2) {
            endlessComponents.setUInt16(0x0020, at: offset)
        }
        expectThrows(endlessComponents, "component records past the glyph's end")
    }

    /// Random damage anywhere in the small font: reading either throws or gives a font whose every use stays in
    /// bounds (glyph lookups, widths, subsets, a whole PDF).
    @Test func randomDamageNeverTraps() throws {
        let small = try Self.smallFont()
        var random = SplitMix(seed: 15)
        var read = 0
        for round in 0..<1000 {
            var bytes = small
            let damage = 1 + Int(random.next() % 4)
            for _ in 0..<damage {
                // Half the damage in the directory and first tables, where it matters most.
                let limit = random.next() % 2 == 0 ? min(400, bytes.count) : bytes.count
                bytes[Int(random.next() % UInt64(limit))] = UInt8(truncatingIfNeeded: random.next())
            }
            if random.next() % 8 == 0 {
                bytes.removeLast(Int(random.next() % UInt64(bytes.count)))
            }
            guard let font = try? TrueTypeFont(bytes: bytes) else { continue }
            read += 1
            for scalar: Unicode.Scalar in ["A", "é", "Я", "钻", "😀", "\u{FFFF}", "\u{0}"] {
                if let glyph = font.glyph(for: scalar) {
                    #expect(Int(glyph) < font.glyphCount)
                }
            }
            _ = (0..<8).map { _ in font.advanceWidth(ofGlyph: UInt16(truncatingIfNeeded: random.next())) }
            let keep = Set((0..<4).map { _ in UInt16(truncatingIfNeeded: random.next() % UInt64(font.glyphCount + 3)) })
            _ = try? font.subset(keeping: keep)
            if round % 25 == 0 {
                var page = PDFPage()
                page.text("Aé Я 钻", at: PDFPoint(x: 10, y: 10), fonts: PDFFontStack([font]))
                var document = PDFDocument(title: "", language: "en", producer: "", creationDate: "")
                document.add(page)
                #expect(!document.render().isEmpty)
            }
        }
        #expect(read > 0, "some damage is harmless")
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
