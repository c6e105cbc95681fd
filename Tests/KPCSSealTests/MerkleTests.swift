import Foundation
import KPCSSeal
import Testing

/// RFC 9162 hashing and proofs against transparency-dev/merkle's vectors (shared/testvectors/merkle, Apache-2.0,
/// copied into Resources/merkle), the 8-leaf reference tree, and our own proofs for every pair of sizes up to 70.
@Suite struct MerkleTests {
    static let folder =
        Bundle.module.url(forResource: "merkle", withExtension: nil, subdirectory: "Resources")
        ?? URL(fileURLWithPath: "/missing-merkle-vectors")

    static func files(_ kind: String) throws -> [URL] {
        let root = folder.appendingPathComponent(kind)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }.sorted {
            $0.path < $1.path
        }
    }

    static func object(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func bytes(_ value: Any?) -> [UInt8] { Array(Data(base64Encoded: value as? String ?? "") ?? Data()) }
    static func list(_ value: Any?) -> [[UInt8]] { (value as? [String] ?? []).map { bytes($0) } }
    static func size(_ value: Any?) -> UInt64 { (value as? NSNumber)?.uint64Value ?? 0 }
    static func hex(_ text: String) -> [UInt8] {
        stride(from: 0, to: text.count, by: 2).map { offset in
            let start = text.index(text.startIndex, offsetBy: offset)
            return UInt8(text[start..<text.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
    }

    @Test func everyInclusionVectorGivesItsExpectedAnswer() throws {
        let files = try Self.files("inclusion")
        #expect(files.count == 98)
        for file in files {
            let vector = try Self.object(file)
            let valid = Merkle.verifyInclusion(
                leafIndex: Self.size(vector["leafIdx"]), treeSize: Self.size(vector["treeSize"]),
                leafHash: Self.bytes(vector["leafHash"]), proof: Self.list(vector["proof"]),
                root: Self.bytes(vector["root"]))
            #expect(
                valid == !(vector["wantErr"] as? Bool ?? true),
                "\(file.lastPathComponent) in \(file.deletingLastPathComponent().lastPathComponent)")
        }
    }

    @Test func everyConsistencyVectorGivesItsExpectedAnswer() throws {
        let files = try Self.files("consistency")
        #expect(files.count == 98)
        for file in files {
            let vector = try Self.object(file)
            let valid = Merkle.verifyConsistency(
                size1: Self.size(vector["size1"]), size2: Self.size(vector["size2"]),
                root1: Self.bytes(vector["root1"]),
                root2: Self.bytes(vector["root2"]), proof: Self.list(vector["proof"]))
            #expect(
                valid == !(vector["wantErr"] as? Bool ?? true),
                "\(file.lastPathComponent) in \(file.deletingLastPathComponent().lastPathComponent)")
        }
    }

    @Test func theReferenceTreeHasItsRootsForSizesZeroToEight() throws {
        let tree = try Self.object(Self.folder.appendingPathComponent("reference-tree.json"))
        let inputs = (tree["leaf_inputs_hex"] as? [String] ?? []).map(Self.hex)
        let leafHashes = inputs.map { Merkle.leafHash($0) }
        #expect(leafHashes == (tree["leaf_hashes_hex"] as? [String] ?? []).map(Self.hex))
        #expect(Merkle.emptyRoot == Self.hex(tree["empty_root_hex"] as? String ?? ""))
        let roots = ((tree["root_hashes_hex"] as? [String: Any])?["by_size"] as? [String] ?? []).map(Self.hex)
        #expect(roots.count == 9)
        let levels = ((tree["node_hashes_hex"] as? [String: Any])?["levels"] as? [[String]] ?? []).map {
            $0.map(Self.hex)
        }
        let subtree = { (level: Int, index: UInt64) -> Merkle.Hash in levels[level][Int(index)] }
        for size in 0...8 {
            #expect(Merkle.root(ofLeafHashes: Array(leafHashes.prefix(size))) == roots[size], "direct, size \(size)")
            #expect(Merkle.root(ofEntries: Array(inputs.prefix(size))) == roots[size], "from the entries, size \(size)")
            #expect(Merkle.rootHash(size: UInt64(size), subtree: subtree) == roots[size], "from subtrees, size \(size)")
        }
    }

    @Test func generatedProofsMatchTheVectorsHappyPaths() throws {
        let tree = try Self.object(Self.folder.appendingPathComponent("reference-tree.json"))
        let levels = ((tree["node_hashes_hex"] as? [String: Any])?["levels"] as? [[String]] ?? []).map {
            $0.map(Self.hex)
        }
        let subtree = { (level: Int, index: UInt64) -> Merkle.Hash in levels[level][Int(index)] }
        for kind in ["inclusion", "consistency"] {
            for file in try Self.files(kind) where file.lastPathComponent == "happy-path.json" {
                let vector = try Self.object(file)
                if kind == "inclusion" {
                    let proof = Merkle.inclusionProof(
                        index: Self.size(vector["leafIdx"]), size: Self.size(vector["treeSize"]), subtree: subtree)
                    #expect(
                        proof == Self.list(vector["proof"]), "\(file.deletingLastPathComponent().lastPathComponent)")
                } else {
                    let proof = Merkle.consistencyProof(
                        size1: Self.size(vector["size1"]), size2: Self.size(vector["size2"]), subtree: subtree)
                    #expect(
                        proof == Self.list(vector["proof"]), "\(file.deletingLastPathComponent().lastPathComponent)")
                }
            }
        }
    }

    /// kpcs's policy where RFC 9162 is silent (rule (b) of the shared/testvectors/merkle README, as C2SP tlog-witness
    /// needs): from the empty tree only an empty proof, with the empty-tree root; equal sizes need equal roots and no
    /// proof.
    @Test func consistencyFromTheEmptyTreeNeedsAnEmptyProof() {
        let one = Merkle.leafHash([1])
        #expect(
            Merkle.verifyConsistency(size1: 0, size2: 0, root1: Merkle.emptyRoot, root2: Merkle.emptyRoot, proof: []))
        #expect(Merkle.verifyConsistency(size1: 0, size2: 1, root1: Merkle.emptyRoot, root2: one, proof: []))
        #expect(Merkle.verifyConsistency(size1: 0, size2: 7, root1: Merkle.emptyRoot, root2: one, proof: []))
        #expect(
            !Merkle.verifyConsistency(size1: 0, size2: 1, root1: Merkle.emptyRoot, root2: one, proof: [one]),
            "a non-empty proof from 0")
        #expect(!Merkle.verifyConsistency(size1: 0, size2: 0, root1: Merkle.emptyRoot, root2: one, proof: []))
        #expect(
            !Merkle.verifyConsistency(size1: 0, size2: 1, root1: one, root2: one, proof: []),
            "root1 not the empty tree's")
        #expect(!Merkle.verifyConsistency(size1: 0, size2: 1, root1: Merkle.emptyRoot, root2: [1, 2], proof: []))
        #expect(Merkle.verifyConsistency(size1: 1, size2: 1, root1: one, root2: one, proof: []))
        #expect(!Merkle.verifyConsistency(size1: 1, size2: 1, root1: one, root2: one, proof: [one]))
        #expect(!Merkle.verifyConsistency(size1: 2, size2: 1, root1: one, root2: one, proof: []))
    }

    /// Every inclusion proof of every leaf and every consistency proof between every pair of sizes up to 70,
    /// generated from subtree hashes and checked by the RFC verifiers; each one also fails when altered.
    @Test func ownProofsVerifyForEveryShapeUpTo70() {
        let leaves = (0..<70).map { Merkle.leafHash([UInt8(truncatingIfNeeded: $0), 0x4B]) }
        var levels: [[Merkle.Hash]] = [leaves]
        while levels.last!.count > 1 {
            let below = levels.last!
            levels.append(stride(from: 0, to: below.count - 1, by: 2).map { Merkle.nodeHash(below[$0], below[$0 + 1]) })
        }
        let subtree = { (level: Int, index: UInt64) -> Merkle.Hash in levels[level][Int(index)] }
        let roots = (0...70).map { Merkle.root(ofLeafHashes: Array(leaves.prefix($0))) }
        for size in 1...70 {
            #expect(Merkle.rootHash(size: UInt64(size), subtree: subtree) == roots[size])
            for index in 0..<size {
                let proof = Merkle.inclusionProof(index: UInt64(index), size: UInt64(size), subtree: subtree)
                #expect(
                    Merkle.verifyInclusion(
                        leafIndex: UInt64(index), treeSize: UInt64(size), leafHash: leaves[index], proof: proof,
                        root: roots[size]))
                #expect(
                    !Merkle.verifyInclusion(
                        leafIndex: UInt64(index), treeSize: UInt64(size), leafHash: leaves[(index + 1) % 70],
                        proof: proof, root: roots[size]))
            }
            for older in 1...size {
                let proof = Merkle.consistencyProof(size1: UInt64(older), size2: UInt64(size), subtree: subtree)
                #expect(
                    Merkle.verifyConsistency(
                        size1: UInt64(older), size2: UInt64(size), root1: roots[older], root2: roots[size], proof: proof
                    ), "\(older) → \(size)")
                if older < size {
                    #expect(
                        !Merkle.verifyConsistency(
                            size1: UInt64(older), size2: UInt64(size), root1: roots[older], root2: roots[size - 1],
                            proof: proof))
                }
            }
        }
    }
}
