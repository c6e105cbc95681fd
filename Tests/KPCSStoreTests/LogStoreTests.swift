import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import KPCSTestSupport
import SQLKit
import Testing

@testable import KPCSStore

/// The transparency log in the store: leaves written with their events or not at all, a root and tiles that match
/// the entries, proofs that verify, cosignatures, and two stores (two processes) appending to one database.
@Suite struct LogStoreTests {
    /// Recomputes everything from the entries alone, as an outside auditor would.
    static func auditedRoot(_ store: Store) async throws -> (size: UInt64, root: Merkle.Hash) {
        let size = try await store.log.size()
        let entries = try await store.log.entries(from: 0, limit: Int(size) + 10)
        #expect(entries.map(\.index) == Array(0..<size), "no gap, no duplicate")
        return (size, Merkle.root(ofLeafHashes: entries.map { Merkle.leafHash($0.data) }))
    }

    @Test(arguments: TestEngine.all)
    func everyEventHasItsLeafAndTheCheckpointCoversThemAll(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let first = try await world.issue()
            _ = try await store.certificates.confirm(
                first.certificate.number,
                Fixture.exactReceipt(of: first.certificate, on: first.certificate.issuedOn.description),
                by: world.euOfficer)
            let second = try await world.issue()
            _ = try await store.certificates.void(second.certificate.number, reason: "typo", by: world.bwOfficer)
            let events =
                try await store.certificates.events(of: first.certificate.number, for: .testReader)
                + store.certificates.events(of: second.certificate.number, for: .testReader)
            #expect(events.count == 4 && events.allSatisfy { $0.leafIndex != nil })
            let entries = try await store.log.entries(from: 0, limit: 100)
            let texts = entries.map { String(decoding: $0.data, as: UTF8.self) }
            #expect(
                texts.first?.contains("\"event\":\"key.added\"") == true, "the BW key made at first issue is logged")
            let issued = try #require(
                texts.first { $0.contains("certificate.issued") && $0.contains(first.certificate.number) })
            #expect(issued.contains("\"seal_sha256\":\"\(LogEntry.sha256Hex(try #require(first.seal)))\""))
            for secret in [
                first.exporter.name, first.importer.name, String(first.certificate.totals.caratsX100),
                String(first.certificate.totals.valueUsdCents),
            ] {
                #expect(!texts.joined().contains(secret), "the public log never holds \(secret)")
            }
            let signed = try await store.log.signedCheckpoint()
            let audited = try await Self.auditedRoot(store)
            #expect(signed.checkpoint.size == audited.size && signed.checkpoint.rootHash == audited.root)
            let key = try await store.log.key().verifier
            #expect(try Checkpoint.open(signed.note, key: key).checkpoint == signed.checkpoint)
            for entry in entries {
                let proof = try await store.log.inclusionProof(leafIndex: entry.index, treeSize: audited.size)
                #expect(
                    Merkle.verifyInclusion(
                        leafIndex: entry.index, treeSize: audited.size, leafHash: Merkle.leafHash(entry.data),
                        proof: proof, root: audited.root))
            }
            for older in 1...audited.size {
                let oldRoot = Merkle.root(ofLeafHashes: entries.prefix(Int(older)).map { Merkle.leafHash($0.data) })
                let proof = try await store.log.consistencyProof(from: older, to: audited.size)
                #expect(
                    Merkle.verifyConsistency(
                        size1: older, size2: audited.size, root1: oldRoot, root2: audited.root, proof: proof))
            }
            await #expect(throws: KPCSError.self) {
                try await store.log.inclusionProof(leafIndex: 0, treeSize: audited.size + 1)
            }
            await #expect(throws: KPCSError.self) {
                try await store.log.inclusionProof(leafIndex: audited.size, treeSize: audited.size)
            }
            #expect(
                try await store.log.consistencyProof(from: 0, to: audited.size).isEmpty,
                "from the empty tree: an empty proof")
            await #expect(throws: KPCSError.self) { try await store.log.consistencyProof(from: 2, to: 1) }
            let bundle = try await store.log.certificateProof(first.certificate.number)
            #expect(bundle.leaves.count == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func anEventThatFailsLeavesNoLeaf(engine: TestEngine) async throws {
        try await withTestStore(
            engine,
            configure: { configuration in
                configuration.faultInjector = { step in if step == .eventInserted { throw CancellationError() } }
            }
        ) { store in
            let world = try await Fixture.make(store)
            let before = try await store.log.size()
            await #expect(throws: CancellationError.self) { try await world.issue() }
            #expect(try await store.log.size() == before)
            #expect(try await store.log.entries(from: 0, limit: 10).count == Int(before))
            let hashes = try await store.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM log_hashes").first()?.int("n")
            }
            #expect(hashes == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func tilesMatchTheEntries(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            // 600 leaves: two full level-0 tiles, a partial one of 88, and a level-1 tile of width 2.
            // One at a time, then a batch of many: both paths must build the same tree.
            let filler = (0..<600).map {
                LogEntry(event: "test.filler", at: "2026-11-23T00:00:00.000Z", keyId: "k\($0)")
            }
            try await store.database.transaction { db in
                for entry in filler.prefix(137) {
                    _ = try await BusinessTransaction(sql: db, context: store.context).appendToLog(entry)
                }
            }
            let indexes = try await store.database.transaction { db in
                try await BusinessTransaction(sql: db, context: store.context).appendToLog(Array(filler.dropFirst(137)))
            }
            #expect(indexes == Array(137..<600))
            #expect(
                try await store.log.signedCheckpoint().checkpoint.rootHash
                    == Merkle.root(ofLeafHashes: filler.map { Merkle.leafHash($0.bytes) }))
            _ = world
            let entries = try await store.log.entries(from: 0, limit: 1000)
            let leafHashes = entries.map { Merkle.leafHash($0.data) }
            var level0: [UInt8] = []
            for tile in TilePath.tiles(level: 0, treeSize: 600) {
                level0 += try #require(try await store.log.tile(tile))
            }
            #expect(level0 == leafHashes.flatMap { $0 })
            var bundles: [[UInt8]] = []
            for tile in TilePath.tiles(level: nil, treeSize: 600) {
                let bytes = try #require(try await store.log.tile(tile))
                bundles += try #require(LogAuditor.entries(in: bytes))
            }
            #expect(bundles == entries.map(\.data))
            let level1 = try #require(try await store.log.tile(TilePath(level: 1, index: 0, width: 2)))
            #expect(Array(level1.prefix(32)) == Merkle.root(ofLeafHashes: Array(leafHashes[0..<256])))
            #expect(Array(level1.suffix(32)) == Merkle.root(ofLeafHashes: Array(leafHashes[256..<512])))
            #expect(try await store.log.tile(TilePath(level: 0, index: 2, width: 89)) == nil, "beyond the log")
            #expect(try await store.log.tile(TilePath(level: 1, index: 0, width: 3)) == nil)
        }
    }

    @Test(arguments: TestEngine.all)
    func witnessCosignaturesArePublishedBesideTheirCheckpoint(engine: TestEngine) async throws {
        let witnessKey = Curve25519.Signing.PrivateKey()
        let witness = NoteVerifierKey(
            name: "witness.example/w1", publicKey: Array(witnessKey.publicKey.rawRepresentation), signatureType: 0x04)
        try await withTestStore(engine, configure: { $0.logWitnesses = [witness] }) { store in
            let world = try await Fixture.make(store)
            _ = try await world.issue()
            let signed = try await store.log.signedCheckpoint()
            var note = try SignedNote(parsing: signed.note)
            note.signatures.append(
                try Cosignature.sign(note.text, name: witness.name, key: witnessKey, timestamp: 1_795_430_400))
            #expect(try await store.log.addCosignatures(note.serialized) == [witness.name])
            let published = try SignedNote(parsing: try await store.log.signedCheckpoint().note)
            let cosignature = try #require(published.signatures.first { $0.keyName == witness.name })
            #expect(Cosignature.verify(cosignature, checkpointText: published.text, witness: witness) == 1_795_430_400)

            let stranger = Curve25519.Signing.PrivateKey()
            var unknown = try SignedNote(parsing: signed.note)
            unknown.signatures.append(
                try Cosignature.sign(unknown.text, name: "someone.example/w", key: stranger, timestamp: 1))
            await #expect(throws: KPCSError.self) { try await store.log.addCosignatures(unknown.serialized) }
            var forged = try SignedNote(parsing: signed.note)
            forged.signatures.append(try Cosignature.sign(forged.text, name: witness.name, key: stranger, timestamp: 1))
            await #expect(throws: KPCSError.self) { try await store.log.addCosignatures(forged.serialized) }
            let fork = Checkpoint(
                origin: signed.checkpoint.origin, size: signed.checkpoint.size, rootHash: Merkle.leafHash([9]))
            var forkNote = SignedNote(text: fork.text, signatures: [])
            forkNote.signatures.append(
                try Cosignature.sign(fork.text, name: witness.name, key: witnessKey, timestamp: 2))
            await #expect(throws: KPCSError.self, "a cosigned fork is refused") {
                try await store.log.addCosignatures(forkNote.serialized)
            }
        }
    }

    /// Two stores with their own connection pools on one PostgreSQL database, as two `kpcs serve` processes would
    /// be, issue at once: the log has every leaf once, no gap, and a root that the entries recompute.
    @Test(arguments: TestEngine.all.filter { $0 == .postgres })
    func twoProcessesAppendingAtOnceLeaveOneConsistentLog(engine: TestEngine) async throws {
        try await withTestStore(engine) { first in
            let world = try await Fixture.make(first)
            let location = try #require(TestLocation.current)
            let second = try await Store.open(location, configuration: first.configuration, logger: first.logger)
            defer { Task { await second.close() } }
            let draft = world.draft()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    let store = index % 2 == 0 ? first : second
                    group.addTask { _ = try await store.certificates.issue(draft, by: world.bwOfficer) }
                }
                try await group.waitForAll()
            }
            let audited = try await Self.auditedRoot(first)
            let entries = try await first.log.entries(from: 0, limit: 1000)
            #expect(
                entries.filter { String(decoding: $0.data, as: UTF8.self).contains("certificate.issued") }.count == 40)
            #expect(try await second.log.signedCheckpoint().checkpoint.rootHash == audited.root)
            #expect(try await first.log.signedCheckpoint().checkpoint.size == audited.size)
        }
    }
}
