// libFuzzer target: the transparency log's signed text, as a monitor, a witness or `kpcs verify` receives it from a
// log server: `SignedNote(parsing:)`, `Checkpoint(text:)`, `Checkpoint.open`, `Cosignature.verify` and
// `NoteVerifierKey(verifierKey:)`. Besides parsing the input as a whole note, the target signs the input's text with
// the log's key (when it could be a note text at all) so that `Checkpoint.open` gets past the signature.
// Checks: nothing traps; a note written back (`serialized`) reads back the same; a checkpoint written back reads back
// the same; a verifier key written back reads back the same; a note signed here opens with its key.
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

private let logName = "kpcs.example/log"
private let logPrivate = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x51, count: 32))
private let logKey = NoteVerifierKey(name: logName, publicKey: Array(logPrivate.publicKey.rawRepresentation))
private let witnessPrivate = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x52, count: 32))
private let witnessKey = NoteVerifierKey(
    name: "witness.example", publicKey: Array(witnessPrivate.publicKey.rawRepresentation), signatureType: Cosignature.signatureType)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    // The input as a whole signed note.
    do {
        let note = try SignedNote(parsing: text)
        require(note.text.hasSuffix("\n") && !note.signatures.isEmpty, "a note without text newline or signatures")
        let again = try? SignedNote(parsing: note.serialized)
        require(again == note, "a note written back reads back as \(String(describing: again))")
        for signature in note.signatures {
            _ = (signature.keyID, signature.signature)
            _ = Cosignature.verify(signature, checkpointText: note.text, witness: witnessKey)
        }
        checkpoint(note.text)
        _ = try? logKey.verify(note)
    } catch {
        _ = error.description
    }
    _ = try? Checkpoint.open(text, key: logKey)

    // The input as a note text, signed by the log (and cosigned by the witness) here.
    if text.hasSuffix("\n"), !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }), text.utf8.count < 4096 {
        checkpoint(text)
        do {
            var note = try NoteVerifierKey.sign(text, name: logName, key: logPrivate)
            let cosignature = try Cosignature.sign(text, name: witnessKey.name, key: witnessPrivate, timestamp: 1_795_430_400)
            note.signatures.append(cosignature)
            require(Cosignature.verify(cosignature, checkpointText: text, witness: witnessKey) == 1_795_430_400, "a cosignature made here does not verify")
            let serialized = note.serialized
            if let parsed = try? SignedNote(parsing: serialized) {
                require(parsed == note, "a note signed here reads back as another note")
                do { try logKey.verify(parsed) } catch { fatalError("SignedNote: a note signed here does not verify: \(error)") }
            }
            if let opened = try? Checkpoint.open(serialized, key: logKey) {
                require(opened.checkpoint.origin == logName, "opened a checkpoint of origin \(opened.checkpoint.origin)")
            }
        } catch {
            fatalError("SignedNote: signing failed: \(error)")
        }
    }

    // Each line (and the whole text) as a verifier key.
    for line in text.split(separator: "\n").prefix(4) + [Substring(text)] {
        if let key = NoteVerifierKey(verifierKey: String(line)) {
            require(NoteVerifierKey(verifierKey: key.verifierKey) == key, "verifier key \(key.verifierKey) does not read back")
        }
    }
    return 0
}

private func checkpoint(_ text: String) {
    guard let checkpoint = try? Checkpoint(text: text) else { return }
    require(checkpoint.rootHash.count == 32, "a \(checkpoint.rootHash.count)-byte root")
    let again = try? Checkpoint(text: checkpoint.text)
    require(again == checkpoint, "checkpoint \(checkpoint.text.debugDescription) does not read back")
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("SignedNote: " + message()) }
}
