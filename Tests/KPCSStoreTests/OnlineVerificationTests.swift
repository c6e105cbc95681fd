import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Online verification looks up only the seal's key and certificate, and must say what the offline verifier says
/// with the whole trust list and void list.
@Suite struct OnlineVerificationTests {
    @Test(arguments: TestEngine.all)
    func theOnlineVerdictIsTheOfflineVerdictWithTheWholeLists(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let kept = try await world.issue()
            let voided = try await world.issue()
            _ = try await store.certificates.void(
                voided.certificate.number, reason: "typing error", by: world.bwOfficer)
            let authorityId = try #require(world.bwOfficer.authority?.id)
            let retiredKey = try #require(kept.seal.flatMap { try? Seal.parse($0).jws.keyId })
            _ = try await store.keys.rotate(authorityId: authorityId, by: world.admin)
            let afterRotation = try await world.issue()
            let voidedLater = try await world.issue()
            _ = try await store.certificates.void(
                voidedLater.certificate.number, reason: "wrong importer", by: world.bwOfficer)
            _ = try await store.keys.revoke(retiredKey, reason: "lost laptop", effectiveAt: nil, by: world.admin)
            let seals =
                [kept.seal, voided.seal, afterRotation.seal, voidedLater.seal].compactMap { $0 } + [
                    "KP1:not-a-seal", "hello",
                ]
            let offline = SealVerifier(
                trustList: try await store.keys.trustList(), voidList: try await store.keys.voidList())
            var verdicts: Set<SealVerdict> = []
            for seal in seals {
                let online = try await store.keys.verifyOnline(seal)
                let expected = offline.verify(seal, at: Date())
                #expect(online.verification.verdict == expected.verdict, "\(seal.prefix(12))")
                #expect(online.verification.key == expected.key)
                verdicts.insert(online.verification.verdict)
            }
            #expect(verdicts == [.keyRevoked, .genuine, .voided, .notASeal])
            let live = try await store.keys.verifyOnline(try #require(afterRotation.seal))
            #expect(live.liveState == .issued && live.matchesRecord)
        }
    }
}
