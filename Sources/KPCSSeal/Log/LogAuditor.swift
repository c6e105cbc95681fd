/// A monitor's check of a tiled log, from its public files alone: the checkpoint's signature, every entry bundle
/// and hash tile against each other, the root recomputed from the entries, each entry against `LogEntrySchema`
/// (only public members), and consistency with the checkpoint seen last time. Knows nothing of HTTP: it reads
/// through `fetch`, given a path below the log's prefix.
public struct LogAuditor: Sendable {
    /// Fetches `checkpoint` or `tile/…`; nil when the resource does not exist.
    public typealias Fetch = @Sendable (String) async throws -> [UInt8]?

    public let key: NoteVerifierKey
    public let fetch: Fetch
    /// The largest log this monitor checks: it keeps every leaf hash in memory (32 bytes each), so a checkpoint that
    /// claims more, honest or not, is reported rather than followed.
    public static let maximumSize: UInt64 = 1 << 32
    /// How many entries breaking ``LogEntrySchema`` a report names; the rest are counted.
    public static let listedEntryProblems = 10

    public init(key: NoteVerifierKey, fetch: @escaping Fetch) {
        self.key = key
        self.fetch = fetch
    }

    /// What the audit found. `problems` empty means the log is sound and consistent with `previous`.
    public struct Report: Sendable {
        public var checkpoint: Checkpoint?
        /// The signed note as fetched, to keep as the next audit's `previous`.
        public var note: String?
        public var problems: [String]
        public var isSound: Bool { problems.isEmpty }
    }

    public func audit(previous: Checkpoint?) async throws -> Report {
        guard let noteBytes = try await fetch("checkpoint") else {
            return Report(checkpoint: nil, note: nil, problems: ["the log serves no checkpoint"])
        }
        let note = String(decoding: noteBytes, as: UTF8.self)
        let checkpoint: Checkpoint
        do { checkpoint = try Checkpoint.open(note, key: key).checkpoint } catch {
            return Report(
                checkpoint: nil, note: note, problems: ["the checkpoint is not signed by \(key.name): \(error)"])
        }
        var problems: [String] = []
        let size = checkpoint.size
        guard size <= Self.maximumSize else {
            return Report(
                checkpoint: checkpoint, note: note,
                problems: ["the checkpoint claims \(size) entries, more than this monitor checks (\(Self.maximumSize))"]
            )
        }
        var leafHashes: [Merkle.Hash] = []
        var badEntries = 0
        leafHashes.reserveCapacity(Int(min(size, 50_000_000)))
        for bundle in TilePath.tiles(level: nil, treeSize: size) {
            guard let bytes = try await fetch(bundle.path) else {
                problems.append("\(bundle.path) is missing: entries \(bundle.index * 256)… cannot be checked")
                return Report(checkpoint: checkpoint, note: note, problems: problems)
            }
            guard let entries = Self.entries(in: bytes), entries.count == bundle.width else {
                problems.append("\(bundle.path) does not hold \(bundle.width) well-formed entries")
                return Report(checkpoint: checkpoint, note: note, problems: problems)
            }
            leafHashes += entries.map { Merkle.leafHash($0) }
            for (offset, entry) in entries.enumerated() {
                guard let problem = LogEntrySchema.problem(in: entry) else { continue }
                badEntries += 1
                if badEntries <= Self.listedEntryProblems {
                    problems.append("entry \(bundle.index * 256 + UInt64(offset)) \(problem)")
                }
            }
        }
        if badEntries > Self.listedEntryProblems {
            problems.append("\(badEntries - Self.listedEntryProblems) more entries break the entry rules")
        }
        problems += try await checkHashTiles(leafHashes, size: size)
        let root = Merkle.root(ofLeafHashes: leafHashes)
        if root != checkpoint.rootHash {
            problems.append("the entries do not give the signed root hash: an entry was rewritten, removed or added")
        }
        if let previous {
            if previous.origin != checkpoint.origin {
                problems.append("the log's origin changed from \(previous.origin) to \(checkpoint.origin)")
            } else if size < previous.size {
                problems.append("the log shrank from \(previous.size) to \(size) entries: entries were removed")
            } else if Merkle.root(ofLeafHashes: Array(leafHashes.prefix(Int(previous.size)))) != previous.rootHash {
                problems.append(
                    """
                    fork: the first \(previous.size) entries no longer give the root of the checkpoint seen before;\
                     history was rewritten
                    """
                )
            }
        }
        return Report(checkpoint: checkpoint, note: note, problems: problems)
    }

    /// Every hash tile of the tree against the hashes recomputed from the entries.
    func checkHashTiles(_ leafHashes: [Merkle.Hash], size: UInt64) async throws -> [String] {
        var problems: [String] = []
        var level = 0
        var hashes = leafHashes
        while !hashes.isEmpty {
            for tile in TilePath.tiles(level: level, treeSize: size) {
                let start = Int(tile.index) * 256
                let expected = hashes[start..<(start + tile.width)].flatMap { $0 }
                guard let served = try await fetch(tile.path) else {
                    problems.append("\(tile.path) is missing")
                    continue
                }
                if served != expected { problems.append("\(tile.path) does not match the entries") }
            }
            // The next tile level holds the roots of complete groups of 256 hashes of this one.
            hashes = stride(from: 0, to: hashes.count - hashes.count % 256, by: 256).map {
                Merkle.root(ofLeafHashes: Array(hashes[$0..<($0 + 256)]))
            }
            level += 1
        }
        return problems
    }

    /// Splits an entry bundle (big-endian uint16 length, then the entry); nil when it is malformed.
    public static func entries(in bundle: [UInt8]) -> [[UInt8]]? {
        var entries: [[UInt8]] = []
        var position = 0
        while position < bundle.count {
            guard position + 2 <= bundle.count else { return nil }
            let length = Int(bundle[position]) << 8 | Int(bundle[position + 1])
            position += 2
            guard position + length <= bundle.count else { return nil }
            entries.append(Array(bundle[position..<(position + length)]))
            position += length
        }
        return entries
    }
}
