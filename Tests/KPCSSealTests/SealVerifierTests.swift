import Foundation
import KPCSCore
import KPCSSeal
import Testing

/// Every verdict, key rotation and revocation, stale lists, and a fuzzed verifier that never traps.
@Suite struct SealVerifierTests {
    let world = SealWorld()

    @Test func everyConformanceCaseGivesItsVerdict() {
        let verifier = world.verifier
        for sample in world.cases() {
            let result = verifier.verify(sample.text, at: Date(timeIntervalSince1970: TimeInterval(sample.at)))
            #expect(result.verdict == sample.verdict, "\(sample.name): \(result.detail ?? "")")
        }
        #expect(Set(world.cases().map(\.verdict)) == Set(SealVerdict.allCases), "every verdict has a sample")
    }

    /// A seal states its own time (`iat`, any 64-bit number): the revocation check must not overflow on it (found by
    /// the SealVerify fuzz target, Fuzz/crashes/SealVerify-revoked-key-iat-overflow).
    @Test func aRevokedKeysCheckHoldsForAnySealTime() throws {
        let revoked = try #require(world.trustList.keys.first { $0.status == .revoked })
        #expect(revoked.isRevoked(forSealMadeAt: .max) && revoked.isRevoked(forSealMadeAt: .max - 1))
        #expect(revoked.isRevoked(forSealMadeAt: Int64.max / 1000 + 1))
        #expect(!revoked.isRevoked(forSealMadeAt: .min) && !revoked.isRevoked(forSealMadeAt: Int64.min / 1000 - 1))
        let at = Int64(Timestamp.date("2026-10-01T00:00:00.000Z")!.timeIntervalSince1970)
        #expect(revoked.isRevoked(forSealMadeAt: at) && !revoked.isRevoked(forSealMadeAt: at - 1))
    }

    @Test func aGenuineSealGivesBackItsClaimsAndKey() throws {
        let claims = SealWorld.claims()
        let result = world.verifier.verify(SealWorld.seal(claims, with: world.bwCurrent), at: SealWorld.verifiedAt)
        #expect(result.verdict == .genuine)
        #expect(result.claims == claims)
        #expect(result.key?.kid == world.bwCurrent.kid)
        #expect(result.key?.authorityName == "Ministry of Minerals (Botswana)")
    }

    @Test func aThreeLineSealFitsAModestQRCode() {
        let text = SealWorld.seal(SealWorld.claims(), with: world.bwCurrent)
        #expect(text.utf8.count < 700, "\(text.utf8.count) characters")
    }

    @Test func revocationCountsFromItsTime() {
        let key = world.trustList.key(world.bwRevoked.kid)!
        let revokedAt = Int64(Timestamp.date("2026-10-01T00:00:00.000Z")!.timeIntervalSince1970)
        #expect(!key.isRevoked(forSealMadeAt: revokedAt - 1))
        #expect(key.isRevoked(forSealMadeAt: revokedAt))
        #expect(key.isRevoked(forSealMadeAt: revokedAt + 3600))
        var midSecond = key
        midSecond.revokedAt = "2026-10-01T00:00:00.500Z"
        #expect(midSecond.isRevoked(forSealMadeAt: revokedAt), "a seal in the second of the revocation counts as after")
        #expect(!midSecond.isRevoked(forSealMadeAt: revokedAt - 1))
    }

    @Test func staleListsAreReportedEvenForAGoodSeal() {
        let text = SealWorld.seal(SealWorld.claims(), with: world.bwCurrent)
        var voidList = world.voidList
        voidList.expiresAt = SealWorld.verifiedAtSeconds - 1
        let verifier = SealVerifier(trustList: world.trustList, voidList: voidList)
        #expect(
            verifier.verify(text, at: SealWorld.verifiedAt).verdict == .trustListStale, "a stale void list is enough")
        #expect(world.verifier.verify(text, at: SealWorld.verifiedAt).verdict == .genuine)
    }

    @Test func signedListsOpenOnlyUnderTheirRootKey() throws {
        let signed = try world.trustList.signed(rootKeyId: world.root.kid, rootKey: world.root.privateKey)
        #expect(try TrustList(signed: signed, root: world.root.jwk) == world.trustList)
        #expect(throws: TrustListError.wrongKey(world.root.kid)) {
            try TrustList(signed: signed, root: world.stranger.jwk)
        }
        let parts = signed.split(separator: ".").map(String.init)
        var signature = Base64URL.decode(parts[2])!
        signature[0] ^= 0x80
        let forged = "\(parts[0]).\(parts[1]).\(Base64URL.encode(signature))"
        #expect(throws: TrustListError.badSignature) { try TrustList(signed: forged, root: world.root.jwk) }
        let voids = try world.voidList.signed(rootKeyId: world.root.kid, rootKey: world.root.privateKey)
        #expect(try VoidList(signed: voids, root: world.root.jwk) == world.voidList)
        #expect(throws: TrustListError.self) { try TrustList(signed: voids, root: world.root.jwk) }
        #expect(throws: TrustListError.self) { try TrustList(signed: "not a list", root: world.root.jwk) }
    }

    @Test func fuzzedSealsNeverTrapAndNeverPass() {
        var generator = SplitMix64(seed: 0x4B50_4353)
        let verifier = world.verifier
        let valid = Array(SealWorld.seal(SealWorld.claims(), with: world.bwCurrent).utf8)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:{}\"=+/ ".utf8)
        for round in 0..<20_000 {
            var bytes = valid
            switch round % 4 {
            case 0:
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
            case 1:
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes.removeSubrange(index..<min(bytes.count, index + Int(generator.next() % 8) + 1))
            case 2:
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes.insert(
                    contentsOf: (0..<Int(generator.next() % 6 + 1)).map { _ in
                        UInt8(truncatingIfNeeded: generator.next())
                    }, at: index)
            default:
                bytes = (0..<Int(generator.next() % 900)).map { _ in
                    alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
                if generator.next() % 2 == 0 { bytes = Array("KP1:".utf8) + bytes }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let result = verifier.verify(text, at: SealWorld.verifiedAt)
            if text != String(decoding: valid, as: UTF8.self) {
                #expect(result.verdict != .genuine, "a mutated seal passed: \(text)")
            }
        }
    }
}

/// A small deterministic generator so fuzz failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
