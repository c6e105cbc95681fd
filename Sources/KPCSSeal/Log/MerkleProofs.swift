/// Proof generation (RFC 9162 §2.1.3.1 and §2.1.4.1) over any store of complete-subtree hashes, and the tree's
/// root. `subtree(level, index)` must give the hash of the complete subtree of 2^level leaves starting at leaf
/// `index · 2^level`; the store keeps exactly those, so every hash here costs one lookup.
extension Merkle {
    public typealias SubtreeHash = (_ level: Int, _ index: UInt64) throws -> Hash

    /// MTH(D[start ..< start + count]) from complete subtrees: one lookup when the range is one of them, else the
    /// RFC's split into a complete left part and the rest.
    public static func rangeHash(start: UInt64, count: UInt64, subtree: SubtreeHash) rethrows -> Hash {
        if count == 0 { return emptyRoot }
        if count & (count - 1) == 0 && start % count == 0 {
            return try subtree(count.trailingZeroBitCount, start / count)
        }
        let k = split(count)
        return nodeHash(
            try rangeHash(start: start, count: k, subtree: subtree),
            try rangeHash(start: start + k, count: count - k, subtree: subtree))
    }

    /// The root of a tree of `size` leaves.
    public static func rootHash(size: UInt64, subtree: SubtreeHash) rethrows -> Hash {
        try rangeHash(start: 0, count: size, subtree: subtree)
    }

    /// The audit path of leaf `index` in a tree of `size` leaves, from the leaf up. Needs index < size.
    public static func inclusionProof(index: UInt64, size: UInt64, subtree: SubtreeHash) rethrows -> [Hash] {
        var proof: [Hash] = []
        var start: UInt64 = 0
        var count = size
        var m = index
        // Walk down from the root, collecting the sibling of each step; reversed at the end (leaf first).
        while count > 1 {
            let k = split(count)
            if m < k {
                proof.append(try rangeHash(start: start + k, count: count - k, subtree: subtree))
                count = k
            } else {
                proof.append(try rangeHash(start: start, count: k, subtree: subtree))
                start += k
                m -= k
                count -= k
            }
        }
        return proof.reversed()
    }

    /// The consistency proof between the trees of `size1` and `size2` leaves (0 < size1 ≤ size2).
    public static func consistencyProof(size1: UInt64, size2: UInt64, subtree: SubtreeHash) rethrows -> [Hash] {
        guard size1 > 0, size1 < size2 else { return [] }
        var proof: [Hash] = []
        var start: UInt64 = 0
        var count = size2
        var m = size1
        var complete = true
        while m != count {
            let k = split(count)
            if m <= k {
                proof.append(try rangeHash(start: start + k, count: count - k, subtree: subtree))
                count = k
            } else {
                proof.append(try rangeHash(start: start, count: k, subtree: subtree))
                start += k
                m -= k
                count -= k
                complete = false
            }
        }
        if !complete { proof.append(try rangeHash(start: start, count: count, subtree: subtree)) }
        return proof.reversed()
    }
}
