import KPCSCore
import KPCSSeal
import SQLKit

/// Appending to the transparency log inside the caller's transaction, so an event and its leaf are written
/// together or not at all. The head row is updated first: on PostgreSQL its row lock orders concurrent appenders
/// (one process or many) without a gap or a fork; on SQLite the single writer does.
extension Store {
    /// Appends `entry` and returns its leaf index. Writes the entry, its leaf hash, and the hash of every complete
    /// subtree the new leaf closes (as many as the trailing one bits of the index): four statements at most.
    static func appendToLog(_ entry: LogEntry, in db: any SQLDatabase) async throws -> Int64 {
        guard let size = try await db.raw("UPDATE log_head SET size = size + 1 WHERE id = 1 RETURNING size").first()?.int("size")
        else { throw StoreCorruption.badValue("log_head", "missing") }
        let index = size - 1
        let data = entry.bytes
        var hash = Merkle.leafHash(data)
        try await db.raw(
            """
            INSERT INTO log_entries (idx, data, event, at, certificate_number)
            VALUES (\(bind: index), \(bind: String(decoding: data, as: UTF8.self)), \(bind: entry.event), \(bind: entry.at),
            \(bind: entry.certificateNumber))
            """
        ).run()
        // The left siblings needed: at level l, when (index + 1) is a multiple of 2^(l+1)… one query for all.
        var needed: [(level: Int64, idx: Int64)] = []
        var position = index
        var level: Int64 = 0
        while position & 1 == 1 {
            needed.append((level, position - 1))
            position >>= 1
            level += 1
        }
        var siblings: [String: String] = [:]
        if !needed.isEmpty {
            let conditions: [SQLQueryString] = needed.map { "(level = \(bind: $0.level) AND idx = \(bind: $0.idx))" }
            for row in try await db.raw("SELECT level, idx, hash FROM log_hashes WHERE \(conditions.joined(separator: " OR "))").all() {
                siblings["\(try row.int("level"))/\(try row.int("idx"))"] = try row.string("hash")
            }
        }
        var rows: [SQLQueryString] = ["(0, \(bind: index), \(bind: Hex.encode(hash)))"]
        for (offset, sibling) in needed.enumerated() {
            guard let text = siblings["\(sibling.level)/\(sibling.idx)"], let left = Hex.decode(text) else {
                throw StoreCorruption.badValue("log_hashes", "missing \(sibling.level)/\(sibling.idx)")
            }
            hash = Merkle.nodeHash(left, hash)
            let parentLevel = Int64(offset + 1)
            rows.append("(\(bind: parentLevel), \(bind: index >> parentLevel), \(bind: Hex.encode(hash)))")
        }
        try await db.raw("INSERT INTO log_hashes (level, idx, hash) VALUES \(rows.joined(separator: ", "))").run()
        return index
    }
}

/// Lowercase hex, as the log's tables store hashes (one spelling for both engines).
enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 2 == 0 else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(input.count / 2)
        var index = 0
        while index < input.count {
            guard let high = value(input[index]), let low = value(input[index + 1]) else { return nil }
            output.append(high << 4 | low)
            index += 2
        }
        return output
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
