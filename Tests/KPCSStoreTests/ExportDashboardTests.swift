import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

/// The exporter's dashboard: its participant's exports awaiting receipt (soonest expiry first, overdue ones left
/// out), received with a discrepancy and refused (latest answer first), with counts; nothing for anyone else.
@Suite struct ExportDashboardTests {
    /// Noon UTC today, so that moving the clock by minutes never crosses a day.
    static var noonToday: Date {
        Date(timeIntervalSince1970: Double(CalendarDate(utcDayOf: Date()).daysSinceEpoch) * 86_400 + 43_200)
    }

    @Test func daysLeftAndExpiringSoonArePureRules() throws {
        let today = try #require(CalendarDate(iso: "2026-03-10"))
        #expect(DashboardRules.daysLeft(expiresOn: today, today: today) == 0)
        #expect(DashboardRules.daysLeft(expiresOn: today.adding(days: 1), today: today) == 1)
        #expect(DashboardRules.daysLeft(expiresOn: today.adding(days: -1), today: today) == -1)
        #expect(
            [-1, 0, 1, 7, 8].map(DashboardRules.expiresSoon(daysLeft:)) == [false, true, true, true, false])
        #expect(DashboardRules.awaitsReceipt(.issued, expiresOn: today, today: today))
        #expect(!DashboardRules.awaitsReceipt(.issued, expiresOn: today.adding(days: -1), today: today))
        #expect(!DashboardRules.awaitsReceipt(.refused, expiresOn: today.adding(days: 5), today: today))
        let exporting = Authority(
            id: 1, participantCode: "BW", memberState: nil, name: "BW", canExport: true, canImport: true)
        var importOnly = exporting
        importOnly.canExport = false
        let officer = Principal(accountId: 1, username: "o", role: .officer, authority: exporting)
        #expect(DashboardRules.exportingParticipant(of: officer) == "BW")
        #expect(
            DashboardRules.exportingParticipant(
                of: Principal(accountId: 2, username: "i", role: .officer, authority: importOnly)) == nil)
        #expect(DashboardRules.exportingParticipant(of: .testReader) == nil)
    }

    @Test(arguments: TestEngine.all)
    func exportsAreListedByExpiryAndAnswerWithTheirCounts(engine: TestEngine) async throws {
        let clock = TestClock(Self.noonToday)
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let start = CalendarDate(utcDayOf: clock.now)
            func issue(expiringIn days: Int? = nil) async throws -> Certificate {
                try await store.certificates.issue(
                    world.draft(expiresOn: days.map { start.adding(days: $0).description }), by: world.bwOfficer
                ).certificate
            }
            let far = try await issue(expiringIn: 12)
            let inAWeek = try await issue(expiringIn: 9)
            let tomorrow = try await issue(expiringIn: 3)
            let expiringToday = try await issue(expiringIn: 2)
            let overdue = try await issue(expiringIn: 1)
            let firstDiscrepancy = try await issue()
            let secondDiscrepancy = try await issue()
            let firstRefused = try await issue()
            let secondRefused = try await issue()
            let confirmed = try await issue()

            clock.advance(days: 2)
            let today = CalendarDate(utcDayOf: clock.now)
            #expect(today == start.adding(days: 2))
            func answer(_ certificate: Certificate, refuse: Bool = false) async throws {
                var draft = Fixture.exactReceipt(of: certificate, on: today.description)
                if refuse { draft = ConfirmationDraft(outcome: "refused", reason: "seal broken") }
                if !refuse && certificate.number != confirmed.number { draft.lines?[1].parcels = 0 }
                _ = try await store.certificates.confirm(certificate.number, draft, by: world.euOfficer)
                clock.advance(seconds: 60)
            }
            try await answer(firstDiscrepancy)
            try await answer(firstRefused, refuse: true)
            try await answer(secondDiscrepancy)
            try await answer(secondRefused, refuse: true)
            try await answer(confirmed)

            let dashboard = try await store.certificates.exportDashboard(for: world.bwOfficer, today: today)
            let awaiting = dashboard.awaitingReceipt
            #expect(
                awaiting.items.map(\.record.certificate.number) == [
                    expiringToday.number, tomorrow.number, inAWeek.number, far.number,
                ])
            #expect(awaiting.items.map(\.daysLeft) == [0, 1, 7, 10])
            #expect(awaiting.items.map(\.expiresSoon) == [true, true, true, false])
            #expect(awaiting.total == 4)
            #expect(!awaiting.items.contains { $0.record.certificate.number == overdue.number })
            #expect(ExpiryRule.state(.issued, expiresOn: overdue.expiresOn, today: today) == .expired)
            #expect(
                dashboard.discrepancy.items.map(\.certificate.number) == [
                    secondDiscrepancy.number, firstDiscrepancy.number,
                ])
            #expect(dashboard.discrepancy.total == 2)
            #expect(dashboard.discrepancy.items.allSatisfy { $0.certificate.state == .discrepancy })
            #expect(dashboard.refused.items.map(\.certificate.number) == [secondRefused.number, firstRefused.number])
            #expect(dashboard.refused.total == 2)
            #expect(dashboard.refused.items.allSatisfy { $0.certificate.confirmation?.reason == "seal broken" })

            // At most `limit` of each, the counts unchanged.
            let first = try await store.certificates.exportDashboard(for: world.bwOfficer, today: today, limit: 1)
            #expect(first.awaitingReceipt.items.map(\.record.certificate.number) == [expiringToday.number])
            #expect(first.discrepancy.items.map(\.certificate.number) == [secondDiscrepancy.number])
            #expect(first.refused.items.map(\.certificate.number) == [secondRefused.number])
            #expect(first.awaitingReceipt.total == 4 && first.discrepancy.total == 2 && first.refused.total == 2)

            // Once the expiry job has run, the overdue certificate is expired in the database too: nothing changes.
            #expect(try await store.certificates.expireOverdue() == [overdue.number])
            #expect(try await store.certificates.exportDashboard(for: world.bwOfficer, today: today) == dashboard)

            // Nobody else sees BW's exports: another participant's officer, an importer, an observer, an admin.
            for reader in [world.aeOfficer, world.euOfficer, world.euImportOnlyOfficer, world.observer, world.admin] {
                let theirs = try await store.certificates.exportDashboard(for: reader, today: today)
                #expect(theirs == ExportDashboard.empty(today: today), "\(reader.username)")
            }
        }
    }
}
