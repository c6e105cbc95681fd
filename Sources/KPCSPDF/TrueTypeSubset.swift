extension TrueTypeFont {
    /// A TrueType file holding only `glyphs`, `.notdef` and the components of composite glyphs among them.
    ///
    /// Glyph ids do not change: glyphs not kept stay in `loca` with no outline and no advance, and the font ends
    /// at the highest glyph kept. The file has the tables a PDF's `FontFile2` needs (`head`, `hhea`, `maxp`, `hmtx`,
    /// `loca`, `glyf`, and `cvt `, `fpgm`, `prep` when the font has them), a `cmap` that maps nothing (a PDF
    /// reaches the glyphs by id, through an `/Identity` `CIDToGIDMap`), and for readers that look for them `OS/2`,
    /// a `post` table without glyph names, and a `name` table with the names, copyright and trademark notices.
    public func subset(keeping glyphs: Set<UInt16>) throws -> [UInt8] {
        let kept = try self.glyphs.closure(of: Set(glyphs.map(Int.init)))
        let count = (kept.max() ?? 0) + 1
        var outlines: [UInt8] = []
        var offsets: [UInt8] = []
        var metrics: [UInt8] = []
        for glyph in 0..<count {
            offsets.appendUInt32(UInt32(outlines.count))
            guard kept.contains(glyph) else {
                metrics += [0, 0, 0, 0]
                continue
            }
            let range = try self.glyphs.range(of: glyph)
            outlines += try self.glyphs.glyf.slice(range.lowerBound, range.count)
            outlines += Array(repeating: 0, count: (4 - outlines.count % 4) % 4)
            metrics.appendUInt16(UInt16(clamping: advanceWidth(ofGlyph: UInt16(glyph))))
            metrics.appendUInt16(leftSideBearing(ofGlyph: glyph))
        }
        offsets.appendUInt32(UInt32(outlines.count))

        func copy(_ tag: String, length: Int? = nil) throws -> [UInt8] {
            guard let table = tables[tag] else { throw TrueTypeFontError.missingTable(tag) }
            return Array(try table.slice(0, length ?? table.length))
        }
        var head = try copy("head", length: 54)
        head.setUInt32(0, at: 8)  // checkSumAdjustment, set once the file is complete
        head.setUInt16(1, at: 50)  // indexToLocFormat: 32-bit offsets
        var hhea = try copy("hhea", length: 36)
        hhea.setUInt16(UInt16(count), at: 34)  // numberOfHMetrics
        var maxp = try copy("maxp")
        maxp.setUInt16(UInt16(count), at: 4)  // numGlyphs
        var subset: [(tag: String, data: [UInt8])] = [
            ("cmap", Self.emptyCharacterMap), ("glyf", outlines), ("head", head), ("hhea", hhea),
            ("hmtx", metrics), ("loca", offsets), ("maxp", maxp),
        ]
        for tag in ["cvt ", "fpgm", "prep", "OS/2"] where tables[tag] != nil {
            subset.append((tag, try copy(tag)))
        }
        if let post = tables["post"], post.length >= 32 {
            var header = try copy("post", length: 32)
            header.setUInt32(0x0003_0000, at: 0)  // version 3: no glyph names
            subset.append(("post", header))
        }
        if let names = TrueTypeNames.subsetNameTable(tables["name"]) {
            subset.append(("name", names))
        }
        return Self.fontFile(subset)
    }

    /// A `cmap` with one Windows Unicode subtable of format 4 holding only the closing segment at U+FFFF.
    static let emptyCharacterMap: [UInt8] = [
        0, 0, 0, 1,  // version, one subtable
        0, 3, 0, 1, 0, 0, 0, 12,  // platform 3, encoding 1, at offset 12
        0, 4, 0, 24, 0, 0, 0, 2,  // format 4, length 24, language 0, segCountX2 2
        0, 2, 0, 0, 0, 0,  // searchRange 2, entrySelector 0, rangeShift 0
        0xFF, 0xFF, 0, 0, 0xFF, 0xFF,  // endCode, reservedPad, startCode
        0, 1, 0, 0,  // idDelta 1, idRangeOffset 0
    ]

    /// A TrueType file of `tables`: the directory sorted by tag with each table's checksum, the tables at
    /// 4-byte boundaries, and `head`'s `checkSumAdjustment` making the whole file sum to 0xB1B0AFBA.
    static func fontFile(_ tables: [(tag: String, data: [UInt8])]) -> [UInt8] {
        let sorted = tables.sorted { Array($0.tag.utf8).lexicographicallyPrecedes(Array($1.tag.utf8)) }
        var power = 1
        var exponent = 0
        while power * 2 <= sorted.count {
            power *= 2
            exponent += 1
        }
        var file: [UInt8] = []
        file.appendUInt32(0x0001_0000)
        file.appendUInt16(UInt16(sorted.count))
        file.appendUInt16(UInt16(16 * power))  // searchRange
        file.appendUInt16(UInt16(exponent))  // entrySelector
        file.appendUInt16(UInt16(16 * (sorted.count - power)))  // rangeShift
        var offset = 12 + 16 * sorted.count
        var headOffset: Int?
        for (tag, data) in sorted {
            file += Array(tag.utf8.prefix(4))
            file.appendUInt32(checksum(data))
            file.appendUInt32(UInt32(offset))
            file.appendUInt32(UInt32(data.count))
            if tag == "head" { headOffset = offset }
            offset += (data.count + 3) / 4 * 4
        }
        for (_, data) in sorted {
            file += data
            file += Array(repeating: 0, count: (4 - data.count % 4) % 4)
        }
        if let headOffset {
            file.setUInt32(0xB1B0_AFBA &- checksum(file), at: headOffset + 8)
        }
        return file
    }

    /// The sum of `data` read as big-endian 32-bit words, the last one padded with zeros.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < data.count {
            var word: UInt32 = 0
            for byte in 0..<4 {
                word = word << 8 | UInt32(index + byte < data.count ? data[index + byte] : 0)
            }
            sum = sum &+ word
            index += 4
        }
        return sum
    }
}
