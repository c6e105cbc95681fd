import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The KP's confidentiality for observer organisations: an account of an organisation of every kind (industry,
/// civil society, independent), with or without a seat on the statistics working group, reads no certificate's
/// companies, quantities or values through any GET of the API or the site; a scheme-wide reader (an observer with no
/// organisation) still does, so the search below finds what it looks for.
@Suite struct ObserverConfidentialityTests {
    typealias Web = WebPagesTests

    /// What one issued certificate says that only its parties may read, as the API and the pages write it.
    static func secrets(of certificate: Certificate) -> [String] {
        var secrets = ["Kalahari Exports", "Antwerp Imports"]
        let values = certificate.lines.map(\.valueUsdCents) + [certificate.totals.valueUsdCents]
        let carats = certificate.lines.map(\.caratsX100) + [certificate.totals.caratsX100]
        for amount in values {
            secrets += [String(amount), Quantity.dollars(amount, .en), Quantity.dollars(amount, .fr)]
        }
        for amount in carats { secrets += [Quantity.carats(amount, .en), Quantity.carats(amount, .fr)] }
        return secrets
    }

    /// Every GET of the OpenAPI document, its parameters filled for this certificate and year.
    static func readings(number: String, year: Int) -> [String] {
        OpenAPIDocumentTests.documentedOperations(MetaAPI.openAPIDocument).sorted().compactMap { operation in
            let parts = operation.split(separator: " ").map(String.init)
            guard parts[0] == "GET" else { return nil }
            let path = RoleMatrixTests.uri(parts[1], number: number)
            return path + (path.contains("?") ? "&" : "?") + "year=\(year)&participant=BW&lang=en"
        }
    }

    /// The bodies of every reading, as the API (bearer token) or the site (session cookie) answers this account.
    static func read(
        _ client: any TestClientProtocol, _ uris: [String], username: String
    ) async throws -> [(uri: String, status: HTTPResponse.Status, body: String)] {
        let token = try await client.token(username)
        let cookie = try await Web.logIn(client, username)
        var answers: [(String, HTTPResponse.Status, String)] = []
        for uri in uris {
            let headers: HTTPFields =
                uri.hasPrefix("/api/") ? [.authorization: "Bearer \(token)"] : [.cookie: cookie]
            let answer = try await client.execute(uri: uri, method: .get, headers: headers) {
                ($0.status, String(decoding: $0.body.readableBytesView, as: UTF8.self))
            }
            answers.append((uri, answer.0, answer.1))
        }
        return answers
    }

    @Test(arguments: TestEngine.all)
    func noObserverOrganisationReadsACertificatesCompaniesOrValuesAnywhere(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let issued = try await world.issue()
            // A second certificate of the pair, other values, so that no public aggregate equals the first's.
            _ = try await world.store.certificates.issue(
                world.draft(lines: [
                    .init(hsCode: "7102.10", caratsX100: 70_707, valueUsdCents: 31_313_100, parcels: 2),
                    .init(hsCode: "7102.31", caratsX100: 8_008, valueUsdCents: 4_040_400, parcels: 1),
                ]),
                by: world.bwOfficer)
            let number = issued.certificate.number
            let year = CalendarDate(utcDayOf: clock.now).year
            let organisations = try await world.store.governance.observerOrganisations()
            #expect(Set(organisations.map(\.kind)) == Set(ObserverKind.allCases), "an organisation of every kind")
            var usernames: [String] = []
            for (index, organisation) in organisations.enumerated() {
                let username = "obs-\(organisation.code.lowercased())"
                // The first also sits on the WGS as a person, which opens the statistics' detail to anyone else.
                _ = try await world.store.accounts.create(
                    username: username, password: Fixture.password, role: .observer, authorityId: nil,
                    body: index == 0 ? .statistics : nil, organisation: organisation.code)
                usernames.append(username)
            }
            let uris = Self.readings(number: number, year: year)
            #expect(uris.count > 50, "\(uris.count) readings")
            let secrets = Self.secrets(of: issued.certificate)
            for username in usernames {
                for (uri, status, body) in try await Self.read(client, uris, username: username) {
                    #expect(status != .internalServerError, "\(username) on \(uri)")
                    for secret in secrets {
                        #expect(!body.contains(secret), "\(username) reads \(secret) on \(uri) (\(status))")
                    }
                }
                let token = try await client.token(username)
                #expect(
                    try await client.call(.get, "/api/v1/certificates/\(number)", token: token).status == .forbidden)
                #expect(try await client.call(.get, "/api/v1/certificates", token: token)["total"] as? Int == 0)
            }
            // The scheme-wide reader still reads them: the search finds what it looks for.
            let reader = try await Self.read(client, uris, username: "observer")
            #expect(
                reader.contains {
                    $0.uri.hasPrefix("/api/v1/certificates/\(number)?") && $0.body.contains("Kalahari Exports")
                })
            #expect(reader.contains { $0.uri.hasPrefix("/certificates/\(number)?") && $0.body.contains(secrets[3]) })
        }
    }

    @Test func theRuleIsTheOrganisationNotTheRole() {
        let organisation = Principal(
            accountId: 1, username: "wdc", role: .observer, authority: nil, body: .statistics, organisation: "WDC")
        let reader = Principal(accountId: 2, username: "secretariat", role: .observer, authority: nil, body: .chair)
        #expect(organisation.certificateScope == .none && reader.certificateScope == .all)
        #expect(!organisation.canRead(exportingParticipant: "BW", importingParticipant: "EU"))
        #expect(reader.canRead(exportingParticipant: "BW", importingParticipant: "EU"))
        #expect(!StatisticsAccess.maySeeDetail(organisation, concerning: ["BW"]))
        #expect(StatisticsAccess.maySeeDetail(reader, concerning: ["BW"]))
        #expect(throws: KPCSError.self) { try StatisticsAccess.requireSomeDetail(organisation) }
    }
}
