import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Reading the transparency log: its signed checkpoint, proofs, tiles and entries. Complete-subtree hashes never
/// change once written, so a reader needs no lock: it reads the size, then only hashes below it.
extension LogStore {
    /// The key that signs checkpoints (made on first use), with its C2SP verifier key.
    public func key() async throws -> (verifier: NoteVerifierKey, signer: SigningKeyPair) {
        let name = configuration.logOrigin
        let masterKey = configuration.masterKey
        let now = Timestamp.string(self.now)
        let exists = try await database.read { db in
            try await db.raw("SELECT id FROM log_key WHERE id = 1").first() != nil
        }
        // A write transaction only the first time: afterwards a public GET never queues behind the writer.
        let body: @Sendable (any SQLDatabase) async throws -> (verifier: NoteVerifierKey, signer: SigningKeyPair) = {
            db in
            if !exists, try await db.raw("SELECT id FROM log_key WHERE id = 1").first() == nil {
                let pair = SigningKeyPair.generate()
                try await db.raw(
                    """
                    INSERT INTO log_key (id, name, public_key, sealed_private_key, created_at)
                    VALUES (1, \(bind: name), \(bind: pair.jwk.x),\
                     \(bind: try masterKey.seal(pair.privateKey, keyId: "log:" + pair.kid)),
                    \(bind: now)) ON CONFLICT DO NOTHING
                    """
                ).run()
            }
            guard
                let row = try await db.raw("SELECT name, public_key, sealed_private_key FROM log_key WHERE id = 1")
                    .first(),
                let publicKey = Base64URL.decode(try row.string("public_key")),
                let jwk = Ed25519JWK(publicKey: publicKey)
            else { throw StoreCorruption.badValue("log_key", "unreadable") }
            let stored = try row.string("name")
            guard stored == name else {
                throw KPCSError.invalid(LogMessage.logOriginChanged(stored: stored, configured: name))
            }
            let privateKey = try masterKey.open(try row.string("sealed_private_key"), keyId: "log:" + jwk.thumbprint)
            return (NoteVerifierKey(name: stored, publicKey: publicKey), SigningKeyPair(privateKey: privateKey))
        }
        return exists ? try await database.read(body) : try await database.transaction(body)
    }

    /// The number of leaves.
    public func size() async throws -> UInt64 {
        try await database.read { db in try await Self.logSize(in: db) }
    }

    static func logSize(in db: any SQLDatabase) async throws -> UInt64 {
        guard let size = try await db.raw("SELECT size FROM log_head WHERE id = 1").first()?.int("size") else {
            throw StoreCorruption.badValue("log_head", "missing")
        }
        return UInt64(size)
    }

    /// The current checkpoint, signed: the note text served at `/log/checkpoint`, with any witness cosignatures
    /// received for this very tree.
    public func signedCheckpoint() async throws -> (checkpoint: Checkpoint, note: String) {
        let key = try await self.key()
        let (size, root) = try await database.read { db -> (UInt64, Merkle.Hash) in
            let size = try await Self.logSize(in: db)
            return (
                size,
                try await Self.computeWithSubtrees(in: db) { subtree in
                    try Merkle.rootHash(size: size, subtree: subtree)
                }
            )
        }
        let checkpoint = Checkpoint(origin: key.verifier.name, size: size, rootHash: root)
        var note = try NoteVerifierKey.sign(checkpoint.text, name: key.verifier.name, key: key.signer.privateKey)
        note.signatures += try await cosignatures(for: checkpoint)
        return (checkpoint, note.serialized)
    }

    /// The audit path of a leaf in the tree of `treeSize` leaves (both within the log as it is now).
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) async throws -> [Merkle.Hash] {
        try await database.read { db in
            let size = try await Self.logSize(in: db)
            var violations: [Violation] = []
            if treeSize > size {
                violations.append(
                    Violation("/treeSize", LogMessage.logSizeBeyond(asked: String(treeSize), size: String(size))))
            }
            if leafIndex >= treeSize {
                violations.append(
                    Violation("/leafIndex", LogMessage.logIndexBeyond(leaf: String(leafIndex), size: String(treeSize))))
            }
            guard violations.isEmpty else { throw KPCSError.validation(violations) }
            return try await Self.computeWithSubtrees(in: db) { subtree in
                try Merkle.inclusionProof(index: leafIndex, size: treeSize, subtree: subtree)
            }
        }
    }

    /// The consistency proof between two sizes of the log (0 ≤ from ≤ to ≤ size); from the empty tree it is empty,
    /// as C2SP tlog-witness has a witness that has seen nothing ask for it.
    public func consistencyProof(from: UInt64, to: UInt64) async throws -> [Merkle.Hash] {
        try await database.read { db in
            let size = try await Self.logSize(in: db)
            var violations: [Violation] = []
            if to > size {
                violations.append(Violation("/to", LogMessage.logSizeBeyond(asked: String(to), size: String(size))))
            }
            if from > to {
                violations.append(
                    Violation("/from", LogMessage.logConsistencyRange(from: String(from), to: String(to))))
            }
            guard violations.isEmpty else { throw KPCSError.validation(violations) }
            if from == 0 { return [] }
            return try await Self.computeWithSubtrees(in: db) { subtree in
                try Merkle.consistencyProof(size1: from, size2: to, subtree: subtree)
            }
        }
    }

    /// A hash tile or entry bundle, or nil when the log is not that large (yet).
    public func tile(_ tile: TilePath) async throws -> [UInt8]? {
        try await database.read { db in
            let size = try await Self.logSize(in: db)
            let (first, last) = (tile.range.lowerBound, tile.range.upperBound)
            guard last <= UInt64(Int64.max) else { return nil }
            guard let level = tile.level else {
                guard last <= size else { return nil }
                var bundle: [UInt8] = []
                for row in try await db.raw(
                    """
                    SELECT data FROM log_entries WHERE idx >= \(bind: Int64(first)) AND idx < \(bind: Int64(last))\
                     ORDER BY idx
                    """
                ).all() {
                    let data = Array(try row.string("data").utf8)
                    guard data.count <= Int(UInt16.max) else {
                        throw StoreCorruption.badValue("log_entries", "entry over 65,535 bytes")
                    }
                    bundle += [UInt8(data.count >> 8), UInt8(data.count & 0xFF)] + data
                }
                return bundle
            }
            let treeLevel = level * TilePath.height
            guard treeLevel < 63, last <= size >> UInt64(treeLevel) else { return nil }
            let rows = try await db.raw(
                """
                SELECT hash FROM log_hashes WHERE level = \(bind: Int64(treeLevel)) AND idx >= \(bind: Int64(first))
                AND idx < \(bind: Int64(last)) ORDER BY idx
                """
            ).all()
            guard rows.count == tile.width else {
                throw StoreCorruption.badValue("log_hashes", "tile \(tile.path) incomplete")
            }
            return try rows.flatMap { row -> [UInt8] in
                guard let hash = Hex.decode(try row.string("hash")) else {
                    throw StoreCorruption.badValue("log_hashes", "hex")
                }
                return hash
            }
        }
    }

    /// The entries of the log from `start`, at most `limit`, with their bytes.
    public func entries(from start: UInt64, limit: Int) async throws -> [(index: UInt64, data: [UInt8])] {
        guard start <= UInt64(Int64.max), limit > 0 else { return [] }
        return try await database.read { db in
            try await db.raw(
                """
                SELECT idx, data FROM log_entries WHERE idx >= \(bind: Int64(start)) ORDER BY idx LIMIT\
                 \(literal: limit)
                """
            ).all().map { (UInt64(try $0.int("idx")), Array(try $0.string("data").utf8)) }
        }
    }

    /// Runs a Merkle computation over stored subtree hashes in two passes: the first records which hashes it needs,
    /// one query fetches them all, the second computes. A proof costs one query, not one per hash.
    static func computeWithSubtrees<T>(
        in db: any SQLDatabase, _ compute: (Merkle.SubtreeHash) throws -> T
    ) async throws -> T {
        var needed: [(Int, UInt64)] = []
        _ = try compute { level, index in
            needed.append((level, index))
            return Merkle.emptyRoot
        }
        let hashes = try await subtreeHashes(needed.map { (Int64($0.0), Int64($0.1)) }, in: db)
        return try compute { level, index in try hash(hashes, Int64(level), Int64(index)) }
    }

    /// The stored hashes of the complete subtrees at `nodes` (level, index), in queries of 200, keyed by
    /// ``subtreeKey(_:_:)``.
    static func subtreeHashes(
        _ nodes: [(level: Int64, index: Int64)], in db: any SQLDatabase
    ) async throws -> [String: Merkle.Hash] {
        var hashes: [String: Merkle.Hash] = [:]
        for start in stride(from: 0, to: nodes.count, by: 200) {
            let conditions: [SQLQueryString] = nodes[start..<min(start + 200, nodes.count)].map {
                "(level = \(bind: $0.level) AND idx = \(bind: $0.index))"
            }
            for row in try await db.raw(
                "SELECT level, idx, hash FROM log_hashes WHERE \(conditions.joined(separator: " OR "))"
            ).all() {
                guard let hash = Hex.decode(try row.string("hash")) else {
                    throw StoreCorruption.badValue("log_hashes", "hex")
                }
                hashes[subtreeKey(try row.int("level"), try row.int("idx"))] = hash
            }
        }
        return hashes
    }

    static func subtreeKey(_ level: Int64, _ index: Int64) -> String { "\(level)/\(index)" }

    /// One hash from what ``subtreeHashes(_:in:)`` found; a missing one means the tables disagree.
    static func hash(_ hashes: [String: Merkle.Hash], _ level: Int64, _ index: Int64) throws -> Merkle.Hash {
        guard let hash = hashes[subtreeKey(level, index)] else {
            throw StoreCorruption.badValue("log_hashes", "missing \(level)/\(index)")
        }
        return hash
    }
}
