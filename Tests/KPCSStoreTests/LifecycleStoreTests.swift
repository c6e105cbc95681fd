import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// Confirm, refuse, void and expire through the store.
@Suite struct LifecycleStoreTests {
    static var today: String { CalendarDate(utcDayOf: Date()).description }

    @Test(arguments: TestEngine.all)
    func exactReceiptConfirmsAndDifferentReceiptIsADiscrepancy(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let first = try await world.issue().certificate
            let confirmed = try await store.certificates.confirm(
                first.number, Fixture.exactReceipt(of: first, on: Self.today), by: world.euOfficer)
            #expect(confirmed.certificate.state == .confirmed)
            let second = try await world.issue().certificate
            var receipt = Fixture.exactReceipt(of: second, on: Self.today)
            receipt.lines?[1].parcels = 0
            let discrepancy = try await store.certificates.confirm(
                second.number, receipt, by: world.euImportOnlyOfficer)
            #expect(discrepancy.certificate.state == .discrepancy)
            #expect(discrepancy.certificate.confirmation?.differences.map(\.parcelsDelta) == [-1])
            #expect(
                try await store.certificates.events(of: second.number, for: .testReader).map(\.type) == [
                    .issued, .discrepancy,
                ])
        }
    }

    @Test(arguments: TestEngine.all)
    func refusalIsRecordedAndASecondAnswerIsRefused(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let certificate = try await world.issue().certificate
            let refused = try await store.certificates.confirm(
                certificate.number, ConfirmationDraft(outcome: "refused", reason: "broken seal"), by: world.euOfficer)
            #expect(refused.certificate.state == .refused && refused.certificate.confirmation?.reason == "broken seal")
            await #expect(
                throws: KPCSError.conflict(
                    CertificateMessage.certificateNotIssued(number: certificate.number, state: "refused"))
            ) {
                try await store.certificates.confirm(
                    certificate.number, Fixture.exactReceipt(of: certificate, on: Self.today), by: world.euOfficer)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func officerCannotConfirmCertificateAddressedElsewhere(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let certificate = try await world.issue().certificate
            let receipt = Fixture.exactReceipt(of: certificate, on: Self.today)
            for outsider in [world.aeOfficer, world.bwOfficer] {
                await #expect(
                    throws: KPCSError.forbidden(
                        CertificateMessage.confirmNotImportingParticipant(participant: "EU", number: certificate.number)
                    )
                ) {
                    try await store.certificates.confirm(certificate.number, receipt, by: outsider)
                }
            }
            await #expect(throws: KPCSError.self) {
                try await store.certificates.confirm(certificate.number, receipt, by: world.observer)
            }
            #expect(
                try await store.certificates.certificate(certificate.number, for: world.admin).certificate.state
                    == .issued)
        }
    }

    @Test(arguments: TestEngine.all)
    func twoRacingConfirmationsHaveExactlyOneWinner(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            for _ in 0..<5 {
                let certificate = try await world.issue().certificate
                let receipt = Fixture.exactReceipt(of: certificate, on: Self.today)
                let outcomes = await withTaskGroup(of: Bool.self) { group in
                    for officer in [world.euOfficer, world.euImportOnlyOfficer] {
                        group.addTask {
                            (try? await store.certificates.confirm(certificate.number, receipt, by: officer)) != nil
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                #expect(outcomes.filter { $0 }.count == 1)
                #expect(
                    try await store.certificates.events(of: certificate.number, for: .testReader).map(\.type) == [
                        .issued, .confirmed,
                    ])
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func onlyTheIssuingAuthorityVoidsAnIssuedCertificateWithAReason(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let certificate = try await world.issue().certificate
            await #expect(
                throws: KPCSError.forbidden(CertificateMessage.voidNotIssuingAuthority(number: certificate.number))
            ) {
                try await store.certificates.void(certificate.number, reason: "no", by: world.euOfficer)
            }
            await #expect(throws: KPCSError.validation([Violation("/reason", CertificateMessage.reasonMissing)])) {
                try await store.certificates.void(certificate.number, reason: " ", by: world.bwOfficer)
            }
            let voided = try await store.certificates.void(
                certificate.number, reason: "wrong importer", by: world.bwOfficer)
            #expect(voided.certificate.state == .voided && voided.certificate.voidReason == "wrong importer")
            await #expect(
                throws: KPCSError.conflict(
                    CertificateMessage.certificateNotIssued(number: certificate.number, state: "voided"))
            ) {
                try await store.certificates.void(certificate.number, reason: "again", by: world.bwOfficer)
            }
            await #expect(throws: KPCSError.self) {
                try await store.certificates.confirm(
                    certificate.number, Fixture.exactReceipt(of: certificate, on: Self.today), by: world.euOfficer)
            }
            #expect(
                try await store.certificates.events(of: certificate.number, for: .testReader).map(\.type) == [
                    .issued, .voided,
                ])
        }
    }

    @Test(arguments: TestEngine.all)
    func unconfirmedCertificatesExpireAfterTheirExpiryDay(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let expiring = try await store.certificates.issue(
                world.draft(expiresOn: CalendarDate(utcDayOf: clock.now).adding(days: 2).description),
                by: world.bwOfficer
            ).certificate
            let confirmed = try await world.issue().certificate
            _ = try await store.certificates.confirm(
                confirmed.number, Fixture.exactReceipt(of: confirmed, on: Self.today), by: world.euOfficer)
            clock.advance(days: 2)
            #expect(try await store.certificates.expireOverdue() == [])
            clock.advance(days: 1)
            #expect(try await store.certificates.expireOverdue() == [expiring.number])
            #expect(try await store.certificates.expireOverdue() == [])
            #expect(
                try await store.certificates.certificate(expiring.number, for: world.admin).certificate.state
                    == .expired)
            #expect(
                try await store.certificates.certificate(confirmed.number, for: world.admin).certificate.state
                    == .confirmed)
            let events = try await store.certificates.events(of: expiring.number, for: .testReader)
            #expect(events.map(\.type) == [.issued, .expired] && events[1].actor == "system")
        }
    }
}
