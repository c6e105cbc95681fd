import KPCSCore
import KPCSSeal
import SQLKit

/// What a verifier needs offline to check that a certificate's events are in the log: a signed checkpoint and,
/// for each event, the entry and its inclusion path in that checkpoint's tree.
public struct CertificateProofBundle: Sendable {
    public var number: String
    public var checkpoint: Checkpoint
    public var checkpointNote: String
    public var leaves: [(index: UInt64, entry: [UInt8], proof: [Merkle.Hash])]
}

extension LogStore {
    /// The proof bundle of a certificate's events against the current checkpoint.
    public func certificateProof(_ number: String) async throws -> CertificateProofBundle {
        let number = CertificateNumber.normalized(number)
        let signed = try await signedCheckpoint()
        let size = signed.checkpoint.size
        let entries = try await database.read { db in
            try await db.raw(
                """
                SELECT idx, data FROM log_entries WHERE certificate_number = \(bind: number) AND idx <\
                 \(bind: Int64(size)) ORDER BY idx
                """
            ).all().map { (UInt64(try $0.int("idx")), Array(try $0.string("data").utf8)) }
        }
        var leaves: [(index: UInt64, entry: [UInt8], proof: [Merkle.Hash])] = []
        for (index, data) in entries {
            leaves.append((index, data, try await inclusionProof(leafIndex: index, treeSize: size)))
        }
        return CertificateProofBundle(
            number: number, checkpoint: signed.checkpoint, checkpointNote: signed.note, leaves: leaves)
    }
}
