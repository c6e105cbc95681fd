import Foundation

/// A C2SP tlog-checkpoint: the origin line, the tree size and the base64 root hash, each on its own line.
public struct Checkpoint: Sendable, Equatable {
    public var origin: String
    public var size: UInt64
    public var rootHash: Merkle.Hash

    public init(origin: String, size: UInt64, rootHash: Merkle.Hash) {
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
    }

    /// The note text: `<origin>\n<size>\n<base64 root>\n`.
    public var text: String { "\(origin)\n\(size)\n\(Data(rootHash).base64EncodedString())\n" }

    /// Reads a checkpoint from a note's text; extension lines after the third are allowed and ignored.
    public init(text: String) throws(NoteError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines.last == "", !lines[0].isEmpty,
            let size = UInt64(lines[1]), String(size) == lines[1],
            let root = Data(base64Encoded: String(lines[2])), root.count == 32
        else { throw .malformed("not a checkpoint (origin, size, root hash)") }
        self.init(origin: String(lines[0]), size: size, rootHash: Array(root))
    }

    /// Parses and verifies a signed checkpoint against the log's key; the origin must be the key's name.
    public static func open(
        _ note: String, key: NoteVerifierKey
    ) throws(NoteError) -> (checkpoint: Checkpoint, note: SignedNote) {
        let signed = try SignedNote(parsing: note)
        try key.verify(signed)
        let checkpoint = try Checkpoint(text: signed.text)
        guard checkpoint.origin == key.name else {
            throw .malformed("origin \(checkpoint.origin) is not the log \(key.name)")
        }
        return (checkpoint, signed)
    }
}
