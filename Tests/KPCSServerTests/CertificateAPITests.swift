import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSTestSupport
import Testing

/// The certificate API end to end, in process, on each engine.
@Suite struct CertificateAPITests {
    static var today: String { CalendarDate(utcDayOf: Date()).description }

    @Test(arguments: TestEngine.all)
    func issueConfirmAndReadThroughTheAPI(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let eu = try await client.token("eu-officer")
            // issue
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            #expect(issued.status == .created)
            let number = try #require(issued["number"] as? String)
            #expect(issued["state"] as? String == "issued")
            #expect((issued["totals"] as? [String: Any])?["caratsX100"] as? Int == 173_457)
            #expect((issued["totals"] as? [String: Any])?["valueUsdCents"] as? Int == 198_765_401)
            #expect((issued["exporter"] as? [String: Any])?["name"] as? String == "Kalahari Exports")
            #expect((issued["importingParticipant"] as? [String: Any])?["nameEn"] as? String == "European Union")
            #expect(issued.headers[.location] == "/api/v1/certificates/\(number)")
            // confirm with a discrepancy
            let received: [String: Any] = [
                "receivedOn": Self.today,
                "lines": [
                    ["hsCode": "7102.10", "caratsX100": 123_000, "parcels": 3],
                    ["hsCode": "7102.31", "caratsX100": 50_001, "parcels": 1],
                ],
            ]
            let confirmed = try await client.call(
                .post, "/api/v1/certificates/\(number)/confirmation", token: eu, json: received)
            #expect(confirmed.status == .created)
            #expect(confirmed["state"] as? String == "discrepancy")
            let differences = (confirmed["confirmation"] as? [String: Any])?["differences"] as? [[String: Any]]
            #expect(differences?.first?["caratsX100Delta"] as? Int == -456)
            // only once
            let again = try await client.call(
                .post, "/api/v1/certificates/\(number)/confirmation", token: eu, json: received)
            #expect(again.status == .conflict)
            #expect(again.headers[.contentType] == "application/problem+json")
            // both sides read it, with its history
            for token in [bw, eu] {
                let read = try await client.call(.get, "/api/v1/certificates/\(number)", token: token)
                #expect(read.status == .ok)
                #expect(
                    (read["events"] as? [[String: Any]])?.compactMap { $0["type"] as? String } == [
                        "issued", "discrepancy",
                    ])
            }
            let list = try await client.call(.get, "/api/v1/certificates?state=discrepancy&perPage=10", token: eu)
            #expect(list["total"] as? Int == 1 && list["perPage"] as? Int == 10)
        }
    }

    @Test(arguments: TestEngine.all)
    func validationErrorsNameEveryFieldInEnglishOrFrench(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            var draft = world.draftJSON
            draft["importingParticipant"] = "BW"
            draft["origin"] = ["kind": "mixed", "countries": ["BW", "QQ"]]
            draft["lines"] = [["hsCode": "7102.10", "caratsX100": -1, "valueUsdCents": 10, "parcels": 1]]
            draft["expiresOn"] = "2001-01-01"
            let english = try await client.call(.post, "/api/v1/certificates", token: bw, json: draft)
            #expect(english.status == .unprocessableContent)
            #expect(english.headers[.contentType] == "application/problem+json")
            #expect(
                english.pointers == [
                    "/importingParticipant", "/importerId", "/origin/countries/1", "/lines/0/caratsX100", "/expiresOn",
                ])
            #expect((english["detail"] as? String)?.contains("QQ is not an ISO 3166-1 alpha-2 country code.") == true)
            #expect(english["title"] as? String == "Invalid request")
            let french = try await client.call(
                .post, "/api/v1/certificates/validate", token: bw, json: draft, language: "fr-FR,fr;q=0.9")
            #expect(french.pointers == english.pointers)
            #expect((french["detail"] as? String)?.contains("QQ n'est pas un code pays ISO 3166-1 alpha-2.") == true)
            #expect(french.headers[.contentLanguage] == "fr")
            let list = try await client.call(.get, "/api/v1/certificates", token: bw)
            #expect(list["total"] as? Int == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func malformedBodiesAreClearErrorsNotCrashes(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let bw = try await client.token("bw-officer")
            let broken = try await client.call(.post, "/api/v1/certificates", token: bw, rawBody: "{\"lines\": [")
            #expect(broken.status == .badRequest && broken["type"] as? String == "urn:kpcs:problem:body-malformed")
            let wrongType = try await client.call(
                .post, "/api/v1/certificates", token: bw,
                rawBody: #"{"importingParticipant":"EU","lines":[{"caratsX100":"12.5"}]}"#)
            #expect(wrongType.status == .unprocessableContent)
            #expect(wrongType.pointers == ["/lines/0/caratsX100"])
            let fractional = try await client.call(
                .post, "/api/v1/certificates", token: bw, rawBody: #"{"lines":[{"caratsX100":12.5}]}"#)
            #expect(fractional.status == .unprocessableContent && fractional.pointers == ["/lines/0/caratsX100"])
            let badPage = try await client.call(.get, "/api/v1/certificates?perPage=1000", token: bw)
            #expect(badPage.status == .unprocessableContent && badPage.pointers == ["/perPage"])
            let badState = try await client.call(.get, "/api/v1/certificates?state=lost", token: bw)
            #expect(badState.status == .unprocessableContent && badState.pointers == ["/state"])
            let missing = try await client.call(.get, "/api/v1/certificates/BW-1999-000001", token: bw)
            #expect(missing.status == .notFound)
            let huge = try await client.call(
                .post, "/api/v1/certificates", token: bw, rawBody: String(repeating: " ", count: 2 << 20))
            #expect(huge.status == .contentTooLarge && huge["type"] as? String == "urn:kpcs:problem:body-too-large")
            let nowhere = try await client.call(.get, "/api/v1/nowhere")
            #expect(nowhere.status == .notFound && nowhere.headers[.contentType] == "application/problem+json")
        }
    }

    @Test(arguments: TestEngine.all)
    func voidAndReplaceThroughTheAPI(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let eu = try await client.token("eu-officer")
            let number = try #require(
                try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)["number"]
                    as? String)
            let refusedByImporter = try await client.call(
                .post, "/api/v1/certificates/\(number)/void", token: eu, json: ["reason": "x"])
            #expect(refusedByImporter.status == .forbidden)
            let voided = try await client.call(
                .post, "/api/v1/certificates/\(number)/void", token: bw, json: ["reason": "wrong importer"])
            #expect(
                voided.status == .ok && voided["state"] as? String == "voided"
                    && voided["voidReason"] as? String == "wrong importer")
            var replacement = world.draftJSON
            replacement["replaces"] = number
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: replacement)
            #expect(issued.status == .created && issued["replaces"] as? String == number)
        }
    }
}
