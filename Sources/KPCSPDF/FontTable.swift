/// Why a font file could not be read.
public enum TrueTypeFontError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A read went past the end of the file or of a table.
    case truncated(String)
    /// A table every TrueType font needs is absent.
    case missingTable(String)
    /// The file is valid but of a kind this reader does not handle (CFF outlines, collections, ...).
    case unsupported(String)
    /// A value is out of range or contradicts another table.
    case malformed(String)

    public var description: String {
        switch self {
        case .truncated(let table): return "font truncated: \(table)"
        case .missingTable(let tag): return "font has no '\(tag)' table"
        case .unsupported(let what): return "unsupported font: \(what)"
        case .malformed(let what): return "malformed font: \(what)"
        }
    }
}

/// A window on the bytes of one table (or of the whole file) with big-endian reads that never trap:
/// a read outside the window throws `TrueTypeFontError.truncated`.
struct FontTable: Sendable {
    /// The whole file; the window is `start ..< start + length`.
    let bytes: [UInt8]
    let start: Int
    let length: Int
    /// The table's tag, for error messages.
    let name: String

    /// The whole of `bytes`.
    init(file bytes: [UInt8]) {
        self.bytes = bytes
        start = 0
        length = bytes.count
        name = "file"
    }

    /// The window `start ..< start + length` of `bytes`, which must lie inside them.
    init(_ bytes: [UInt8], start: Int, length: Int, name: String) throws {
        guard start >= 0, length >= 0, start <= bytes.count, length <= bytes.count - start else {
            throw TrueTypeFontError.malformed("table '\(name)' lies outside the file")
        }
        self.bytes = bytes
        self.start = start
        self.length = length
        self.name = name
    }

    /// The part of this window from `offset` (relative) of `count` bytes.
    func window(_ offset: Int, _ count: Int, name: String? = nil) throws -> FontTable {
        try check(offset, count)
        return try FontTable(bytes, start: start + offset, length: count, name: name ?? self.name)
    }

    /// Whether `count` bytes at `offset` lie inside the window.
    func contains(_ offset: Int, _ count: Int) -> Bool {
        offset >= 0 && count >= 0 && offset <= length && count <= length - offset
    }

    private func check(_ offset: Int, _ count: Int) throws {
        guard contains(offset, count) else { throw TrueTypeFontError.truncated(name) }
    }

    func uint8(_ offset: Int) throws -> UInt8 {
        try check(offset, 1)
        return bytes[start + offset]
    }

    func uint16(_ offset: Int) throws -> UInt16 {
        try check(offset, 2)
        return UInt16(bytes[start + offset]) << 8 | UInt16(bytes[start + offset + 1])
    }

    func int16(_ offset: Int) throws -> Int16 {
        Int16(bitPattern: try uint16(offset))
    }

    func uint32(_ offset: Int) throws -> UInt32 {
        try check(offset, 4)
        var value: UInt32 = 0
        for index in 0..<4 {
            value = value << 8 | UInt32(bytes[start + offset + index])
        }
        return value
    }

    func int32(_ offset: Int) throws -> Int32 {
        Int32(bitPattern: try uint32(offset))
    }

    /// A four-character table tag such as "glyf" (bytes outside printable ASCII become "?").
    func tag(_ offset: Int) throws -> String {
        try check(offset, 4)
        let characters = bytes[(start + offset)..<(start + offset + 4)].map { byte in
            (0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : "?"
        }
        return String(characters)
    }

    /// The bytes of the whole window.
    var contents: ArraySlice<UInt8> {
        bytes[start..<(start + length)]
    }

    /// `count` bytes at `offset`.
    func slice(_ offset: Int, _ count: Int) throws -> ArraySlice<UInt8> {
        try check(offset, count)
        return bytes[(start + offset)..<(start + offset + count)]
    }
}

/// Big-endian writes for building a font file.
extension Array where Element == UInt8 {
    mutating func appendUInt16(_ value: UInt16) {
        append(UInt8(value >> 8))
        append(UInt8(value & 0xFF))
    }

    mutating func appendUInt32(_ value: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) {
            append(UInt8((value >> UInt32(shift)) & 0xFF))
        }
    }

    /// Overwrites two bytes at `offset`, which must lie inside the array (callers write into tables they built).
    mutating func setUInt16(_ value: UInt16, at offset: Int) {
        guard offset >= 0, offset + 2 <= count else { return }
        self[offset] = UInt8(value >> 8)
        self[offset + 1] = UInt8(value & 0xFF)
    }

    mutating func setUInt32(_ value: UInt32, at offset: Int) {
        guard offset >= 0, offset + 4 <= count else { return }
        for index in 0..<4 {
            self[offset + index] = UInt8((value >> UInt32(24 - 8 * index)) & 0xFF)
        }
    }
}
