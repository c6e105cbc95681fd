// libFuzzer target: `ProofBundle(json:)` and `ProofBundle.check`, the offline proof that a certificate's events are
// in the log (`GET /api/v1/certificates/{n}/proof`, checked by `kpcs verify --proof`). When the bundle's checkpoint
// is a note, the target signs its text again with the log key it checks against, so that the inclusion proofs
// (indices, tree sizes and hashes from the input) reach `Merkle.verifyInclusion`.
// Checks: nothing traps; a check that finds no problem has every leaf inside the signed tree, and the issue event.
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

private let logName = "kpcs.example/log"
private let logPrivate = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x51, count: 32))
private let logKey = NoteVerifierKey(name: logName, publicKey: Array(logPrivate.publicKey.rawRepresentation))
private let seal = "KP1:eyJhbGciOiJFZDI1NTE5In0.e30.AAAA"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var bundle: ProofBundle
    do {
        bundle = try ProofBundle(json: bytes)
    } catch {
        _ = error.description
        return 0
    }
    if let note = try? SignedNote(parsing: bundle.checkpointNote), let signed = try? NoteVerifierKey.sign(note.text, name: logName, key: logPrivate) {
        bundle.checkpointNote = signed.serialized
    }
    let outcome = bundle.check(seal: seal, number: bundle.number, logKey: logKey)
    if outcome.problem == nil {
        guard let checkpoint = outcome.checkpoint else { fatalError("ProofBundle: no problem but no checkpoint") }
        require(outcome.events.allSatisfy { $0.index < checkpoint.size }, "an event outside the tree of \(checkpoint.size)")
        require(outcome.events.contains { $0.event == "certificate.issued" }, "no problem without the issue")
    }
    _ = bundle.check(seal: seal, number: "BW-2026-000042", logKey: logKey)
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("ProofBundle: " + message()) }
}
