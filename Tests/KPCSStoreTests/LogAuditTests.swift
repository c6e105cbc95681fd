import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import KPCSTestSupport
import Testing

@testable import KPCSStore

/// The monitor (`kpcs log audit`'s code) against the store's static export, and against logs that lie: a rewritten
/// entry, a removed entry, a forked checkpoint, a bad signature.
@Suite struct LogAuditTests {
    final class Files: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: [UInt8]]
        init(_ files: [String: [UInt8]]) { self.files = files }
        subscript(path: String) -> [UInt8]? {
            get { lock.withLock { files[path] } }
            set { lock.withLock { files[path] = newValue } }
        }
        var all: [String: [UInt8]] { lock.withLock { files } }
    }

    /// The tlog-tiles files of a log holding `entries`, built here from scratch (not by the store).
    static func files(
        _ entries: [[UInt8]], origin: String, key: Curve25519.Signing.PrivateKey
    ) throws -> [String: [UInt8]] {
        let size = UInt64(entries.count)
        var files: [String: [UInt8]] = [:]
        var hashes = entries.map { Merkle.leafHash($0) }
        for bundle in TilePath.tiles(level: nil, treeSize: size) {
            let start = Int(bundle.index) * 256
            files[bundle.path] = entries[start..<(start + bundle.width)].flatMap {
                [UInt8($0.count >> 8), UInt8($0.count & 0xFF)] + $0
            }
        }
        var level = 0
        while !hashes.isEmpty {
            for tile in TilePath.tiles(level: level, treeSize: size) {
                let start = Int(tile.index) * 256
                files[tile.path] = hashes[start..<(start + tile.width)].flatMap { $0 }
            }
            hashes = stride(from: 0, to: hashes.count - hashes.count % 256, by: 256).map {
                Merkle.root(ofLeafHashes: Array(hashes[$0..<($0 + 256)]))
            }
            level += 1
        }
        let checkpoint = Checkpoint(
            origin: origin, size: size, rootHash: Merkle.root(ofLeafHashes: entries.map { Merkle.leafHash($0) }))
        files["checkpoint"] = Array(try NoteVerifierKey.sign(checkpoint.text, name: origin, key: key).serialized.utf8)
        return files
    }

    static func auditor(_ files: Files, _ key: NoteVerifierKey) -> LogAuditor {
        LogAuditor(key: key) { path in files[path] }
    }

    @Test(arguments: TestEngine.all)
    func theAuditorAcceptsTheExportAndCatchesEveryLie(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            // 300 entries: a full and a partial level-0 tile, so bundles, tiles and the level-1 tile are all exercised.
            try await store.database.transaction { db in
                for index in 0..<300 {
                    _ = try await BusinessTransaction(sql: db, context: store.context).appendToLog(
                        LogEntry(event: "key.added", at: "2026-11-23T00:00:00.000Z", keyId: "k\(index)"))
                }
            }
            let (verifier, signer) = try await store.log.key()
            let export = try await store.log.export()
            let entries = try await store.log.entries(from: 0, limit: 1000).map(\.data)
            let independent = try Self.files(entries, origin: verifier.name, key: signer.privateKey)
            let exported = Dictionary(export.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
            #expect(Set(exported.keys) == Set(independent.keys))
            for (path, bytes) in independent where path != "checkpoint" { #expect(exported[path] == bytes, "\(path)") }

            let honest = Files(exported)
            let first = try await Self.auditor(honest, verifier).audit(previous: nil)
            #expect(first.isSound, "\(first.problems)")
            let seen = try #require(first.checkpoint)

            // A rewritten entry, checkpoint left as it was: the entries no longer give the signed root.
            var rewritten = entries
            rewritten[7] = Array(
                String(decoding: rewritten[7], as: UTF8.self).replacingOccurrences(of: "k7", with: "k8").utf8)
            let tampered = Files(honest.all)
            tampered["tile/entries/000"] = try Self.files(rewritten, origin: verifier.name, key: signer.privateKey)[
                "tile/entries/000"]
            #expect(!(try await Self.auditor(tampered, verifier).audit(previous: seen)).isSound)

            // The same rewrite, everything recomputed and re-signed by the log: a fork of the history seen before.
            let forked = Files(try Self.files(rewritten, origin: verifier.name, key: signer.privateKey))
            let fork = try await Self.auditor(forked, verifier).audit(previous: seen)
            #expect(fork.problems.contains { $0.hasPrefix("fork") }, "\(fork.problems)")
            #expect(
                try await Self.auditor(forked, verifier).audit(previous: nil).isSound,
                "alone, a re-signed log looks sound: hence the saved checkpoint")

            // An entry that carries a member no leaf may carry (an objection's reason), re-signed: reported.
            var leaky = entries
            leaky[3] =
                LogEntry.governance(
                    "decision.stance", at: "2026-11-23T00:00:00.000Z",
                    details: ["decision": .integer(1), "participant": .string("AE"), "reason": .string("secret")]
                ).bytes
            let leaked = try await Self.auditor(
                Files(try Self.files(leaky, origin: verifier.name, key: signer.privateKey)), verifier
            ).audit(previous: nil)
            #expect(leaked.problems == ["entry 3 decision.stance carries members that are not public: reason"])

            // A removed entry, re-signed: the log shrank.
            let shorter = Files(
                try Self.files(Array(entries.dropLast()), origin: verifier.name, key: signer.privateKey))
            let shrank = try await Self.auditor(shorter, verifier).audit(previous: seen)
            #expect(shrank.problems.contains { $0.contains("shrank") }, "\(shrank.problems)")

            // A checkpoint signed by another key.
            let impostor = Files(try Self.files(entries, origin: verifier.name, key: Curve25519.Signing.PrivateKey()))
            let badSignature = try await Self.auditor(impostor, verifier).audit(previous: seen)
            #expect(badSignature.problems.contains { $0.contains("not signed") }, "\(badSignature.problems)")

            // A hash tile that lies about the entries.
            let badTile = Files(honest.all)
            var tile = try #require(badTile["tile/0/000"])
            tile[0] ^= 1
            badTile["tile/0/000"] = tile
            #expect(
                try await Self.auditor(badTile, verifier).audit(previous: seen).problems.contains {
                    $0.contains("tile/0/000")
                })

            // Growth is fine: more entries, consistent with what was seen.
            try await store.database.transaction { db in
                _ = try await BusinessTransaction(sql: db, context: store.context).appendToLog(
                    LogEntry(event: "key.added", at: "2026-11-24T00:00:00.000Z", keyId: "later"))
            }
            let grown = Files(
                Dictionary(
                    try await store.log.export().map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first }))
            let later = try await Self.auditor(grown, verifier).audit(previous: seen)
            #expect(later.isSound && later.checkpoint?.size == 301, "\(later.problems)")
        }
    }

    /// A log that claims an absurd size is reported, not followed: the monitor would otherwise try to hold 2^63 leaves.
    @Test func aCheckpointClaimingAnAbsurdSizeIsReported() async throws {
        let key = Curve25519.Signing.PrivateKey()
        let origin = "kpcs.test/huge"
        let verifier = NoteVerifierKey(name: origin, publicKey: Array(key.publicKey.rawRepresentation))
        for size in [UInt64(1) << 63, UInt64.max, LogAuditor.maximumSize + 1] {
            let checkpoint = Checkpoint(origin: origin, size: size, rootHash: Merkle.emptyRoot)
            let files = Files([
                "checkpoint": Array(try NoteVerifierKey.sign(checkpoint.text, name: origin, key: key).serialized.utf8)
            ])
            let report = try await Self.auditor(files, verifier).audit(previous: nil)
            #expect(
                !report.isSound && report.problems.first?.contains("more than this monitor checks") == true,
                "\(report.problems)")
        }
    }
}
