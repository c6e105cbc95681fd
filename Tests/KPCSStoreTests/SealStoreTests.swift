import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import KPCSTestSupport
import SQLKit
import Testing

@testable import KPCSStore

/// Seals made in the issue transaction, key rotation and revocation, the published lists, the master key.
@Suite struct SealStoreTests {
    static func verifier(_ store: Store) async throws -> SealVerifier {
        SealVerifier(trustList: try await store.keys.trustList(), voidList: try await store.keys.voidList())
    }

    @Test(arguments: TestEngine.all)
    func issuingSealsTheCertificateWithItsAuthorityKey(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let record = try await world.issue()
            let seal = try #require(record.seal)
            let result = try await Self.verifier(store).verify(seal, at: Date())
            #expect(result.verdict == .genuine, "\(result.detail ?? "")")
            #expect(result.claims?.number == record.certificate.number)
            #expect(result.claims?.totals == record.certificate.totals)
            #expect(result.claims?.exporterName == record.exporter.name)
            #expect(result.key?.participant == "BW")
            #expect(
                try await store.certificates.certificate(record.certificate.number, for: world.admin).seal == seal,
                "stored and read back")
            #expect(
                try await store.keys.signingKeys().filter { $0.purpose == .authority }.count == 1,
                "one key, made on first use")
        }
    }

    @Test(arguments: TestEngine.all)
    func rotationKeepsOldSealsValid(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let before = try await world.issue()
            let oldKid = try #require(try await store.keys.signingKeys().first { $0.purpose == .authority }?.kid)
            clock.advance(seconds: 60)
            let rotated = try await store.keys.rotate(
                authorityId: try #require(world.bwOfficer.authority).id, by: world.admin)
            #expect(rotated.status == .current && rotated.kid != oldKid)
            let after = try await world.issue()
            let verifier = try await Self.verifier(store)
            let old = verifier.verify(try #require(before.seal), at: clock.now)
            #expect(old.verdict == .genuine && old.key?.kid == oldKid && old.key?.status == .retired)
            #expect(verifier.verify(try #require(after.seal), at: clock.now).key?.kid == rotated.kid)
            await #expect(throws: KPCSError.self) {
                try await store.keys.rotate(
                    authorityId: try #require(world.bwOfficer.authority).id, by: world.bwOfficer)
            }
            await #expect(throws: KPCSError.self) { try await store.keys.rotate(authorityId: 999_999, by: world.admin) }
        }
    }

    @Test(arguments: TestEngine.all)
    func revocationFailsSealsFromItsTimeOn(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let early = try await world.issue()
            clock.advance(seconds: 3600)
            let compromisedFrom = clock.now
            clock.advance(seconds: 3600)
            let late = try await world.issue()
            let kid = try #require(try await store.keys.signingKeys().first { $0.purpose == .authority }?.kid)
            clock.advance(seconds: 60)
            let revoked = try await store.keys.revoke(
                kid, reason: "key file copied", effectiveAt: compromisedFrom, by: world.admin)
            #expect(revoked.status == .revoked && revoked.revocationReason == "key file copied")
            let verifier = try await Self.verifier(store)
            #expect(
                verifier.verify(try #require(early.seal), at: clock.now).verdict == .genuine,
                "sealed before the revocation")
            #expect(verifier.verify(try #require(late.seal), at: clock.now).verdict == .keyRevoked, "sealed after it")
            let next = try await world.issue()
            #expect(
                try await Self.verifier(store).verify(try #require(next.seal), at: clock.now).verdict == .genuine,
                "a new current key replaced the revoked one")
            await #expect(throws: KPCSError.conflict(KeyMessage.keyAlreadyRevoked(kid: kid))) {
                try await store.keys.revoke(kid, reason: "again", effectiveAt: nil, by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.keys.revoke(
                    kid, reason: "x", effectiveAt: clock.now.addingTimeInterval(3600), by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.keys.revoke(kid, reason: nil, effectiveAt: nil, by: world.admin)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func voidedCertificatesAreOnTheSignedVoidList(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let record = try await world.issue()
            _ = try await store.certificates.void(
                record.certificate.number, reason: "wrong importer", by: world.bwOfficer)
            let root = try await store.keys.rootKey()
            let voids = try VoidList(signed: try await store.keys.signedVoidList(), root: root.jwk)
            #expect(voids.entries.map(\.number) == [record.certificate.number])
            let trust = try TrustList(signed: try await store.keys.signedTrustList(), root: root.jwk)
            #expect(trust.expiresAt - trust.issuedAt == Int64(store.configuration.listLifetime))
            let verifier = SealVerifier(trustList: trust, voidList: voids)
            #expect(verifier.verify(try #require(record.seal), at: Date()).verdict == .voided)
            #expect(try await store.keys.rootKey().kid == root.kid, "one root key, made once")
        }
    }

    @Test(arguments: TestEngine.all)
    func aFailedSealLeavesNoCertificateAndNoKey(engine: TestEngine) async throws {
        try await withTestStore(
            engine,
            configure: { configuration in
                configuration.faultInjector = { step in if step == .sealed { throw CancellationError() } }
            }
        ) { store in
            let world = try await Fixture.make(store)
            await #expect(throws: CancellationError.self) { try await world.issue() }
            #expect(try await store.keys.signingKeys().isEmpty)
            let count = try await store.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM certificates").first()?.int("n")
            }
            #expect(count == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func aSealTooLargeForAPrintableQRCodeIsRefusedAndNothingWritten(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let longName = String(repeating: "💎", count: 200)
            let exporter = try await store.registry.registerCompany(
                CompanyDraft(
                    participantCode: "BW", name: longName, licenceNumber: "L-long-1", address: "Gaborone",
                    canExport: true, canImport: false),
                by: world.admin)
            let importer = try await store.registry.registerCompany(
                CompanyDraft(
                    participantCode: "EU", name: longName, licenceNumber: "L-long-2", address: "Antwerp",
                    canExport: false, canImport: true),
                by: world.admin)
            var draft = world.draft()
            draft.exporterId = exporter.id
            draft.importerId = importer.id
            await #expect(throws: KPCSError.self) { try await store.certificates.issue(draft, by: world.bwOfficer) }
            do {
                _ = try await store.certificates.issue(draft, by: world.bwOfficer)
            } catch let error as KPCSError {
                #expect(error.code == "seal-too-large")
                #expect(error.detail(in: .fr).contains("code QR"))
            }
            let count = try await store.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM certificates").first()?.int("n")
            }
            #expect(count == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func theWrongMasterKeyIsRefusedAndKeysAreStoredEncrypted(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            _ = try await world.issue()
            var other = store.configuration
            other.masterKey = MasterKey()
            let intruder = Store(database: store.database, configuration: other, logger: store.logger)
            await #expect(throws: KPCSError.self) { try await intruder.keys.checkMasterKey() }
            try await store.keys.checkMasterKey()
            let rows = try await store.database.read { db in
                try await db.raw("SELECT kid, sealed_private_key FROM signing_keys").all()
            }
            for row in rows {
                let kid = try row.string("kid")
                let sealed = try row.string("sealed_private_key")
                let privateKey = try store.configuration.masterKey.open(sealed, keyId: kid)
                let raw = Array(privateKey.rawRepresentation)
                #expect(
                    !sealed.contains(Base64URL.encode(raw)) && !Data(base64Encoded: sealed)!.contains(raw),
                    "stored encrypted")
                #expect(throws: KPCSError.self) { try other.masterKey.open(sealed, keyId: kid) }
                #expect(throws: KPCSError.self) { try store.configuration.masterKey.open(sealed, keyId: "another-row") }
            }
        }
    }
}

extension Data {
    func contains(_ bytes: [UInt8]) -> Bool { range(of: Data(bytes)) != nil }
}
