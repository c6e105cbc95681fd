import KPCSCore
import KPCSSeal
import SQLKit

/// Appending to the transparency log inside the caller's transaction, so events and their leaves are written
/// together or not at all. The head row is updated first: on PostgreSQL its row lock orders concurrent appenders
/// (one process or many) without a gap or a fork; on SQLite the single writer does.
extension BusinessTransaction {
    /// Appends one entry and returns its leaf index.
    func appendToLog(_ entry: LogEntry) async throws -> Int64 {
        try await appendToLog([entry])[0]
    }

    /// Appends entries in order and returns their leaf indexes. Writes each entry, its leaf hash and the hash of
    /// every complete subtree the new leaves close, in a fixed number of statements whatever the count: the head,
    /// one read of the right edge of the tree, then multi-row inserts.
    func appendToLog(_ entries: [LogEntry]) async throws -> [Int64] {
        let db = self
        guard !entries.isEmpty else { return [] }
        let count = Int64(entries.count)
        guard
            let size = try await db.raw("UPDATE log_head SET size = size + \(bind: count) WHERE id = 1 RETURNING size")
                .first()?.int("size")
        else { throw StoreCorruption.badValue("log_head", "missing") }
        let start = size - count
        // The right edge of the tree before: the complete subtrees that cover [0, start), largest first.
        var edge: [(level: Int64, index: Int64)] = []
        var covered: Int64 = 0
        for level in stride(from: Int64(62), through: 0, by: -1) where start & (Int64(1) << level) != 0 {
            edge.append((level, covered >> level))
            covered += Int64(1) << level
        }
        var stack: [(level: Int64, index: Int64, hash: Merkle.Hash)] = []
        let found = try await LogStore.subtreeHashes(edge, in: db)
        for node in edge { stack.append((node.level, node.index, try LogStore.hash(found, node.level, node.index))) }
        var hashRows: [SQLQueryString] = []
        var entryRows: [SQLQueryString] = []
        for (offset, entry) in entries.enumerated() {
            let index = start + Int64(offset)
            let data = entry.bytes
            let leaf = Merkle.leafHash(data)
            entryRows.append(
                """
                (\(bind: index), \(bind: String(decoding: data, as: UTF8.self)), \(bind: entry.event),\
                 \(bind: entry.at), \(bind: entry.certificateNumber))
                """
            )
            hashRows.append("(0, \(bind: index), \(bind: Hex.encode(leaf)))")
            stack.append((0, index, leaf))
            // Each pair of equal-level subtrees at the top of the stack closes their parent.
            while stack.count >= 2, stack[stack.count - 1].level == stack[stack.count - 2].level {
                let right = stack.removeLast()
                let left = stack.removeLast()
                let parent = (
                    level: right.level + 1, index: right.index >> 1, hash: Merkle.nodeHash(left.hash, right.hash)
                )
                hashRows.append("(\(bind: parent.level), \(bind: parent.index), \(bind: Hex.encode(parent.hash)))")
                stack.append(parent)
            }
        }
        for chunk in chunks(entryRows, of: 1000) {
            try await db.raw(
                """
                INSERT INTO log_entries (idx, data, event, at, certificate_number) VALUES\
                 \(chunk.joined(separator: ", "))
                """
            ).run()
        }
        for chunk in chunks(hashRows, of: 2000) {
            try await db.raw("INSERT INTO log_hashes (level, idx, hash) VALUES \(chunk.joined(separator: ", "))").run()
        }
        return (0..<count).map { start + $0 }
    }

    private func chunks<T>(_ items: [T], of size: Int) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }
}

extension LogStore {
    /// Appends entries that are not events, in one transaction: only for the log benchmark, which needs a log of a
    /// million leaves. Behind an SPI so no application code can put anything but events in the log.
    @_spi(Benchmarks) public func appendForBenchmark(_ entries: [LogEntry]) async throws {
        _ = try await transaction { db in try await db.appendToLog(entries) }
    }
}
