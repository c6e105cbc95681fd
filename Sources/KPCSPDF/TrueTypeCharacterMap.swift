/// The Unicode subtable of a font's `cmap`: format 12 (all planes) when the font has one, else format 4
/// (the Basic Multilingual Plane). Lookups binary-search the subtable in place; every read is bounds-checked.
struct TrueTypeCharacterMap: Sendable {
    private enum Layout: Sendable {
        /// Format 4: `segmentCount` segments of end codes, start codes, deltas and range offsets.
        case segments(count: Int)
        /// Format 12: `count` groups of (start code, end code, start glyph).
        case groups(count: Int)
    }

    /// The subtable, from its first byte to the end of the `cmap` table.
    private let table: FontTable
    private let layout: Layout

    /// Chooses and checks the best Unicode subtable of `cmap`.
    init(cmap: FontTable) throws {
        let count = Int(try cmap.uint16(2))
        var best: (rank: Int, offset: Int, format: UInt16)?
        for index in 0..<count {
            let record = 4 + 8 * index
            let platform = try cmap.uint16(record)
            let encoding = try cmap.uint16(record + 2)
            let offset = Int(try cmap.uint32(record + 4))
            guard let format = try? cmap.uint16(offset) else { continue }
            guard let rank = Self.rank(platform: platform, encoding: encoding, format: format) else { continue }
            if best.map({ rank < $0.rank }) ?? true {
                best = (rank, offset, format)
            }
        }
        guard let best else { throw TrueTypeFontError.unsupported("no Unicode cmap subtable of format 4 or 12") }
        table = try cmap.window(best.offset, cmap.length - best.offset, name: "cmap")
        if best.format == 12 {
            let groups = Int(try table.uint32(12))
            guard table.contains(16, 12 * groups) else { throw TrueTypeFontError.truncated("cmap format 12") }
            layout = .groups(count: groups)
        } else {
            let segments = Int(try table.uint16(6)) / 2
            guard segments > 0, table.contains(16, 8 * segments) else {
                throw TrueTypeFontError.truncated("cmap format 4")
            }
            layout = .segments(count: segments)
        }
    }

    /// Preference among subtables (lower is better); nil for subtables that are not Unicode or not 4 or 12.
    private static func rank(platform: UInt16, encoding: UInt16, format: UInt16) -> Int? {
        switch (platform, encoding, format) {
        case (3, 10, 12): return 0
        case (0, _, 12): return 1
        case (3, 1, 4): return 2
        case (0, _, 4): return 3
        default: return nil
        }
    }

    /// The glyph the subtable maps `code` to (possibly 0 or beyond the font's glyphs: the caller checks).
    func glyph(for code: UInt32) -> Int? {
        switch layout {
        case .segments(let count): return segmentGlyph(for: code, segments: count)
        case .groups(let count): return groupGlyph(for: code, groups: count)
        }
    }

    private func segmentGlyph(for code: UInt32, segments: Int) -> Int? {
        guard code <= 0xFFFF else { return nil }
        // endCode[] starts at 14, then a reserved word, startCode[], idDelta[], idRangeOffset[].
        var low = 0
        var high = segments
        while low < high {
            let middle = (low + high) / 2
            guard let end = try? table.uint16(14 + 2 * middle) else { return nil }
            if UInt32(end) < code { low = middle + 1 } else { high = middle }
        }
        guard low < segments,
            let start = try? table.uint16(16 + 2 * segments + 2 * low),
            let delta = try? table.uint16(16 + 4 * segments + 2 * low),
            let rangeOffset = try? table.uint16(16 + 6 * segments + 2 * low),
            UInt32(start) <= code
        else { return nil }
        if rangeOffset == 0 {
            return Int((UInt32(code) &+ UInt32(delta)) & 0xFFFF)
        }
        let position = 16 + 6 * segments + 2 * low + Int(rangeOffset) + 2 * Int(code - UInt32(start))
        guard let glyph = try? table.uint16(position), glyph != 0 else { return nil }
        return Int((UInt32(glyph) &+ UInt32(delta)) & 0xFFFF)
    }

    private func groupGlyph(for code: UInt32, groups: Int) -> Int? {
        var low = 0
        var high = groups
        while low < high {
            let middle = (low + high) / 2
            guard let end = try? table.uint32(16 + 12 * middle + 4) else { return nil }
            if end < code { low = middle + 1 } else { high = middle }
        }
        guard low < groups,
            let start = try? table.uint32(16 + 12 * low),
            let startGlyph = try? table.uint32(16 + 12 * low + 8),
            start <= code
        else { return nil }
        let glyph = UInt64(startGlyph) + UInt64(code - start)
        return glyph <= 0xFFFF ? Int(glyph) : nil
    }
}
