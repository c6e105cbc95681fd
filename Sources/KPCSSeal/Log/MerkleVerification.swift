/// Proof verification exactly as RFC 9162 §2.1.3.2 and §2.1.4.2 write it. Any malformed input is a plain `false`.
extension Merkle {
    /// An inclusion proof also needs every hash to be 32 bytes (SHA-256), as transparency-dev/merkle checks.
    public static func verifyInclusion(
        leafIndex: UInt64, treeSize: UInt64, leafHash: Hash, proof: [Hash], root: Hash
    ) -> Bool {
        guard leafIndex < treeSize, leafHash.count == 32, root.count == 32, proof.allSatisfy({ $0.count == 32 }) else {
            return false
        }
        var fn = leafIndex
        var sn = treeSize - 1
        var r = leafHash
        for p in proof {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                r = nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && r == root
    }

    /// Where the RFC is silent, kpcs follows C2SP tlog-witness (rule (b) of shared/testvectors/merkle): the empty
    /// tree (size1 = 0, root1 the empty-tree hash) is consistent with any tree through an empty proof only, so a
    /// witness that has seen nothing can add its first checkpoint; a non-empty proof from 0 is refused. Equal sizes
    /// need equal roots and an empty proof.
    public static func verifyConsistency(size1: UInt64, size2: UInt64, root1: Hash, root2: Hash, proof: [Hash]) -> Bool
    {
        guard size1 <= size2 else { return false }
        if size1 == 0 {
            return proof.isEmpty && root1 == emptyRoot && (size2 == 0 ? root2 == emptyRoot : root2.count == 32)
        }
        if size1 == size2 { return proof.isEmpty && root1 == root2 }
        guard !proof.isEmpty else { return false }
        var path = proof
        if size1 & (size1 - 1) == 0 { path.insert(root1, at: 0) }
        var fn = size1 - 1
        var sn = size2 - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                fr = nodeHash(c, fr)
                sr = nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == root1 && sr == root2 && sn == 0
    }
}
