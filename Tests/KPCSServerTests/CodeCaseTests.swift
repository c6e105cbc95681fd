import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// Certificate numbers and participant codes are accepted in any case, in the API and on the pages, and shown
/// upper case.
@Suite struct CodeCaseTests {
    @Test(arguments: TestEngine.all)
    func numbersAndCodesAreReadInAnyCase(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let eu = try await client.token("eu-officer")
            var draft = world.draftJSON
            draft["importingParticipant"] = "eu"
            draft["origin"] = ["kind": "mixed", "countries": ["bw", "Za"]]
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            #expect(issued.status == .created)
            let number = try #require(issued["number"] as? String)
            #expect(number == number.uppercased() && number.hasPrefix("BW-"))
            #expect((issued["importingParticipant"] as? [String: Any])?["code"] as? String == "EU")
            #expect((issued["origin"] as? [String: Any])?["countries"] as? [String] == ["BW", "ZA"])

            let lower = number.lowercased()
            let read = try await client.call(.get, "/api/v1/certificates/\(lower)", token: eu)
            #expect(read.status == .ok && read["number"] as? String == number)
            let received: [String: Any] = [
                "receivedOn": CalendarDate(utcDayOf: Date()).description,
                "lines": [
                    ["hsCode": "7102.10", "caratsX100": 123_456, "parcels": 3],
                    ["hsCode": "7102.31", "caratsX100": 50_001, "parcels": 1],
                ],
            ]
            let confirmed = try await client.call(
                .post, "/api/v1/certificates/\(lower)/confirmation", token: eu, json: received)
            #expect(confirmed.status == .created && confirmed["number"] as? String == number)

            let cookie = try await WebPagesTests.logIn(client, "bw-officer")
            let page = try await WebPagesTests.get(client, "/certificates/\(lower)", cookie: cookie)
            #expect(page.status == .ok && page.html.contains(number))
            let participant = try await client.call(.get, "/api/v1/participants/bw")
            #expect(participant.status == .ok && participant["code"] as? String == "BW")
            let list = try await client.call(.get, "/api/v1/certificates?participant=bw", token: bw)
            #expect(list.status == .ok && (list["total"] as? Int ?? 0) >= 1)
        }
    }

    @Test func draftsKeepCodesUpperCase() {
        let draft = CertificateDraft(
            importingParticipant: "eu", exporterId: 1, importerId: 2, origin: .mixed(["bw", "za"]), lines: nil,
            replaces: nil)
        #expect(draft.importingParticipant == "EU" && draft.origin?.countries == ["BW", "ZA"])
        #expect(
            AuthorityDraft(participantCode: "eu", memberState: "be", name: "x", canExport: true, canImport: true)
                .memberState == "BE")
    }
}
