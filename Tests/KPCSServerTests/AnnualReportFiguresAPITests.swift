import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The figures of an annual report through the API: for those who read all of the participant's certificates.
@Suite struct AnnualReportFiguresAPITests {
    @Test(arguments: TestEngine.all)
    func theParticipantAndSchemeWideReadersReadTheFiguresAndNoOneElse(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            _ = try await world.issue()
            let year = CalendarDate(utcDayOf: world.store.configuration.now()).year
            let path = "/api/v1/participants/BW/annual-report-figures?year=\(year)"
            for username in ["bw-officer", "bw-delegate", "admin", "observer"] {
                let read = try await client.call(.get, path, token: try await client.token(username))
                #expect(read.status == .ok, "\(username)")
                let issued = try #require(read["issued"] as? [String: Any])
                let byState = try #require(issued["byState"] as? [String: Any])
                #expect((byState["issued"] as? [String: Any])?["count"] as? Int == 1, "\(username)")
            }
            for username in ["ae-officer", "eu-delegate", "wdc-observer"] {
                let refused = try await client.call(.get, path, token: try await client.token(username))
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(try await client.call(.get, path).status == .unauthorized)
            let admin = try await client.token("admin")
            #expect(
                try await client.call(.get, "/api/v1/participants/BW/annual-report-figures", token: admin).status
                    == .unprocessableContent)
            #expect(
                try await client.call(.get, "/api/v1/participants/XX/annual-report-figures?year=2025", token: admin)
                    .status == .notFound)
        }
    }
}
