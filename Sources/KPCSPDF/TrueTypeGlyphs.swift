/// The outlines of a TrueType font: where each glyph lies in `glyf` (from `loca`) and which glyphs a composite
/// glyph is built from.
struct TrueTypeGlyphs: Sendable {
    let loca: FontTable
    let glyf: FontTable
    /// `loca` holds 32-bit offsets (else 16-bit offsets divided by two).
    let longOffsets: Bool
    /// Number of glyphs.
    let count: Int

    /// Composite glyph flags (OpenType `glyf`, composite glyph description).
    private enum Flag {
        static let argumentsAreWords: UInt16 = 0x0001
        static let scale: UInt16 = 0x0008
        static let moreComponents: UInt16 = 0x0020
        static let xAndYScale: UInt16 = 0x0040
        static let twoByTwo: UInt16 = 0x0080
    }

    /// Checks every glyph: its bytes lie inside `glyf` in order, a non-empty glyph has a full header, and each
    /// component of a composite glyph is a glyph of the font, described within its parent's bytes.
    init(loca: FontTable, glyf: FontTable, longOffsets: Bool, count: Int) throws {
        self.loca = loca
        self.glyf = glyf
        self.longOffsets = longOffsets
        self.count = count
        for glyph in 0..<count {
            let range = try range(of: glyph)
            guard !range.isEmpty else { continue }
            guard range.count >= 10 else { throw TrueTypeFontError.malformed("glyf: glyph \(glyph) is too short") }
            if try glyf.int16(range.lowerBound) < 0 {
                _ = try components(of: glyph)
            }
        }
    }

    /// The bytes of `glyph` in `glyf` (empty for a glyph without outline, such as the space).
    func range(of glyph: Int) throws -> Range<Int> {
        guard glyph >= 0, glyph < count else { throw TrueTypeFontError.malformed("glyph \(glyph) out of range") }
        let start: Int
        let end: Int
        if longOffsets {
            start = Int(try loca.uint32(4 * glyph))
            end = Int(try loca.uint32(4 * glyph + 4))
        } else {
            start = 2 * Int(try loca.uint16(2 * glyph))
            end = 2 * Int(try loca.uint16(2 * glyph + 2))
        }
        guard start <= end, end <= glyf.length else {
            throw TrueTypeFontError.malformed("loca: glyph \(glyph) lies outside glyf")
        }
        return start..<end
    }

    /// The glyphs a composite glyph refers to directly (empty for a simple or empty glyph).
    func components(of glyph: Int) throws -> [Int] {
        let range = try range(of: glyph)
        guard !range.isEmpty else { return [] }
        let outline = try glyf.window(range.lowerBound, range.count, name: "glyf")
        guard try outline.int16(0) < 0 else { return [] }
        var components: [Int] = []
        var offset = 10
        while true {
            let flags = try outline.uint16(offset)
            let component = Int(try outline.uint16(offset + 2))
            guard component < count else {
                throw TrueTypeFontError.malformed("glyf: glyph \(glyph) uses missing glyph \(component)")
            }
            components.append(component)
            offset += 4 + (flags & Flag.argumentsAreWords != 0 ? 4 : 2)
            if flags & Flag.scale != 0 {
                offset += 2
            } else if flags & Flag.xAndYScale != 0 {
                offset += 4
            } else if flags & Flag.twoByTwo != 0 {
                offset += 8
            }
            guard outline.contains(0, offset) else { throw TrueTypeFontError.truncated("glyf: glyph \(glyph)") }
            guard flags & Flag.moreComponents != 0 else { return components }
        }
    }

    /// `glyphs`, `.notdef` and every component of a composite glyph among them, followed recursively.
    func closure(of glyphs: Set<Int>) throws -> Set<Int> {
        var kept: Set<Int> = []
        var pending = [0] + glyphs.filter { $0 >= 0 && $0 < count }.sorted()
        while let glyph = pending.popLast() {
            guard kept.insert(glyph).inserted else { continue }
            pending += try components(of: glyph).filter { !kept.contains($0) }
        }
        return kept
    }

    /// The top of `glyph`'s outline (`yMax` of its header), or nil for an empty or unreadable glyph.
    func top(of glyph: Int) -> Int? {
        guard let range = try? range(of: glyph), !range.isEmpty, let yMax = try? glyf.int16(range.lowerBound + 8)
        else { return nil }
        return Int(yMax)
    }
}
