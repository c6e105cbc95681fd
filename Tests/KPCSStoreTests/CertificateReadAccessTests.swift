import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// Every read that returns certificate data takes the reader and applies the access rule itself.
@Suite struct CertificateReadAccessTests {
    @Test(arguments: TestEngine.all)
    func eventsAreReadOnlyByThoseWhoMayReadTheCertificate(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let number = try await world.issue().certificate.number
            for reader in [world.bwOfficer, world.euOfficer, world.observer, world.admin] {
                #expect(try await store.certificates.events(of: number, for: reader).map(\.type) == [.issued])
            }
            await #expect(throws: KPCSError.self) {
                try await store.certificates.events(of: number, for: world.aeOfficer)
            }
            do {
                _ = try await store.certificates.events(of: number, for: world.aeOfficer)
            } catch let error as KPCSError {
                #expect(error.kind == .forbidden && error.message.has(CertificateMessage.Code.certificateNotVisible))
            }
            do {
                _ = try await store.certificates.events(of: "BW-2026-999999", for: world.admin)
                Issue.record("an unknown certificate's events were read")
            } catch let error as KPCSError {
                #expect(error.kind == .notFound)
            }
        }
    }
}
