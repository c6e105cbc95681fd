/// Huffman codes for deflate's dynamic blocks.
extension Deflate {
    /// Huffman code lengths for `frequencies`, none longer than `limit`, forming a complete code: at least two
    /// symbols get a code (unused ones are added when fewer are used), as zlib's decoder requires.
    static func codeLengths(_ frequencies: [Int], limit: Int) -> [Int] {
        var weights = frequencies
        var usedCount = weights.filter { $0 > 0 }.count
        for index in weights.indices where usedCount < 2 && weights[index] == 0 {
            weights[index] = 1
            usedCount += 1
        }
        // Huffman's construction with two queues: the leaves sorted by weight, then the merged nodes, which come
        // out in order of weight. Each node's parent has a higher index, so depths follow from the root down.
        let leaves = weights.indices.filter { weights[$0] > 0 }.sorted { (weights[$0], $0) < (weights[$1], $1) }
        var nodeWeights = leaves.map { weights[$0] }
        var parents = [Int](repeating: -1, count: 2 * leaves.count)
        var nextLeaf = 0
        var nextMerged = leaves.count
        func take() -> Int {
            let takeLeaf =
                nextLeaf < leaves.count
                && (nextMerged >= nodeWeights.count || nodeWeights[nextLeaf] <= nodeWeights[nextMerged])
            defer { if takeLeaf { nextLeaf += 1 } else { nextMerged += 1 } }
            return takeLeaf ? nextLeaf : nextMerged
        }
        while nodeWeights.count < 2 * leaves.count - 1 {
            let first = take()
            let second = take()
            parents[first] = nodeWeights.count
            parents[second] = nodeWeights.count
            nodeWeights.append(nodeWeights[first] + nodeWeights[second])
        }
        var depths = [Int](repeating: 0, count: nodeWeights.count)
        for node in stride(from: nodeWeights.count - 2, through: 0, by: -1) {
            depths[node] = depths[parents[node]] + 1
        }
        var lengths = [Int](repeating: 0, count: weights.count)
        for (index, symbol) in leaves.enumerated() {
            lengths[symbol] = depths[index]
        }
        guard lengths.contains(where: { $0 > limit }) else { return lengths }
        // Clamp, then restore Kraft's equality: sum of 2^(limit - length) over used symbols == 2^limit.
        let used = lengths.indices.filter { lengths[$0] > 0 }
        for symbol in used { lengths[symbol] = min(lengths[symbol], limit) }
        let full = 1 << limit
        var kraft = used.reduce(0) { $0 + (1 << (limit - lengths[$1])) }
        while kraft > full {
            // Lengthen the longest code that can grow, the rarest symbol first.
            guard
                let symbol = used.filter({ lengths[$0] < limit }).max(by: {
                    (lengths[$0], -weights[$0]) < (lengths[$1], -weights[$1])
                })
            else { break }
            kraft -= 1 << (limit - lengths[symbol] - 1)
            lengths[symbol] += 1
        }
        while kraft < full {
            // Shorten the longest code whose shortening still fits, the most frequent symbol first.
            guard
                let symbol = used.filter({ lengths[$0] > 1 && kraft + (1 << (limit - lengths[$0])) <= full }).max(by: {
                    (lengths[$0], weights[$0]) < (lengths[$1], weights[$1])
                })
            else { break }
            kraft += 1 << (limit - lengths[symbol])
            lengths[symbol] -= 1
        }
        return lengths
    }

    /// Canonical Huffman codes for code lengths (RFC 1951, 3.2.2).
    static func canonicalCodes(_ lengths: [Int]) -> [Int] {
        let longest = lengths.max() ?? 0
        var counts = [Int](repeating: 0, count: longest + 1)
        for length in lengths where length > 0 { counts[length] += 1 }
        var next = [Int](repeating: 0, count: longest + 2)
        var code = 0
        for bits in stride(from: 1, through: longest, by: 1) {
            code = (code + counts[bits - 1]) << 1
            next[bits] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            defer { next[length] += 1 }
            return next[length]
        }
    }
}
