/// The table directory and the `name` table of a TrueType file.
enum TrueTypeNames {
    /// The tables by tag (the first of duplicate tags wins) and a digest of the directory.
    static func tableDirectory(_ file: FontTable) throws -> (tables: [String: FontTable], digest: UInt64) {
        let version = try file.uint32(0)
        switch version {
        case 0x0001_0000, 0x7472_7565:  // 1.0 and 'true': TrueType outlines
            break
        case 0x4F54_544F:  // 'OTTO'
            throw TrueTypeFontError.unsupported("CFF (PostScript) outlines")
        case 0x7474_6366:  // 'ttcf'
            throw TrueTypeFontError.unsupported("font collection")
        default:
            throw TrueTypeFontError.malformed("not a TrueType file")
        }
        let count = Int(try file.uint16(4))
        guard count > 0 else { throw TrueTypeFontError.malformed("no tables") }
        var tables: [String: FontTable] = [:]
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = try file.tag(record)
            let offset = Int(try file.uint32(record + 8))
            let length = Int(try file.uint32(record + 12))
            let table = try FontTable(file.bytes, start: offset, length: length, name: tag)
            if tables[tag] == nil {
                tables[tag] = table
            }
        }
        return (tables, fnv1a(try file.slice(0, 12 + 16 * count)))
    }

    /// The PostScript name (name ID 6), Windows or Unicode platform first, then Macintosh, kept to the letters,
    /// digits and `-_.` that are safe in a PDF name; nil when the table is absent, unreadable or yields nothing.
    static func postScriptName(_ table: FontTable?) -> String? {
        guard let table, let count = try? table.uint16(2), let storage = try? table.uint16(4) else { return nil }
        var candidates: [(rank: Int, text: String)] = []
        for index in 0..<Int(count) {
            let record = 6 + 12 * index
            guard let platform = try? table.uint16(record),
                let nameID = try? table.uint16(record + 6), nameID == 6,
                let length = try? table.uint16(record + 8),
                let offset = try? table.uint16(record + 10),
                let bytes = try? table.slice(Int(storage) + Int(offset), Int(length))
            else { continue }
            switch platform {
            case 0, 3:
                let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
                    UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                }
                candidates.append((platform == 3 ? 0 : 1, String(decoding: units, as: UTF16.self)))
            case 1:
                candidates.append((2, String(decoding: bytes.filter { $0 < 0x80 }, as: UTF8.self)))
            default:
                continue
            }
        }
        for candidate in candidates.sorted(by: { $0.rank < $1.rank }) {
            let safe = candidate.text.unicodeScalars.filter { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar)
            }
            if !safe.isEmpty {
                return String(String.UnicodeScalarView(safe.prefix(63)))
            }
        }
        return nil
    }

    /// A `name` table (format 0) with the Windows-platform records of IDs 0 to 7 (copyright, family, style,
    /// unique name, full name, version, PostScript name, trademark) of `table`, or nil when it has none.
    static func subsetNameTable(_ table: FontTable?) -> [UInt8]? {
        guard let table, let count = try? table.uint16(2), let storage = try? table.uint16(4) else { return nil }
        var records: [(ids: [UInt16], text: ArraySlice<UInt8>)] = []
        for index in 0..<Int(count) {
            let record = 6 + 12 * index
            guard let ids = try? (0..<4).map({ try table.uint16(record + 2 * $0) }),
                ids[0] == 3, ids[3] <= 7,
                let length = try? table.uint16(record + 8),
                let offset = try? table.uint16(record + 10),
                let text = try? table.slice(Int(storage) + Int(offset), Int(length))
            else { continue }
            records.append((ids, text))
        }
        guard !records.isEmpty, 6 + 12 * records.count <= 0xFFFF else { return nil }
        var result: [UInt8] = []
        result.appendUInt16(0)
        result.appendUInt16(UInt16(records.count))
        result.appendUInt16(UInt16(6 + 12 * records.count))
        var strings: [UInt8] = []
        for (ids, text) in records {
            for id in ids {
                result.appendUInt16(id)
            }
            result.appendUInt16(UInt16(text.count))
            result.appendUInt16(UInt16(clamping: strings.count))
            strings += text
        }
        return strings.count <= 0xFFFF ? result + strings : nil
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        bytes.reduce(seed) { hash, byte in (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
}
