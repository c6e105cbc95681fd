import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// Annual reports through the API: the public standing, the report for its readers, a version by the participant's
/// delegate only and a review by the WGM only; every other role is refused and nothing is written.
@Suite struct AnnualReportAPITests {
    static let sections = Dictionary(
        uniqueKeysWithValues: AnnualReportSection.allCases.map { ($0.rawValue, "Text of \($0.rawValue).") })

    /// A BW certificate issued in 2025, read in February 2026, with EU's delegates on the WGM.
    static func withReportingYear(
        _ engine: TestEngine, _ body: @escaping @Sendable (any TestClientProtocol, Fixture) async throws -> Void
    ) async throws {
        let clock = TestClock(Timestamp.date("2025-05-01T12:00:00.000Z")!)
        try await withTestApp(engine, clock: clock) { client, world in
            _ = try await GovernanceFixture.make(on: world)
            _ = try await world.issue()
            clock.advance(days: 300)
            _ = try await world.store.governance.addSeat(
                to: "WGM", SeatDraft(holderKind: "participant", code: "EU", role: "member", startsOn: "2026-01-01"),
                by: world.admin)
            try await body(client, world)
        }
    }

    @Test(arguments: TestEngine.all)
    func everyRoleIsAnsweredAsTheRulesSay(engine: TestEngine) async throws {
        try await Self.withReportingYear(engine) { client, world in
            let list = try await client.call(.get, "/api/v1/participants/bw/annual-reports")
            let years = try #require(list["reports"] as? [[String: Any]])
            #expect(years.map { $0["year"] as? Int } == [2026, 2025])
            #expect(
                years[1]["state"] as? String == "not-submitted" && years[1]["timeliness"] as? String == "not-yet-due")
            #expect(years[1]["dueOn"] as? String == "2026-06-01")
            #expect(try await client.call(.get, "/api/v1/participants/XX/annual-reports").status == .notFound)

            let path = "/api/v1/participants/BW/annual-reports/2025"
            #expect(try await client.call(.get, path).status == .unauthorized)
            for username in ["bw-officer", "bw-delegate", "admin", "observer", "eu-delegate"] {
                #expect(try await client.call(.get, path, token: try await client.token(username)).status == .ok)
            }
            for username in ["ae-officer", "ae-delegate", "wdc-observer"] {
                let refused = try await client.call(.get, path, token: try await client.token(username))
                #expect(refused.status == .forbidden, "\(username)")
            }
            let admin = try await client.token("admin")
            #expect(
                try await client.call(.get, path.replacingOccurrences(of: "2025", with: "20x5"), token: admin).status
                    == .notFound)
            #expect(
                try await client.call(.get, path.replacingOccurrences(of: "2025", with: "1999"), token: admin).status
                    == .unprocessableContent)

            let body: [String: Any] = ["sections": Self.sections]
            #expect(try await client.call(.post, path + "/versions", json: body).status == .unauthorized)
            for username in ["bw-officer", "ae-delegate", "admin", "observer", "wdc-observer", "eu-delegate"] {
                let refused = try await client.call(
                    .post, path + "/versions", token: try await client.token(username), json: body)
                #expect(refused.status == .forbidden, "\(username)")
            }
            #expect(
                try await world.store.monitoring.annualReportStandings(participant: "BW")[1].state == .notSubmitted,
                "refusals write nothing")

            let bw = try await client.token("bw-delegate")
            let bad = try await client.call(
                .post, path + "/versions", token: bw,
                json: ["sections": ["legislation": "x"], "figures": ["exports-voided": ["value": 3]]], language: "fr")
            #expect(bad.status == .unprocessableContent)
            #expect(
                bad.pointers.contains("/sections/controls") && bad.pointers.contains("/figures/exports-voided/reason"))
            let created = try await client.call(.post, path + "/versions", token: bw, json: body)
            #expect(created.status == .created && created["state"] as? String == "submitted")
            let version = try #require((created["versions"] as? [[String: Any]])?.first)
            let figures = try #require(version["figures"] as? [String: Any])
            #expect((figures["export-certificates"] as? [String: Any])?["computed"] as? Int == 1)
            let computed = try await client.call(
                .get, "/api/v1/participants/BW/annual-report-figures?year=2025", token: bw)
            #expect((computed["values"] as? [String: Any])?["export-certificates"] as? Int == 1)

            let review: [String: Any] = ["version": 1, "outcome": "returned", "comment": "Say more on controls."]
            #expect(try await client.call(.post, path + "/reviews", json: review).status == .unauthorized)
            for username in ["bw-delegate", "ae-delegate", "admin", "observer", "wdc-observer", "bw-officer"] {
                let refused = try await client.call(
                    .post, path + "/reviews", token: try await client.token(username), json: review)
                #expect(refused.status == .forbidden, "\(username)")
            }
            let eu = try await client.token("eu-delegate")
            let noComment = try await client.call(
                .post, path + "/reviews", token: eu, json: ["version": 1, "outcome": "returned"])
            #expect(noComment.status == .unprocessableContent && noComment.pointers == ["/comment"])
            let returned = try await client.call(.post, path + "/reviews", token: eu, json: review)
            #expect(returned.status == .created && returned["state"] as? String == "returned")
            let again = try await client.call(.post, path + "/reviews", token: eu, json: review)
            #expect(again.status == .conflict)
            let wdc = try await client.call(.get, path, token: try await client.token("wdc-observer"))
            #expect(wdc.status == .forbidden)
        }
    }
}
