import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Witness cosignatures: accepted from configured witnesses only, for a checkpoint this log really produced (same
/// origin, a size it has reached, the root it has at that size), and published beside the checkpoint of that tree.
extension LogStore {
    /// Stores the valid cosignatures of configured witnesses found in `note` (a checkpoint carrying them). Returns
    /// the witnesses' names; refuses a note with none.
    @discardableResult
    public func addCosignatures(_ note: String) async throws -> [String] {
        let signed: SignedNote
        let checkpoint: Checkpoint
        do {
            signed = try SignedNote(parsing: note)
            checkpoint = try Checkpoint(text: signed.text)
        } catch { throw KPCSError.invalid(LogMessage.cosignatureInvalid(reason: error.description)) }
        guard signed.text == checkpoint.text else {
            throw KPCSError.invalid(
                LogMessage.cosignatureInvalid(reason: "extension lines are not part of this log's checkpoints"))
        }
        guard checkpoint.origin == configuration.logOrigin else {
            throw KPCSError.invalid(LogMessage.cosignatureInvalid(reason: "origin \(checkpoint.origin)"))
        }
        let ours = try await database.read { db -> Merkle.Hash? in
            guard checkpoint.size <= (try await Self.logSize(in: db)) else { return nil }
            return try await Self.computeWithSubtrees(in: db) {
                try Merkle.rootHash(size: checkpoint.size, subtree: $0)
            }
        }
        guard let ours, ours == checkpoint.rootHash else {
            throw KPCSError.invalid(
                LogMessage.cosignatureInvalid(reason: "not a tree this log has (size \(checkpoint.size))"))
        }
        let witnesses = configuration.logWitnesses
        var accepted: [(String, SignedNote.Signature)] = []
        for signature in signed.signatures {
            guard let witness = witnesses.first(where: { $0.name == signature.keyName && $0.keyID == signature.keyID })
            else { continue }
            guard Cosignature.verify(signature, checkpointText: signed.text, witness: witness) != nil else {
                throw KPCSError.invalid(
                    LogMessage.cosignatureInvalid(reason: "the signature by \(witness.name) does not verify"))
            }
            accepted.append((witness.name, signature))
        }
        guard !accepted.isEmpty else {
            throw KPCSError.forbidden(
                LogMessage.witnessUnknown(names: signed.signatures.map(\.keyName).joined(separator: ", ")))
        }
        let now = Timestamp.string(self.now)
        let root = Hex.encode(checkpoint.rootHash)
        let toStore = accepted
        try await transaction { db in
            for (name, signature) in toStore {
                try await db.raw(
                    """
                    INSERT INTO log_cosignatures (size, root_hash, witness, signature, received_at)
                    VALUES (\(bind: Int64(checkpoint.size)), \(bind: root), \(bind: name),
                    \(bind: Data(signature.blob).base64EncodedString()), \(bind: now))
                    ON CONFLICT (size, root_hash, witness) DO UPDATE SET signature = excluded.signature, received_at =\
                     excluded.received_at
                    """
                ).run()
            }
        }
        return accepted.map(\.0)
    }

    /// The stored cosignatures of exactly this tree (size and root), by configured witnesses.
    func cosignatures(for checkpoint: Checkpoint) async throws -> [SignedNote.Signature] {
        let names = Set(configuration.logWitnesses.map(\.name))
        return try await database.read { db in
            try await db.raw(
                """
                SELECT witness, signature FROM log_cosignatures
                WHERE size = \(bind: Int64(checkpoint.size)) AND root_hash = \(bind: Hex.encode(checkpoint.rootHash))\
                 ORDER BY witness
                """
            ).all().compactMap { row in
                let name = try row.string("witness")
                guard names.contains(name), let blob = Data(base64Encoded: try row.string("signature")) else {
                    return nil
                }
                return SignedNote.Signature(keyName: name, blob: Array(blob))
            }
        }
    }
}
