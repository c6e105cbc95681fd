import Foundation

/// The offline proof that a certificate's events are in the public log (`GET /api/v1/certificates/{n}/proof`): a
/// signed checkpoint and each event's entry with its inclusion path. Checked beside the seal by `kpcs verify`.
public struct ProofBundle: Sendable {
    public var number: String
    public var checkpointNote: String
    public var leaves: [(index: UInt64, entry: [UInt8], proof: [Merkle.Hash])]

    /// Reads the bundle's JSON.
    public init(json bytes: [UInt8]) throws(NoteError) {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { throw .malformed("the proof bundle is not JSON: \(error)") }
        guard let number = value["number"]?.stringValue, let note = value["checkpoint"]?.stringValue,
            let items = value["leaves"]?.arrayValue
        else { throw .malformed("the proof bundle lacks number, checkpoint or leaves") }
        var leaves: [(index: UInt64, entry: [UInt8], proof: [Merkle.Hash])] = []
        for item in items {
            guard let index = item["index"]?.integerValue, index >= 0, let entry = item["entry"]?.stringValue,
                let path = item["proof"]?.arrayValue
            else { throw .malformed("a leaf lacks index, entry or proof") }
            var proof: [Merkle.Hash] = []
            for element in path {
                guard let text = element.stringValue, let hash = Data(base64Encoded: text) else {
                    throw .malformed("a proof hash is not base64")
                }
                proof.append(Array(hash))
            }
            leaves.append((UInt64(index), Array(entry.utf8), proof))
        }
        self.number = number
        self.checkpointNote = note
        self.leaves = leaves
    }

    /// What the bundle proves about a seal: the events found in the log, or why it proves nothing.
    public struct Outcome: Sendable, Equatable {
        public var checkpoint: Checkpoint?
        /// The events (`certificate.issued`, …) proven to be in the log, with their leaf index.
        public var events: [(event: String, index: UInt64)]
        public var problem: String?

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.checkpoint == rhs.checkpoint && lhs.problem == rhs.problem
                && lhs.events.map(\.index) == rhs.events.map(\.index)
        }
    }

    /// Checks the checkpoint's signature, every inclusion path, and that the logged issue carries this very seal.
    public func check(seal: String, number: String, logKey: NoteVerifierKey) -> Outcome {
        let checkpoint: Checkpoint
        do { checkpoint = try Checkpoint.open(checkpointNote, key: logKey).checkpoint } catch {
            return Outcome(checkpoint: nil, events: [], problem: "the checkpoint does not verify: \(error)")
        }
        guard self.number == number else {
            return Outcome(
                checkpoint: checkpoint, events: [], problem: "the bundle is for \(self.number), not \(number)")
        }
        var events: [(event: String, index: UInt64)] = []
        var sealLogged = false
        for leaf in leaves {
            guard
                Merkle.verifyInclusion(
                    leafIndex: leaf.index, treeSize: checkpoint.size, leafHash: Merkle.leafHash(leaf.entry),
                    proof: leaf.proof,
                    root: checkpoint.rootHash)
            else {
                return Outcome(
                    checkpoint: checkpoint, events: events, problem: "leaf \(leaf.index) is not in the signed tree")
            }
            guard let entry = try? JSONParser.parse(leaf.entry), entry["no"]?.stringValue == number,
                let event = entry["event"]?.stringValue
            else {
                return Outcome(
                    checkpoint: checkpoint, events: events, problem: "leaf \(leaf.index) is not about \(number)")
            }
            if event == "certificate.issued" {
                sealLogged = entry["seal_sha256"]?.stringValue == LogEntry.sha256Hex(seal)
            }
            events.append((event, leaf.index))
        }
        guard sealLogged else {
            return Outcome(checkpoint: checkpoint, events: events, problem: "the logged issue does not carry this seal")
        }
        return Outcome(checkpoint: checkpoint, events: events, problem: nil)
    }
}
