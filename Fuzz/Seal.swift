// libFuzzer target: the text of a seal as a QR code scanner hands it over (`KP1:` + compact JWS), through
// `Seal.parse` (prefix, `CompactJWS(compact:)`, Base64URL, the JSON header and payload, `SealClaims(json:)`) and
// `SealVerifier.verify` against a small trust list, the way `kpcs verify` and `POST /api/v1/verify` read it.
// Checks: nothing traps; a JWS accepted has three canonical base64url parts (decoding is strict, so each part is
// exactly the encoding of what it decoded to) and a 64-byte signature over the text before the second dot; claims
// read from a seal write back (canonical JSON) to claims that read the same; the verifier calls whatever
// `Seal.parse` refuses not a seal.
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

private let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x42, count: 32))
private let jwk = Ed25519JWK(key.publicKey)
private let verifier = SealVerifier(
    trustList: TrustList(
        keys: [TrustedKey(jwk: jwk, participant: "BW", authorityId: 1, authorityName: "Botswana", status: .current, createdAt: "2026-01-01T00:00:00.000Z")],
        issuedAt: 1_767_225_600, expiresAt: 1_893_456_000),
    voidList: VoidList(entries: [VoidedCertificate(number: "BW-2026-000007", voidedAt: "2026-11-24T10:00:00.000Z")], issuedAt: 1_767_225_600, expiresAt: 1_893_456_000))
private let now = Date(timeIntervalSince1970: 1_795_430_400)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    // The JWS alone, on whatever follows the prefix (or on the whole text when there is none).
    let compact = text.hasPrefix(Seal.prefix) ? text.dropFirst(Seal.prefix.count) : Substring(text)
    do {
        let jws = try CompactJWS(compact: compact)
        let parts = Array(compact.utf8).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        require(parts.count == 3, "accepted \(parts.count) parts")
        let header = Base64URL.decode(bytes: parts[0])
        require(header.map { Base64URL.encode($0).utf8.elementsEqual(parts[0]) } ?? false, "the header part is not canonical base64url")
        require(Base64URL.encode(jws.payload).utf8.elementsEqual(parts[1]), "the payload part is not canonical base64url")
        require(Base64URL.encode(jws.signature).utf8.elementsEqual(parts[2]), "the signature part is not canonical base64url")
        require(jws.signature.count == 64, "a \(jws.signature.count)-byte signature")
        require(jws.signingInput == Array(parts[0]) + [UInt8(ascii: ".")] + Array(parts[1]), "signingInput is not header.payload")
        require(jws.algorithm.map(CompactJWS.acceptedAlgorithms.contains) ?? false, "algorithm \(String(describing: jws.algorithm))")
        _ = jws.verify(with: jwk)
        _ = Ed25519JWK(members: jws.header)
    } catch {
        _ = error.description
    }

    let parsed: (jws: CompactJWS, claims: SealClaims)?
    do {
        parsed = try Seal.parse(text)
    } catch {
        _ = error.description
        parsed = nil
    }
    if let claims = parsed?.claims {
        let written = CanonicalJSON.encode(claims.json)
        do {
            let again = try SealClaims(json: JSONParser.parse(written))
            require(again == claims, "claims written back read as other claims")
        } catch {
            fatalError("Seal: claims written back do not read: \(error)")
        }
    }

    let result = verifier.verify(text, at: now)
    let trimmed = text.trimmingCharacters(in: .init(charactersIn: " \t\r\n"))
    if parsed != nil {
        require(result.verdict != .notASeal, "a seal Seal.parse reads is called not a seal: \(result.detail ?? "")")
    } else if trimmed == text {
        require(result.verdict == .notASeal, "text Seal.parse refuses is called \(result.verdict)")
    }
    for language in Language.allCases { _ = result.message(in: language) }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("Seal: " + message()) }
}
