import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSClient
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Logging
import Testing

@testable import KPCSServer

/// `kpcs verify --sync`: fetching the lists from a running server over HTTP, pinning the root key, refusing a
/// wrong pin or a tampered saved list.
@Suite struct TrustSyncTests {
    @Test func syncPinsTheRootAndRefusesWhatDoesNotMatch() async throws {
        try await withTestStore(.sqlite) { store in
            let world = try await Fixture.make(store)
            let record = try await world.issue()
            _ = try await store.certificates.void(record.certificate.number, reason: "typo", by: world.bwOfficer)
            let fresh = try await world.issue()
            let rootKid = try await store.keys.rootKey().kid
            try await withLiveApp(store) { base in
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "kpcs-trust-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: folder) }
                let sync = TrustSync(folder: folder)

                await #expect(throws: TrustSyncError.self, "no pin, nothing saved yet") {
                    try await sync.sync(from: base, pinnedThumbprint: nil, pinnedKeyFile: nil)
                }
                await #expect(throws: TrustSyncError.self, "a wrong pin is refused") {
                    try await sync.sync(from: base, pinnedThumbprint: "not-the-root", pinnedKeyFile: nil)
                }
                #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("trust-list.jws").path))

                let saved = try await sync.sync(from: base, pinnedThumbprint: rootKid, pinnedKeyFile: nil)
                #expect(saved.keys == 1 && saved.voided == 1)
                let verifier = try sync.savedVerifier()
                #expect(verifier.verify(try #require(record.seal), at: Date()).verdict == .voided)
                #expect(verifier.verify(try #require(fresh.seal), at: Date()).verdict == .genuine)
                #expect(
                    try await sync.sync(from: base, pinnedThumbprint: nil, pinnedKeyFile: nil) == saved,
                    "later syncs use the saved pin")

                let root = try await store.keys.rootKey()
                var newer = try await store.keys.trustList()
                newer.issuedAt += 3600
                newer.expiresAt += 3600
                let newerFile = folder.appendingPathComponent("trust-list.jws")
                try Data(try newer.signed(rootKeyId: root.kid, rootKey: root.privateKey).utf8).write(to: newerFile)
                await #expect(throws: TrustSyncError.self, "a list older than the saved one is refused") {
                    try await sync.sync(from: base, pinnedThumbprint: nil, pinnedKeyFile: nil)
                }

                let listFile = folder.appendingPathComponent("trust-list.jws")
                var list = try String(contentsOf: listFile, encoding: .utf8)
                list.removeLast(3)
                list += "AAA"
                try Data(list.utf8).write(to: listFile)
                #expect(throws: TrustSyncError.self, "a tampered saved list is refused") { try sync.savedVerifier() }
                await #expect(throws: TrustSyncError.self) {
                    try await sync.sync(from: "ftp://x", pinnedThumbprint: nil, pinnedKeyFile: nil)
                }
                await #expect(throws: TrustSyncError.self) {
                    try await sync.sync(from: "http://127.0.0.1:1", pinnedThumbprint: rootKid, pinnedKeyFile: nil)
                }
            }
        }
    }
}
