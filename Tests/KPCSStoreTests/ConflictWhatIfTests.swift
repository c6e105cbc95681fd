import Foundation
import KPCSCore
import KPCSDemo
import KPCSStore
import KPCSTestSupport
import Testing

/// The what-if view on both engines: a generated year whose producers have planted zones, with corroborated reports
/// planted in some, gives under each definition the zones and the certified trade that an independent sum over every
/// certificate read back gives.
@Suite struct ConflictWhatIfTests {
    @Test(arguments: TestEngine.all)
    func theWhatIfFiguresEqualAnIndependentSum(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let year = CalendarDate(utcDayOf: store.configuration.now()).year - 1
            let g = try await GovernanceFixture.make(store)
            let admin = g.world.admin
            // Zones for Botswana and South Africa before the year is generated, so that its certificates name them.
            let planted = [("BW", "BW-NORTH", 25.0), ("BW", "BW-SOUTH", 24.5), ("ZA", "ZA-KIMBERLEY", 24.8)]
            for (participant, code, longitude) in planted {
                _ = try await store.monitoring.register(
                    ZoneDraft(
                        participant: participant, code: code, name: code,
                        geometry: GeometryDraft(type: "Point", coordinates: .list([.number(longitude), .number(-25)]))),
                    by: admin)
            }
            _ = try await DemoYear.generate(into: store, year: year, certificates: 600)

            let observer = g.wdcObserver
            func plant(
                _ zone: String, _ participant: String, _ kinds: [String], on day: String, corroborate: Bool
            )
                async throws
            {
                let incident = try await store.monitoring.fileIncident(
                    IncidentDraft(
                        participant: participant, zone: zone, occurredOn: day, kinds: kinds,
                        description: "Planted for the what-if test."),
                    by: observer)
                if corroborate {
                    _ = try await store.monitoring.reviewIncident(
                        incident.reference, IncidentReviewDraft(verification: "corroborated"), by: admin)
                }
            }
            try await plant("BW-NORTH", "BW", ["killings"], on: "\(year)-03-01", corroborate: true)
            try await plant(
                "ZA-KIMBERLEY", "ZA", ["rebel-financing", "smuggling"], on: "\(year)-07-01", corroborate: true)
            try await plant("BW-SOUTH", "BW", ["rebel-financing"], on: "\(year)-05-01", corroborate: false)
            try await plant("BW-SOUTH", "BW", ["rebel-financing"], on: "\(year - 1)-12-31", corroborate: true)

            let all = try await store.allCertificatesForTests()
            func independentSum(_ zones: Set<String>) -> TradeTotals {
                var sum = TradeTotals()
                for record in all {
                    let c = record.certificate
                    guard c.issuedOn.year == year, c.state != .voided, let zone = c.originZone, zones.contains(zone)
                    else { continue }
                    sum.certificates += 1
                    sum.caratsX100 += c.totals.caratsX100
                    sum.valueUsdCents += c.totals.valueUsdCents
                }
                return sum
            }
            let rows = try await store.monitoring.conflictWhatIf(.year(year))
            let expected: [ConflictDefinition: Set<String>] = [
                .kp2003: ["ZA-KIMBERLEY"], .broadened2019: ["BW-NORTH", "ZA-KIMBERLEY"],
            ]
            #expect(rows.map(\.definition) == ConflictDefinition.allCases)
            for row in rows {
                let zones = try #require(expected[row.definition])
                #expect(Set(row.zones) == zones, "\(row.definition)")
                #expect(row.trade == independentSum(zones), "\(row.definition)")
            }
            let broadened = try #require(rows.last)
            #expect(broadened.trade.certificates > 0, "the planted zones carried trade")
            #expect(broadened.trade.certificates > rows[0].trade.certificates, "the broadened definition covers more")
        }
    }
}
