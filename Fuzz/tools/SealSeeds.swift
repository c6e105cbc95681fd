// Not a fuzz target: writes the seed corpora of the targets that need signatures (Seal, SealVerify, SignedNote,
// ProofBundle, SignedList), with the same fixed keys as the targets. To write them again (from the repository root):
//   cp Fuzz/tools/SealSeeds.swift Fuzz/ && scripts/fuzz.sh 0 SealSeeds
//   SEED_OUT=Fuzz/corpus .build-fuzz/bin/SealSeeds -runs=1; rm Fuzz/SealSeeds.swift crash-*
// (libFuzzer reports the exit as a crash; the seeds are written by then.)
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

func key(_ b: UInt8) -> Curve25519.Signing.PrivateKey { try! .init(rawRepresentation: [UInt8](repeating: b, count: 32)) }
func kid(_ k: Curve25519.Signing.PrivateKey) -> String { Ed25519JWK(k.publicKey).thumbprint }
let out = ProcessInfo.processInfo.environment["SEED_OUT"]!
func write(_ target: String, _ name: String, _ bytes: [UInt8]) {
    let dir = out + "/" + target
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try! Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
}
func write(_ target: String, _ name: String, _ text: String) { write(target, name, Array(text.utf8)) }

func claims(number: String = "BW-2026-000042", iat: Int64 = 1_795_430_400, expires: CalendarDate = CalendarDate(year: 2027, month: 1, day: 22)!,
            from: String = "BW", origin: [String] = ["BW"], lines: Int = 1, replaces: String? = nil) -> SealClaims {
    let all = [CertificateLine(hsCode: .unsorted, caratsX100: 123_456, valueUsdCents: 9_876_500, parcels: 2),
               CertificateLine(hsCode: .industrial, caratsX100: 50, valueUsdCents: 1_000, parcels: 1),
               CertificateLine(hsCode: .nonIndustrial, caratsX100: 7, valueUsdCents: 3, parcels: 1)]
    let chosen = Array(all.prefix(lines))
    return SealClaims(number: number, sealedAt: iat, issuedOn: CalendarDate(year: 2026, month: 11, day: 23)!, expiresOn: expires,
        exportingParticipant: from, importingParticipant: "EU", exporterName: "Debswana", importerName: "Antwerp Rough",
        origin: origin, lines: chosen,
        totals: CertificateTotals(caratsX100: chosen.reduce(0) { $0 + $1.caratsX100 }, valueUsdCents: chosen.reduce(0) { $0 + $1.valueUsdCents }, parcels: chosen.reduce(0) { $0 + $1.parcels }),
        replaces: replaces)
}
func jws(header: JSONValue, payload: [UInt8], key: Curve25519.Signing.PrivateKey) -> String {
    let input = Base64URL.encode(CanonicalJSON.encode(header)) + "." + Base64URL.encode(payload)
    return input + "." + Base64URL.encode(try! key.signature(for: Array(input.utf8)))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let k42 = key(0x42), k45 = key(0x45)
    // Seal
    write("Seal", "genuine", try! Seal.make(claims(), keyId: kid(k42), key: k42))
    write("Seal", "voided", try! Seal.make(claims(number: "BW-2026-000007"), keyId: kid(k42), key: k42))
    write("Seal", "expired", try! Seal.make(claims(expires: CalendarDate(year: 2026, month: 11, day: 1)!), keyId: kid(k42), key: k42))
    write("Seal", "mixed-replaces", try! Seal.make(claims(origin: ["BW", "ZA", "NA"], lines: 3, replaces: "BW-2026-000041"), keyId: kid(k42), key: k42))
    write("Seal", "unknown-key", try! Seal.make(claims(), keyId: kid(k45), key: k45))
    write("Seal", "other-participant", try! Seal.make(claims(number: "ZA-2026-000001", from: "ZA"), keyId: kid(k42), key: k42))
    let payload = CanonicalJSON.encode(claims().json)
    write("Seal", "alg-eddsa", "KP1:" + jws(header: .object(["alg": .string("EdDSA"), "kid": .string(kid(k42)), "typ": .string(Seal.type)]), payload: payload, key: k42))
    write("Seal", "typ-jwt", "KP1:" + jws(header: .object(["alg": .string("Ed25519"), "kid": .string(kid(k42)), "typ": .string("JWT")]), payload: payload, key: k42))
    write("Seal", "crit", "KP1:" + jws(header: .object(["alg": .string("Ed25519"), "kid": .string(kid(k42)), "typ": .string(Seal.type), "crit": .array([.string("x")])]), payload: payload, key: k42))
    write("Seal", "alg-none", "KP1:" + Base64URL.encode(Array("{\"alg\":\"none\"}".utf8)) + "." + Base64URL.encode(payload) + ".")
    write("Seal", "two-parts", "KP1:eyJhbGciOiJFZDI1NTE5In0.e30")
    write("Seal", "padded", "KP1:eyJhbGciOiJFZDI1NTE5In0=.e30.AAAA")
    write("Seal", "no-prefix", jws(header: .object(["alg": .string("Ed25519"), "kid": .string(kid(k42)), "typ": .string(Seal.type)]), payload: payload, key: k42))
    write("Seal", "spaces", "  " + (try! Seal.make(claims(), keyId: kid(k42), key: k42)) + "\r\n")

    // SealVerify: choice byte (key = c % 4: current, revoked, retired ZA, unknown; time = c / 4 % 4) + claims JSON.
    func sv(_ name: String, _ choice: UInt8, _ c: SealClaims) { write("SealVerify", name, [choice] + CanonicalJSON.encode(c.json)) }
    sv("current-genuine", 0, claims())
    sv("current-voided", 0, claims(number: "BW-2026-000007"))
    sv("current-expired", 4 * 1, claims())
    sv("current-stale", 4 * 1, claims(expires: CalendarDate(year: 2028, month: 1, day: 1)!))
    sv("revoked-after", 1, claims())
    sv("revoked-before", 1, claims(iat: 1_777_593_600))
    sv("retired-za", 2, claims(number: "ZA-2026-000003", from: "ZA"))
    sv("retired-wrong-participant", 2, claims())
    sv("unknown", 3, claims())
    sv("mixed", 0, claims(origin: ["BW", "ZA"], lines: 3, replaces: "BW-2026-000001"))
    write("SealVerify", "not-json", [0] + Array("{\"v\":1,".utf8))
    write("SealVerify", "missing-claims", [1] + Array("{\"v\":1,\"iat\":5}".utf8))

    // SignedNote: log key 0x51 named kpcs.example/log, witness 0x52 (type 0x04).
    let logName = "kpcs.example/log"
    let logPrivate = key(0x51), witnessPrivate = key(0x52)
    let root = Merkle.root(ofEntries: [Array("a".utf8), Array("b".utf8), Array("c".utf8)])
    let checkpoint = Checkpoint(origin: logName, size: 3, rootHash: root)
    var note = try! NoteVerifierKey.sign(checkpoint.text, name: logName, key: logPrivate)
    write("SignedNote", "checkpoint", note.serialized)
    note.signatures.append(try! Cosignature.sign(checkpoint.text, name: "witness.example", key: witnessPrivate, timestamp: 1_795_430_400))
    write("SignedNote", "checkpoint-cosigned", note.serialized)
    let extended = checkpoint.text + "extension line\n"
    write("SignedNote", "checkpoint-extension", try! NoteVerifierKey.sign(extended, name: logName, key: logPrivate).serialized)
    write("SignedNote", "text-with-blank-lines", try! NoteVerifierKey.sign("a\n\nb\n", name: "other.example", key: key(0x53)).serialized)
    write("SignedNote", "unsigned-checkpoint-text", checkpoint.text)
    write("SignedNote", "empty-tree-text", Checkpoint(origin: logName, size: 0, rootHash: Merkle.emptyRoot).text)
    write("SignedNote", "verifier-key", NoteVerifierKey(name: logName, publicKey: Array(logPrivate.publicKey.rawRepresentation)).verifierKey + "\n")
    write("SignedNote", "witness-key", NoteVerifierKey(name: "witness.example", publicKey: Array(witnessPrivate.publicKey.rawRepresentation), signatureType: 4).verifierKey)
    write("SignedNote", "no-signature", checkpoint.text + "\n")
    write("SignedNote", "control-character", "kpcs.example/log\r\n3\n\n\u{2014} x AAAAAAAA\n")
    write("SignedNote", "bad-base64", checkpoint.text + "\n\u{2014} kpcs.example/log ###\n")

    // ProofBundle: a 5-entry log; the issue of BW-2026-000042 carries the target's fixed seal.
    let seal = "KP1:eyJhbGciOiJFZDI1NTE5In0.e30.AAAA"
    let entries: [LogEntry] = [
        LogEntry(event: "key.added", at: "2026-01-01T00:00:00.000Z", keyId: kid(k42), participant: "BW", keyPurpose: "seal"),
        .certificate("issued", at: "2026-11-23T10:00:00.000Z", number: "BW-2026-000041", exporting: "BW", importing: "EU", seal: "KP1:x"),
        .certificate("issued", at: "2026-11-23T11:00:00.000Z", number: "BW-2026-000042", exporting: "BW", importing: "EU", seal: seal),
        .certificate("confirmed", at: "2026-11-25T09:00:00.000Z", number: "BW-2026-000042", exporting: "BW", importing: "EU", seal: nil),
        LogEntry(event: "key.revoked", at: "2026-12-01T00:00:00.000Z", keyId: kid(k45), participant: "ZA", keyPurpose: "seal", effectiveAt: "2026-11-30T00:00:00.000Z"),
    ]
    let leaves = entries.map { Merkle.leafHash($0.bytes) }
    let size = UInt64(leaves.count)
    let subtree: Merkle.SubtreeHash = { level, index in
        let start = Int(index) << level, end = min(leaves.count, (Int(index) + 1) << level)
        return Merkle.root(ofLeafHashes: Array(leaves[start..<end]))
    }
    let logRoot = try! Merkle.rootHash(size: size, subtree: subtree)
    let logNote = try! NoteVerifierKey.sign(Checkpoint(origin: logName, size: size, rootHash: logRoot).text, name: logName, key: logPrivate).serialized
    func bundle(_ indices: [Int], number: String = "BW-2026-000042") -> [UInt8] {
        let items: [JSONValue] = indices.map { i in
            let proof = try! Merkle.inclusionProof(index: UInt64(i), size: size, subtree: subtree)
            return .object(["index": .integer(Int64(i)), "entry": .string(String(decoding: entries[i].bytes, as: UTF8.self)),
                            "proof": .array(proof.map { .string(Data($0).base64EncodedString()) })])
        }
        return CanonicalJSON.encode(.object(["number": .string(number), "checkpoint": .string(logNote), "leaves": .array(items)]))
    }
    write("ProofBundle", "issued-confirmed", bundle([2, 3]))
    write("ProofBundle", "issued", bundle([2]))
    write("ProofBundle", "confirmed-only", bundle([3]))
    write("ProofBundle", "other-number", bundle([1], number: "BW-2026-000041"))
    write("ProofBundle", "no-leaves", Array("{\"number\":\"BW-2026-000042\",\"checkpoint\":\"x\",\"leaves\":[]}".utf8))
    write("ProofBundle", "negative-index", Array("{\"number\":\"BW-2026-000042\",\"checkpoint\":\"x\",\"leaves\":[{\"index\":-1,\"entry\":\"{}\",\"proof\":[\"AA==\"]}]}".utf8))

    // SignedList: choice byte (type = c % 3: trust, void, seal type; time = c / 3 % 3) + payload.
    let created = "2026-01-01T00:00:00.000Z"
    let bw = TrustedKey(jwk: Ed25519JWK(k42.publicKey), participant: "BW", authorityId: 1, authorityName: "Botswana", status: .current, createdAt: created)
    let za = TrustedKey(jwk: Ed25519JWK(key(0x46).publicKey), participant: "ZA", authorityId: 2, authorityName: "South Africa", status: .retired, createdAt: created, retiredAt: "2026-06-01T00:00:00.000Z")
    var bwRevoked = bw
    bwRevoked.status = .revoked
    bwRevoked.revokedAt = "2026-11-01T08:30:00.250Z"
    func list(_ members: [String: JSONValue], iat: Int64 = 1_767_225_600, exp: Int64 = 1_798_761_600) -> [UInt8] {
        var all = members
        all["iat"] = .integer(iat)
        all["exp"] = .integer(exp)
        return CanonicalJSON.encode(.object(all))
    }
    write("SignedList", "trust-current", [0] + list(["keys": .array([bw.json, za.json])]))
    write("SignedList", "trust-revoked", [0] + list(["keys": .array([bwRevoked.json])]))
    write("SignedList", "trust-revoked-later", [3] + list(["keys": .array([bwRevoked.json, za.json])]))
    write("SignedList", "void", [1] + list(["voided": .array([.object(["no": .string("BW-2026-000042"), "at": .string("2026-11-24T10:00:00.000Z")])])]))
    write("SignedList", "void-empty-stale", [4] + list(["voided": .array([])], exp: 1_795_430_401))
    write("SignedList", "trust-wrong-type", [2] + list(["keys": .array([bw.json])]))
    write("SignedList", "exp-before-iat", [0] + list(["keys": .array([])], iat: 10, exp: 5))
    write("SignedList", "kid-mismatch", [0] + Array("{\"exp\":1798761600,\"iat\":1767225600,\"keys\":[{\"crv\":\"Ed25519\",\"kid\":\"x\",\"kty\":\"OKP\",\"x\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}]}".utf8))
    exit(0)
}
