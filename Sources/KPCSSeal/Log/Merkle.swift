import Crypto

/// RFC 9162 (RFC 6962) Merkle tree hashing with SHA-256: leaf hash `SHA-256(0x00 ‖ data)`, node hash
/// `SHA-256(0x01 ‖ left ‖ right)`, and the empty tree's hash `SHA-256()`.
public enum Merkle {
    /// A hash: 32 bytes for everything kpcs makes; verifiers accept other lengths and simply fail to match.
    public typealias Hash = [UInt8]

    /// The root of the empty tree: SHA-256 of nothing.
    public static let emptyRoot: Hash = Array(SHA256.hash(data: [UInt8]()))

    public static func leafHash(_ data: [UInt8]) -> Hash {
        var hasher = SHA256()
        hasher.update(data: [0x00])
        hasher.update(data: data)
        return Array(hasher.finalize())
    }

    public static func nodeHash(_ left: Hash, _ right: Hash) -> Hash {
        var hasher = SHA256()
        hasher.update(data: [0x01])
        hasher.update(data: left)
        hasher.update(data: right)
        return Array(hasher.finalize())
    }

    /// The largest power of two smaller than `n` (for n > 1): where RFC 9162 splits a tree of n leaves.
    static func split(_ n: UInt64) -> UInt64 {
        var k: UInt64 = 1
        while k << 1 < n { k <<= 1 }
        return k
    }

    /// MTH over the entries themselves: leaf hashes go straight into one flat buffer (a scratch copy of
    /// `0x00 ‖ entry`, hashed in one call), then the tree is reduced in place. No allocation per leaf or node.
    public static func root(ofEntries entries: [[UInt8]]) -> Hash {
        guard !entries.isEmpty else { return emptyRoot }
        var flat = [UInt8](repeating: 0, count: entries.count * 32)
        var scratch = [UInt8](repeating: 0, count: (entries.map(\.count).max() ?? 0) + 1)
        flat.withUnsafeMutableBytes { level in
            scratch.withUnsafeMutableBytes { leaf in
                for (index, entry) in entries.enumerated() {
                    entry.withUnsafeBytes { bytes in
                        if bytes.count > 0 {
                            leaf.baseAddress!.advanced(by: 1).copyMemory(
                                from: bytes.baseAddress!, byteCount: bytes.count)
                        }
                    }
                    let digest = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: leaf[0..<(entry.count + 1)]))
                    digest.withUnsafeBytes { bytes in
                        level.baseAddress!.advanced(by: index * 32).copyMemory(from: bytes.baseAddress!, byteCount: 32)
                    }
                }
            }
        }
        return reduce(&flat, count: entries.count)
    }

    /// MTH over `leafHashes` (each 32 bytes; otherwise the answer is empty, which matches no root), computed level by
    /// level in one flat buffer: no allocation per node, so a million leaves cost little more than hashing them.
    public static func root(ofLeafHashes leafHashes: [Hash]) -> Hash {
        guard !leafHashes.isEmpty else { return emptyRoot }
        guard leafHashes.allSatisfy({ $0.count == 32 }) else { return [] }
        var flat = [UInt8]()
        flat.reserveCapacity(leafHashes.count * 32)
        for hash in leafHashes { flat.append(contentsOf: hash) }
        return reduce(&flat, count: leafHashes.count)
    }

    /// Reduces `count` 32-byte hashes laid end to end in `flat` to their MTH, in place.
    static func reduce(_ flat: inout [UInt8], count leaves: Int) -> Hash {
        var count = leaves
        var scratch = [UInt8](repeating: 0, count: 65)
        scratch[0] = 0x01
        flat.withUnsafeMutableBytes { level in
            scratch.withUnsafeMutableBytes { node in
                while count > 1 {
                    var written = 0
                    var index = 0
                    while index + 1 < count {
                        // Left and right sit side by side: one 64-byte copy after the 0x01 prefix.
                        node.baseAddress!.advanced(by: 1).copyMemory(
                            from: level.baseAddress!.advanced(by: index * 32), byteCount: 64)
                        let digest = SHA256.hash(data: UnsafeRawBufferPointer(node))
                        digest.withUnsafeBytes { bytes in
                            level.baseAddress!.advanced(by: written * 32).copyMemory(
                                from: bytes.baseAddress!, byteCount: 32)
                        }
                        written += 1
                        index += 2
                    }
                    if index < count {
                        level.baseAddress!.advanced(by: written * 32).copyMemory(
                            from: level.baseAddress!.advanced(by: index * 32), byteCount: 32)
                        written += 1
                    }
                    count = written
                }
            }
        }
        return Array(flat[0..<32])
    }
}
