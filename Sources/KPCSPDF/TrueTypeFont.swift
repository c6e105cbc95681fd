import Foundation

/// A TrueType font (glyph outlines in `glyf`) read from its file, for embedding subsets of it in PDFs.
///
/// The initializer checks every table this writer later reads, including each glyph's place in `glyf` and the
/// components of composite glyphs, so a truncated or inconsistent file throws `TrueTypeFontError` there and
/// nothing afterwards can read out of bounds. Two values are equal when they were read from the same file.
public struct TrueTypeFont: Sendable, Hashable {
    /// A rectangle in font units.
    public struct Box: Hashable, Sendable {
        public let xMin: Int
        public let yMin: Int
        public let xMax: Int
        public let yMax: Int
    }

    /// The PostScript name (`name` table, ID 6), reduced to characters allowed in a PDF name.
    public let postScriptName: String
    /// Font units per em (`head`).
    public let unitsPerEm: Int
    /// Number of glyphs (`maxp`); glyph ids run from 0 (`.notdef`) to `glyphCount - 1`.
    public let glyphCount: Int
    /// The box enclosing every glyph (`head`).
    public let boundingBox: Box
    /// Degrees counter-clockwise from the vertical (`post`; 0 without one).
    public let italicAngle: Double
    /// Whether every glyph has the same advance width (`post`).
    public let isFixedPitch: Bool
    /// Height above the baseline, in font units (OS/2 typographic ascender, else `hhea`).
    public let ascender: Int
    /// Depth below the baseline, negative, in font units (OS/2 typographic descender, else `hhea`).
    public let descender: Int
    /// Height of flat capital letters in font units (OS/2, else the top of "H", else the ascender).
    public let capHeight: Int
    /// Weight class, 100 (thin) to 900 (black); 400 without an OS/2 table.
    public let weightClass: Int

    /// The file and its tables by tag.
    let file: [UInt8]
    let tables: [String: FontTable]
    let characterMap: TrueTypeCharacterMap
    let glyphs: TrueTypeGlyphs
    let horizontalMetricCount: Int
    /// A digest of the table directory: what makes two fonts equal.
    private let identity: UInt64

    /// Reads the font file at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// Reads a TrueType font file.
    public init(bytes: [UInt8]) throws {
        let file = FontTable(file: bytes)
        let (tables, directoryDigest) = try TrueTypeNames.tableDirectory(file)
        func table(_ tag: String, minimumLength: Int) throws -> FontTable {
            guard let table = tables[tag] else { throw TrueTypeFontError.missingTable(tag) }
            guard table.length >= minimumLength else { throw TrueTypeFontError.truncated(tag) }
            return table
        }
        let head = try table("head", minimumLength: 54)
        let maxp = try table("maxp", minimumLength: 6)
        let hhea = try table("hhea", minimumLength: 36)
        guard try head.uint32(12) == 0x5F0F_3CF5 else { throw TrueTypeFontError.malformed("head magic number") }
        unitsPerEm = Int(try head.uint16(18))
        guard (16...16384).contains(unitsPerEm) else { throw TrueTypeFontError.malformed("unitsPerEm") }
        boundingBox = Box(
            xMin: Int(try head.int16(36)), yMin: Int(try head.int16(38)),
            xMax: Int(try head.int16(40)), yMax: Int(try head.int16(42)))
        let locaFormat = try head.int16(50)
        guard locaFormat == 0 || locaFormat == 1 else { throw TrueTypeFontError.malformed("indexToLocFormat") }
        glyphCount = Int(try maxp.uint16(4))
        guard glyphCount > 0 else { throw TrueTypeFontError.malformed("the font has no glyphs") }
        horizontalMetricCount = Int(try hhea.uint16(34))
        guard (1...glyphCount).contains(horizontalMetricCount) else {
            throw TrueTypeFontError.malformed("numberOfHMetrics")
        }
        _ = try table("hmtx", minimumLength: 4 * horizontalMetricCount)
        let glyphs = try TrueTypeGlyphs(
            loca: try table("loca", minimumLength: (glyphCount + 1) * (locaFormat == 1 ? 4 : 2)),
            glyf: try table("glyf", minimumLength: 0), longOffsets: locaFormat == 1, count: glyphCount)
        let characterMap = try TrueTypeCharacterMap(cmap: try table("cmap", minimumLength: 4))

        let post = tables["post"].flatMap { $0.length >= 16 ? $0 : nil }
        italicAngle = try post.map { Double(try $0.int32(4)) / 65536 } ?? 0
        isFixedPitch = try post.map { try $0.uint32(12) != 0 } ?? false
        let os2 = tables["OS/2"].flatMap { $0.length >= 78 ? $0 : nil }
        weightClass = try os2.map { Int(try $0.uint16(4)) } ?? 400
        let typographic = try os2.map { (Int(try $0.int16(68)), Int(try $0.int16(70))) }
        if let typographic, typographic != (0, 0) {
            (ascender, descender) = typographic
        } else {
            (ascender, descender) = (Int(try hhea.int16(4)), Int(try hhea.int16(6)))
        }
        let os2CapHeight = try os2.flatMap { table in
            try table.uint16(0) >= 2 && table.length >= 90 ? Int(try table.int16(88)) : nil
        }
        let topOfH = characterMap.glyph(for: 0x48).flatMap { glyphs.top(of: $0) }
        capHeight = os2CapHeight.flatMap { $0 > 0 ? $0 : nil } ?? topOfH ?? ascender
        postScriptName = TrueTypeNames.postScriptName(tables["name"]) ?? "TrueTypeFont"
        identity = directoryDigest ^ UInt64(bytes.count)
        self.glyphs = glyphs
        self.characterMap = characterMap
        self.file = bytes
        self.tables = tables
    }

    /// The glyph drawn for `scalar`, or nil when the font has none (glyph 0, `.notdef`, is never returned).
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        guard let glyph = characterMap.glyph(for: scalar.value), glyph > 0, glyph < glyphCount else { return nil }
        return UInt16(glyph)
    }

    /// The advance width of `glyph` in font units (`hmtx`); 0 for a glyph the font does not have.
    public func advanceWidth(ofGlyph glyph: UInt16) -> Int {
        guard Int(glyph) < glyphCount, let hmtx = tables["hmtx"] else { return 0 }
        let index = min(Int(glyph), horizontalMetricCount - 1)
        return Int((try? hmtx.uint16(4 * index)) ?? 0)
    }

    /// The advance width of `glyph` in 1/1000 em rounded to a whole number, as written in the PDF's `W` array
    /// and used to measure text, so measurements and drawing agree exactly.
    func pdfWidth(ofGlyph glyph: UInt16) -> Int {
        scaled(advanceWidth(ofGlyph: glyph))
    }

    /// A length in font units converted to 1/1000 em, rounded.
    func scaled(_ units: Int) -> Int {
        Int((Double(units) * 1000 / Double(unitsPerEm)).rounded())
    }

    /// The left side bearing of `glyph` (`hmtx`), for rebuilding the table in a subset.
    func leftSideBearing(ofGlyph glyph: Int) -> UInt16 {
        guard let hmtx = tables["hmtx"] else { return 0 }
        let offset =
            glyph < horizontalMetricCount
            ? 4 * glyph + 2 : 4 * horizontalMetricCount + 2 * (glyph - horizontalMetricCount)
        return (try? hmtx.uint16(offset)) ?? 0
    }

    public static func == (left: TrueTypeFont, right: TrueTypeFont) -> Bool {
        left.identity == right.identity && left.file.count == right.file.count
            && left.postScriptName == right.postScriptName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identity)
    }
}
