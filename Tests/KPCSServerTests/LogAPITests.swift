import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSClient
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Logging
import Testing

@testable import KPCSServer

/// The log over HTTP: checkpoint and tiles as C2SP serves them, proofs, leaf indexes on certificates, the proof
/// bundle, and a monitor and a witness working against a live server.
@Suite struct LogAPITests {
    @Test(arguments: TestEngine.all)
    func checkpointTilesAndProofsOverHTTP(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            let number = try #require(issued["number"] as? String)
            let read = try await client.call(.get, "/api/v1/certificates/\(number)", token: bw)
            let events = try #require(read["events"] as? [[String: Any]])
            let leaf = try #require(events.first?["leafIndex"] as? Int)

            let summary = try await client.call(.get, "/api/v1/log")
            let verifierKey = try #require(summary["verifierKey"] as? String)
            let key = try #require(NoteVerifierKey(verifierKey: verifierKey))
            let note = String(decoding: try await client.raw(.get, "/log/checkpoint"), as: UTF8.self)
            let checkpoint = try Checkpoint.open(note, key: key).checkpoint
            #expect(checkpoint.size == UInt64(summary["size"] as? Int ?? -1) && checkpoint.size >= 2)

            let proof = try await client.call(
                .get, "/api/v1/log/proof/inclusion?leafIndex=\(leaf)&treeSize=\(checkpoint.size)")
            let path = (proof["proof"] as? [String] ?? []).map { Array(Data(base64Encoded: $0) ?? Data()) }
            let bundle = try #require(
                LogAuditor.entries(in: Array(try await client.raw(.get, "/log/tile/entries/000.p/\(checkpoint.size)"))))
            #expect(
                Merkle.verifyInclusion(
                    leafIndex: UInt64(leaf), treeSize: checkpoint.size, leafHash: Merkle.leafHash(bundle[leaf]),
                    proof: path, root: checkpoint.rootHash))
            let tile = try await client.raw(.get, "/log/tile/0/000.p/\(checkpoint.size)")
            #expect(Array(tile) == bundle.flatMap { Merkle.leafHash($0) })
            #expect(try await client.call(.get, "/log/tile/0/000.p/\(checkpoint.size + 1)").status == .notFound)
            #expect(try await client.call(.get, "/log/tile/0/000").status == .notFound, "no full tile yet")
            #expect(try await client.call(.get, "/log/tile/0/0").status == .notFound)
            for hostile in [
                "/log/tile/entries/x072/x057/x594/x037/x927/935", "/log/tile/0/x072/x057/x594/x037/x927/935",
                "/log/tile/entries/x036/x028/x797/x018/x963/967", "/log/tile/0/x036/x028/x797/x018/x963/967.p/255",
                "/log/tile/7/x036/x028/x797/x018/x963/967", "/log/tile/63/x036/x028/x797/x018/x963/967",
                "/log/tile/entries/x999/x999/x999/x999/x999/x999/999",
            ] {
                #expect(try await client.call(.get, hostile).status == .notFound, "\(hostile)")
            }

            let consistency = try await client.call(.get, "/api/v1/log/proof/consistency?from=1&to=\(checkpoint.size)")
            #expect((consistency["proof"] as? [String])?.isEmpty == false)
            let beyond = try await client.call(
                .get, "/api/v1/log/proof/inclusion?leafIndex=0&treeSize=\(checkpoint.size + 5)")
            #expect(beyond.status == .unprocessableContent && beyond.pointers == ["/treeSize"])
            let fromEmpty = try await client.call(.get, "/api/v1/log/proof/consistency?from=0&to=1")
            #expect(fromEmpty.status == .ok && (fromEmpty["proof"] as? [String]) == [], "\(fromEmpty.body)")
            let french = try await client.call(.get, "/api/v1/log/proof/consistency?from=2&to=1", language: "fr")
            #expect(
                french.status == .unprocessableContent && (french["detail"] as? String)?.contains("cohérence") == true,
                "\(french.body)")
            let missing = try await client.call(.get, "/api/v1/log/proof/inclusion?leafIndex=x")
            #expect(missing.status == .unprocessableContent)

            let offline = try await client.call(.get, "/api/v1/certificates/\(number)/proof", token: bw)
            let leaves = try #require(offline["leaves"] as? [[String: Any]])
            #expect(leaves.count == 1 && (leaves[0]["entry"] as? String)?.contains(number) == true)
            let bundleBytes = Array(try await client.raw(.get, "/api/v1/certificates/\(number)/proof", token: bw))
            let seal = try #require(issued["seal"] as? String)
            let outcome = try ProofBundle(json: bundleBytes).check(seal: seal, number: number, logKey: key)
            #expect(
                outcome.problem == nil && outcome.events.map(\.event) == ["certificate.issued"],
                "\(outcome.problem ?? "")")
            let other = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            #expect(
                try ProofBundle(json: bundleBytes).check(
                    seal: try #require(other["seal"] as? String), number: number, logKey: key
                ).problem != nil)
            let forged = Array(
                String(decoding: bundleBytes, as: UTF8.self).replacingOccurrences(
                    of: "certificate.issued", with: "certificate.voided"
                ).utf8)
            #expect(try ProofBundle(json: forged).check(seal: seal, number: number, logKey: key).problem != nil)
            let ae = try await client.token("ae-officer")
            #expect(try await client.call(.get, "/api/v1/certificates/\(number)/proof", token: ae).status == .forbidden)
            #expect(
                try await client.call(.post, "/log/cosignature", rawBody: note).status == .forbidden,
                "no witness configured")
        }
    }

    /// `kpcs log audit` and `kpcs log witness`, end to end over a socket: the monitor checks the live log, the
    /// witness cosigns, and the next checkpoint carries the cosignature.
    @Test func aMonitorAndAWitnessAgainstALiveServer() async throws {
        let witnessKey = Curve25519.Signing.PrivateKey()
        let witness = NoteVerifierKey(
            name: "witness.example/w1", publicKey: Array(witnessKey.publicKey.rawRepresentation), signatureType: 0x04)
        try await withTestStore(.sqlite, configure: { $0.logWitnesses = [witness] }) { store in
            let world = try await Fixture.make(store)
            _ = try await world.issue()
            let key = try await store.log.key().verifier
            try await withLiveApp(store) { address in
                let base = try #require(URL(string: address + "/log"))
                let auditor = LogAuditor(key: key) { path in
                    try await HTTPFetch.get(base.appendingPathComponent(path)).map { Array($0) }
                }
                let first = try await auditor.audit(previous: nil)
                #expect(first.isSound, "\(first.problems)")
                _ = try await world.issue()
                let second = try await auditor.audit(previous: first.checkpoint)
                #expect(
                    second.isSound && (second.checkpoint?.size ?? 0) > (first.checkpoint?.size ?? 0),
                    "\(second.problems)")

                let signed = try SignedNote(parsing: try #require(second.note))
                let cosignature = try Cosignature.sign(
                    signed.text, name: witness.name, key: witnessKey, timestamp: 1_795_430_400)
                let answer = try await HTTPFetch.post(
                    base.appendingPathComponent("cosignature"),
                    text: SignedNote(text: signed.text, signatures: [cosignature]).serialized)
                #expect(answer.status == 201, "\(answer.body)")
                let fetched = try await HTTPFetch.get(base.appendingPathComponent("checkpoint"))
                let published = try SignedNote(parsing: String(decoding: try #require(fetched), as: UTF8.self))
                #expect(
                    published.signatures.contains {
                        Cosignature.verify($0, checkpointText: published.text, witness: witness) != nil
                    })
                try key.verify(published)
            }
        }
    }
}
