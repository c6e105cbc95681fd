import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// Annual reports on both engines: submitted by the participant's delegate with figures computed from its
/// certificates, returned and accepted by the WGM, every version kept, public leaves without their content, and on
/// time, late and missing computed from the record's own times.
@Suite struct AnnualReportStoreTests {
    static func at(_ text: String) -> Date { Timestamp.date(text)! }

    static let sections = Dictionary(
        uniqueKeysWithValues: AnnualReportSection.allCases.map { ($0.rawValue, "What \($0.rawValue) says.") })

    @Test(arguments: TestEngine.all)
    func aReportIsSubmittedReturnedResubmittedAndAccepted(engine: TestEngine) async throws {
        let clock = TestClock(Self.at("2025-05-01T12:00:00.000Z"))
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await g.world.issue()
            clock.advance(days: 300)  // 2026-02-25
            _ = try await store.governance.addSeat(
                to: "WGM", SeatDraft(holderKind: "participant", code: "EU", role: "member", startsOn: "2026-01-01"),
                by: g.world.admin)
            let monitoring = store.monitoring
            let leavesBefore = try await store.log.entries(from: 0, limit: 10_000).count

            let empty = await refusalCodes {
                _ = try await monitoring.submitAnnualReport(
                    participant: "BW", year: 2025, AnnualReportDraft(sections: [:]), by: g.bwDelegate)
            }
            #expect(
                empty.count == AnnualReportSection.allCases.count && empty.allSatisfy { $0.hasPrefix("/sections/") })
            let unexplained = await refusalCodes {
                _ = try await monitoring.submitAnnualReport(
                    participant: "BW", year: 2025,
                    AnnualReportDraft(sections: Self.sections, figures: ["export-certificates": .init(value: 2)]),
                    by: g.bwDelegate)
            }
            #expect(unexplained == ["/figures/export-certificates/reason field-required"])
            #expect(
                await refusalCodes {
                    _ = try await monitoring.submitAnnualReport(
                        participant: "BW", year: 2025, AnnualReportDraft(sections: Self.sections),
                        by: g.world.bwOfficer)
                } == ["only-delegate-submits-annual-report"])
            #expect(
                await refusalCodes {
                    _ = try await monitoring.submitAnnualReport(
                        participant: "BW", year: 2026, AnnualReportDraft(sections: Self.sections), by: g.bwDelegate)
                } == ["annual-report-year-not-ended"])

            let first = try await monitoring.submitAnnualReport(
                participant: "BW", year: 2025,
                AnnualReportDraft(
                    sections: Self.sections,
                    figures: ["exports-voided": .init(value: 1, reason: "One voided on paper before kpcs.")]),
                by: g.bwDelegate)
            let figures = try #require(first.versions.first?.figures)
            #expect(figures[.exportCertificates] == ReportedFigure(value: 1, computed: 1))
            #expect(figures[.exportCaratsX100]?.value == 173_457)
            #expect(figures[.productionCaratsX100] == ReportedFigure(value: nil, computed: nil), "not reported")
            #expect(figures[.exportsVoided]?.reason == "One voided on paper before kpcs.")
            #expect(first.state == .submitted)
            #expect(
                await refusalCodes {
                    _ = try await monitoring.submitAnnualReport(
                        participant: "BW", year: 2025, AnnualReportDraft(sections: Self.sections), by: g.bwDelegate)
                } == ["annual-report-under-review"])

            for (who, code) in [
                (g.bwDelegate, "own-annual-report-not-reviewed"),
                (g.aeDelegate, "only-monitoring-reviews-annual-reports"),
                (g.world.admin, "only-monitoring-reviews-annual-reports"),
            ] {
                #expect(
                    await refusalCodes {
                        _ = try await monitoring.reviewAnnualReport(
                            participant: "BW", year: 2025,
                            AnnualReportReviewDraft(version: 1, outcome: "accepted", comment: nil), by: who)
                    } == [code], "\(who.username)")
            }
            #expect(
                await refusalCodes {
                    _ = try await monitoring.reviewAnnualReport(
                        participant: "BW", year: 2025,
                        AnnualReportReviewDraft(version: 1, outcome: "returned", comment: " "), by: g.euDelegate)
                } == ["/comment annual-report-return-needs-comment"])
            let returned = try await monitoring.reviewAnnualReport(
                participant: "BW", year: 2025,
                AnnualReportReviewDraft(version: 1, outcome: "returned", comment: "R-secret: explain the voided one."),
                by: g.euDelegate)
            #expect(returned.state == .returned && returned.versions[0].review?.reviewedBy == "eu-delegate")

            clock.advance(days: 130)  // 2026-07-05: past the due day, but the first submission was on time
            let second = try await monitoring.submitAnnualReport(
                participant: "BW", year: 2025, AnnualReportDraft(sections: Self.sections), by: g.bwDelegate)
            #expect(second.versions.map(\.number) == [1, 2] && second.state == .submitted)
            #expect(
                await refusalCodes {
                    _ = try await monitoring.reviewAnnualReport(
                        participant: "BW", year: 2025,
                        AnnualReportReviewDraft(version: 1, outcome: "accepted", comment: nil), by: g.euDelegate)
                } == ["annual-report-version-not-last"])
            let accepted = try await monitoring.reviewAnnualReport(
                participant: "BW", year: 2025, AnnualReportReviewDraft(version: 2, outcome: "accepted", comment: nil),
                by: g.euDelegate)
            #expect(accepted.state == .accepted)
            #expect(
                await refusalCodes {
                    _ = try await monitoring.submitAnnualReport(
                        participant: "BW", year: 2025, AnnualReportDraft(sections: Self.sections), by: g.bwDelegate)
                } == ["annual-report-accepted"])

            let standings = try await monitoring.annualReportStandings(participant: "BW")
            #expect(standings.map(\.year) == [2026, 2025])
            #expect(standings[1].timeliness == .onTime && standings[1].state == .accepted && standings[1].versions == 2)
            #expect(standings[1].firstSubmittedOn == CalendarDate(iso: "2026-02-25"))
            #expect(standings[0].timeliness == .notYetDue)
            let ae = try await monitoring.annualReportStandings(participant: "AE")
            #expect(ae.first { $0.year == 2025 }?.timeliness == .missing, "AE never submitted on 2025")

            let leaves = try await store.log.entries(from: UInt64(leavesBefore), limit: 10_000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            #expect(leaves.filter { $0.contains("\"annual-report.submitted\"") }.count == 2)
            #expect(leaves.filter { $0.contains("\"annual-report.reviewed\"") }.count == 2)
            for secret in ["R-secret", "What legislation says", "bw-delegate", "eu-delegate", "One voided"] {
                #expect(!leaves.contains { $0.contains(secret) }, "\(secret) is in the log")
            }
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aReportFirstSubmittedAfterItsDueDayIsLateAndReadersAreChecked(engine: TestEngine) async throws {
        let clock = TestClock(Self.at("2025-05-01T12:00:00.000Z"))
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await g.world.issue()
            clock.advance(days: 450)  // 2026-07-25
            _ = try await store.monitoring.submitAnnualReport(
                participant: "BW", year: 2025, AnnualReportDraft(sections: Self.sections), by: g.bwDelegate)
            let standing = try await store.monitoring.annualReportStandings(participant: "BW").first { $0.year == 2025 }
            #expect(standing?.timeliness == .late)

            for reader in [g.bwDelegate, g.world.bwOfficer, g.world.admin, g.world.observer] {
                let report = try await store.monitoring.annualReport(participant: "BW", year: 2025, for: reader)
                #expect(report.versions.first?.figures != nil, "\(reader.username)")
            }
            for refused in [g.aeDelegate, g.world.aeOfficer, g.wdcObserver] {
                #expect(
                    await refusalCodes {
                        _ = try await store.monitoring.annualReport(participant: "BW", year: 2025, for: refused)
                    } == ["annual-report-forbidden"], "\(refused.username)")
            }
            _ = try await store.governance.addSeat(
                to: "WGM", SeatDraft(holderKind: "organisation", code: "WDC", role: "member", startsOn: "2026-01-01"),
                by: g.world.admin)
            let seen = try await store.monitoring.annualReport(participant: "BW", year: 2025, for: g.wdcObserver)
            #expect(seen.versions.count == 1 && seen.versions[0].figures == nil, "an organisation reads no figures")
            #expect(seen.versions[0].sections[.legislation] == "What legislation says.")
        }
    }
}
