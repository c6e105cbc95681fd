import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import Testing

/// The void list also names the answered certificates, signed, and a list without answers reads as before.
@Suite struct AnsweredListTests {
    @Test func theVoidListCarriesTheAnswersAndReadsBackSigned() throws {
        let rootKey = Curve25519.Signing.PrivateKey()
        let root = Ed25519JWK(rootKey.publicKey)
        let list = VoidList(
            entries: [VoidedCertificate(number: "BW-2026-000007", voidedAt: "2026-11-20T10:00:00.000Z")],
            answered: [AnsweredCertificate(number: "BW-2026-000009", outcome: .received, on: "2026-11-28", by: "EU")],
            issuedAt: 1_000, expiresAt: 2_000)
        let signed = try list.signed(rootKeyId: root.thumbprint, rootKey: rootKey)
        #expect(try VoidList(signed: signed, root: root) == list)
        let bare = VoidList(entries: [], issuedAt: 1_000, expiresAt: 2_000)
        let bareSigned = try bare.signed(rootKeyId: root.thumbprint, rootKey: rootKey)
        #expect(try VoidList(signed: bareSigned, root: root).answered.isEmpty)
        #expect(bare.json["answered"] == nil, "no answered member when there is none")
    }

    @Test func eachKindOfVerdictHasItsOwnExitStatus() {
        let kinds = Dictionary(grouping: SealVerdict.allCases, by: \.kind)
        #expect(Set(kinds.keys) == Set(SealVerdict.Kind.allCases))
        #expect(SealVerdict.allCases.filter { $0.exitStatus == 0 } == [.genuine])
        for (_, verdicts) in kinds {
            #expect(Set(verdicts.map(\.exitStatus)).count <= 2)
        }
        let statuses = Set(SealVerdict.allCases.map(\.exitStatus))
        #expect(statuses.allSatisfy { $0 < 64 } && statuses.count >= SealVerdict.Kind.allCases.count)
    }
}
