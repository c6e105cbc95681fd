import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// The verdict is about the shipment in front of the officer: a genuine seal whose certificate was already received
/// or refused must not pass for a paper still in transit, online or offline, and an overdue certificate reads
/// expired before the expiry job has run.
@Suite struct ShipmentVerdictTests {
    @Test(arguments: TestEngine.all)
    func aUsedOrRefusedCertificateIsToldApartFromOneInTransit(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let inTransit = try await world.issue()
            let received = try await world.issue()
            let refused = try await world.issue()
            let today = CalendarDate(utcDayOf: clock.now).description
            _ = try await store.certificates.confirm(
                received.certificate.number, Fixture.exactReceipt(of: received.certificate, on: today),
                by: world.euOfficer)
            _ = try await store.certificates.confirm(
                refused.certificate.number, ConfirmationDraft(outcome: "refused", reason: "not our order"),
                by: world.euOfficer)

            let offline = SealVerifier(
                trustList: try await store.keys.trustList(), voidList: try await store.keys.voidList())
            let expected: [(CertificateRecord, SealVerdict, SealVerdict.Kind)] = [
                (inTransit, .genuine, .accept), (received, .received, .used), (refused, .refused, .refused),
            ]
            for (record, verdict, kind) in expected {
                let seal = try #require(record.seal)
                let online = try await store.keys.verifyOnline(seal)
                #expect(online.verification.verdict == verdict && verdict.kind == kind)
                #expect(offline.verify(seal, at: clock.now).verdict == verdict, "offline, as of the sync")
                #expect(verdict.isAcceptable == (verdict == .genuine))
            }
            let used = try await store.keys.verifyOnline(try #require(received.seal))
            #expect(
                used.verification.answered
                    == AnsweredCertificate(
                        number: received.certificate.number, outcome: .received, on: today, by: "EU"))
            for language in Language.allCases {
                let text = used.verification.message(in: language)
                #expect(text.contains("EU") && text.contains(today), "\(language): \(text)")
            }
            let refusal = try await store.keys.verifyOnline(try #require(refused.seal))
            #expect(refusal.verification.answered?.outcome == .refused && refusal.verification.answered?.on == today)

            // Once past its expiry day the certificate is expired, job or no job, and leaves the answered list.
            clock.advance(days: 400)
            let late = try await store.keys.verifyOnline(try #require(inTransit.seal))
            #expect(late.verification.verdict == .expired && late.liveState == .expired)
            #expect(try await store.keys.voidList().answered.isEmpty)
        }
    }
}
