import Crypto

/// C2SP tlog-cosignature, Ed25519 (signature type 0x04): a witness's timestamped statement that a checkpoint is the
/// largest consistent tree it has seen. Signed message: `cosignature/v1\ntime <t>\n` followed by the checkpoint text.
public enum Cosignature {
    public static let signatureType: UInt8 = 0x04

    static func message(_ checkpointText: String, timestamp: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(timestamp)\n\(checkpointText)".utf8)
    }

    /// The witness's signature line for a checkpoint.
    public static func sign(
        _ checkpointText: String, name: String, key: Curve25519.Signing.PrivateKey, timestamp: UInt64
    ) throws -> SignedNote.Signature {
        let verifier = NoteVerifierKey(
            name: name, publicKey: Array(key.publicKey.rawRepresentation), signatureType: signatureType)
        let signature = try key.signature(for: message(checkpointText, timestamp: timestamp))
        let time = withUnsafeBytes(of: timestamp.bigEndian) { Array($0) }
        return SignedNote.Signature(keyName: name, blob: verifier.keyIDBytes + time + Array(signature))
    }

    /// The cosignature's timestamp when `signature` is a valid cosignature by `witness` (a type 0x04 key) over
    /// `checkpointText`; nil otherwise.
    public static func verify(
        _ signature: SignedNote.Signature, checkpointText: String, witness: NoteVerifierKey
    ) -> UInt64? {
        guard witness.signatureType == signatureType, signature.keyName == witness.name,
            signature.keyID == witness.keyID,
            signature.blob.count == 4 + 8 + 64,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: witness.publicKey)
        else { return nil }
        let timestamp = signature.blob[4..<12].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard timestamp < 1 << 63,
            key.isValidSignature(Array(signature.blob[12...]), for: message(checkpointText, timestamp: timestamp))
        else { return nil }
        return timestamp
    }
}
