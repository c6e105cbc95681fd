import Crypto

/// RFC 9162 (RFC 6962) Merkle tree hashing with SHA-256: leaf hash `SHA-256(0x00 ‖ data)`, node hash
/// `SHA-256(0x01 ‖ left ‖ right)`, and the empty tree's hash `SHA-256()`.
public enum Merkle {
    /// A hash: 32 bytes for everything kpcs makes; verifiers accept other lengths and simply fail to match.
    public typealias Hash = [UInt8]

    /// The root of the empty tree: SHA-256 of nothing.
    public static let emptyRoot: Hash = Array(SHA256.hash(data: [UInt8]()))

    public static func leafHash<Bytes: Sequence>(_ data: Bytes) -> Hash where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(data: [0x00])
        hasher.update(data: Array(data))
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

    /// MTH over `leafHashes`, computed directly: for tests and small trees.
    public static func root(ofLeafHashes leafHashes: [Hash]) -> Hash {
        guard !leafHashes.isEmpty else { return emptyRoot }
        var level = leafHashes
        while level.count > 1 {
            var next: [Hash] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index + 1 < level.count {
                next.append(nodeHash(level[index], level[index + 1]))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level[0]
    }
}
