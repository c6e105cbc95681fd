// libFuzzer target: the trust list and the void list a verifier syncs (`kpcs verify --sync`, GET /api/v1/trust-list
// and /void-list): `TrustList(signed:root:)` with `TrustedKey(json:)`, `VoidList(signed:root:)`, then a
// `SealVerifier` made of them checking a fixed seal. The input is the lists' payload, which the target signs with
// the root key (so the reading gets past the signature, as for a list the root key really signed); the first byte
// chooses the list type written in the header and the verification time.
// Checks: nothing traps; a list read has issuedAt < expiresAt; the fixed seal is always read as a seal.
// fuzz-modules: KPCSCore KPCSSeal
import Crypto
import Foundation
import KPCSCore
import KPCSSeal

private let rootPrivate = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x61, count: 32))
private let root = Ed25519JWK(rootPrivate.publicKey)
private let authorityPrivate = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: 0x42, count: 32))
private let authorityKid = Ed25519JWK(authorityPrivate.publicKey).thumbprint
private let claims = SealClaims(
    number: "BW-2026-000042", sealedAt: 1_795_430_400, issuedOn: CalendarDate(year: 2026, month: 11, day: 23)!,
    expiresOn: CalendarDate(year: 2027, month: 1, day: 22)!, exportingParticipant: "BW", importingParticipant: "EU",
    exporterName: "Debswana", importerName: "Antwerp Rough", origin: ["BW"],
    lines: [CertificateLine(hsCode: .init(rawValue: "7102.10")!, caratsX100: 123_456, valueUsdCents: 9_876_500, parcels: 2)],
    totals: CertificateTotals(caratsX100: 123_456, valueUsdCents: 9_876_500, parcels: 2), replaces: nil)
private let seal = try! Seal.make(claims, keyId: authorityKid, key: authorityPrivate)
private let times: [Date] = [1_795_430_400, 1_811_808_000, 1_795_400_000].map { Date(timeIntervalSince1970: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let choice = Int(data[0])
    let payload = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let types = [TrustList.type, VoidList.type, "kpcs-seal+jws"]
    let type = types[choice % types.count]
    let now = times[(choice / types.count) % times.count]
    let text: String
    do {
        text = try CompactJWS.sign(payload: payload, keyId: root.thumbprint, type: type, with: rootPrivate) + "\n"
    } catch {
        fatalError("SignedList: signing failed: \(error)")
    }

    var trustList: TrustList?
    do {
        let list = try TrustList(signed: text, root: root)
        require(list.issuedAt < list.expiresAt, "issued \(list.issuedAt), expires \(list.expiresAt)")
        for key in list.keys { _ = (key.kid, key.json, key.status.label(in: .fr), key.isRevoked(forSealMadeAt: claims.sealedAt)) }
        trustList = list
    } catch {
        _ = error.description
    }
    var voidList: VoidList?
    do {
        let list = try VoidList(signed: text, root: root)
        require(list.issuedAt < list.expiresAt, "issued \(list.issuedAt), expires \(list.expiresAt)")
        _ = list.json
        voidList = list
    } catch {
        _ = error.description
    }
    // One list from the input, the other empty: each reaches the verifier.
    let verifier = SealVerifier(
        trustList: trustList ?? TrustList(keys: [], issuedAt: 0, expiresAt: 1_893_456_000),
        voidList: voidList ?? VoidList(entries: [], issuedAt: 0, expiresAt: 1_893_456_000))
    let result = verifier.verify(seal, at: now)
    require(result.verdict != .notASeal, "the fixed seal called not a seal")
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("SignedList: " + message()) }
}
