import Foundation
import KPCSCore
import KPCSDemo
import KPCSStore
import KPCSTestSupport
import Testing

/// The figures an annual report starts from, on both engines: for a generated year, equal to an independent count
/// over every certificate read back, for each participant, side and state.
@Suite struct AnnualReportFiguresTests {
    @Test(arguments: TestEngine.all)
    func theFiguresEqualAnIndependentCountOverTheCertificates(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let year = CalendarDate(utcDayOf: store.configuration.now()).year - 1
            _ = try await DemoYear.generate(into: store, year: year, certificates: 800)
            let admin = Principal(accountId: 0, username: "admin", role: .administrator, authority: nil)
            let all = try await store.allCertificatesForTests()
            func tally(_ records: [CertificateRecord]) -> [CertificateState: TradeTotals] {
                var out: [CertificateState: TradeTotals] = [:]
                for record in records {
                    let c = record.certificate
                    var t = out[c.state] ?? TradeTotals()
                    t.certificates += 1
                    t.caratsX100 += c.totals.caratsX100
                    t.valueUsdCents += c.totals.valueUsdCents
                    out[c.state] = t
                }
                return out
            }
            let ofYear = all.filter { $0.certificate.issuedOn.year == year }
            #expect(Set(ofYear.map(\.certificate.state)).count >= 4, "the year has certificates in several states")
            var checked = 0
            for code in Set(ofYear.map(\.certificate.exportingParticipant)).sorted() {
                let figures = try await store.monitoring.annualReportFigures(participant: code, year: year, for: admin)
                #expect(
                    figures.issued == tally(ofYear.filter { $0.certificate.exportingParticipant == code }), "\(code)")
                #expect(
                    figures.received == tally(ofYear.filter { $0.certificate.importingParticipant == code }), "\(code)")
                checked += 1
            }
            #expect(checked >= 5)
            let next = try await store.monitoring.annualReportFigures(participant: "BW", year: year + 1, for: admin)
            #expect(next.issued.isEmpty && next.received.isEmpty, "another year counts nothing of this one")
            await #expect(throws: KPCSError.self) {
                _ = try await store.monitoring.annualReportFigures(participant: "XX", year: year, for: admin)
            }
        }
    }
}
