// libFuzzer target: `SealVerifier.verify` past the signature check. The input's first byte picks a signing key and a
// verification time; the rest is the seal's payload (the claims JSON), which this target signs, as an authority
// (or an attacker holding a revoked or unknown key) would, into a `KP1:` seal. So the claims, the key's status and
// the dates all reach the verifier's later checks (participant, revocation, void, expiry, staleness).
// Checks: `verify` never traps ("Never throws and never traps", says SealVerifier); claims that `SealClaims(json:)`
// reads are never "not a seal"; a key of the trust list is never "unknown"; "genuine" only for an unrevoked key of
// the exporting participant, a number not voided and a seal not expired.
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

private func privateKey(_ byte: UInt8) -> Curve25519.Signing.PrivateKey {
    try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: byte, count: 32))
}

private let current = privateKey(0x42)
private let revoked = privateKey(0x43)
private let retired = privateKey(0x44)
private let unknown = privateKey(0x45)
private let signers = [current, revoked, retired, unknown]
private let trustList = TrustList(
    keys: [
        TrustedKey(jwk: Ed25519JWK(current.publicKey), participant: "BW", authorityId: 1, authorityName: "Botswana",
                   status: .current, createdAt: "2026-01-01T00:00:00.000Z"),
        TrustedKey(jwk: Ed25519JWK(revoked.publicKey), participant: "BW", authorityId: 1, authorityName: "Botswana",
                   status: .revoked, createdAt: "2025-01-01T00:00:00.000Z", revokedAt: "2026-06-01T12:00:00.000Z"),
        TrustedKey(jwk: Ed25519JWK(retired.publicKey), participant: "ZA", authorityId: 2, authorityName: "South Africa",
                   status: .retired, createdAt: "2025-01-01T00:00:00.000Z", retiredAt: "2026-01-01T00:00:00.000Z"),
    ],
    issuedAt: 1_767_225_600, expiresAt: 1_798_761_600)
private let voidList = VoidList(
    entries: [VoidedCertificate(number: "BW-2026-000007", voidedAt: "2026-11-24T10:00:00.000Z")], issuedAt: 1_767_225_600,
    expiresAt: 1_798_761_600)
private let verifier = SealVerifier(trustList: trustList, voidList: voidList)
/// 2026-11-23, 2027-06-01 (the lists are stale from 2027-01-01), 1970-01-01, 2026-05-01.
private let times: [Date] = [1_795_430_400, 1_811_808_000, 0, 1_777_593_600].map { Date(timeIntervalSince1970: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let choice = Int(data[0])
    let payload = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let signer = signers[choice % signers.count]
    let now = times[(choice / signers.count) % times.count]
    let kid = Ed25519JWK(signer.publicKey).thumbprint

    let seal: String
    do {
        seal = Seal.prefix + (try CompactJWS.sign(payload: payload, keyId: kid, type: Seal.type, with: signer))
    } catch {
        fatalError("SealVerify: signing failed: \(error)")
    }
    let result = verifier.verify(seal, at: now)

    let claims = (try? JSONParser.parse(payload)).flatMap { try? SealClaims(json: $0) }
    let fits = seal.utf8.count <= Seal.maximumLength
    if claims != nil && fits {
        require(result.verdict != .notASeal, "readable claims called not a seal: \(result.detail ?? "")")
    }
    if claims == nil || !fits {
        require(result.verdict == .notASeal, "unreadable claims called \(result.verdict)")
    }
    if result.verdict != .notASeal && choice % signers.count != 3 {
        require(result.verdict != .unknownKey, "a key of the trust list called unknown")
    }
    if result.verdict == .genuine, let claims, let key = result.key {
        require(key.status != .revoked || !key.isRevoked(forSealMadeAt: claims.sealedAt), "genuine with a revoked key")
        require(key.participant == claims.exportingParticipant, "genuine for another participant's key")
        require(voidList.entry(claims.number) == nil, "genuine but voided")
        require(claims.expiresOn >= CalendarDate(utcDayOf: now), "genuine but expired")
    }
    for language in Language.allCases { _ = result.message(in: language) }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("SealVerify: " + message()) }
}
