import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Logging
import NIOCore
import SQLKit
import Testing

@testable import KPCSServer

/// The trust endpoints, key administration, online verification, and that no private key ever leaves the store.
@Suite struct SealAPITests {
    @Test(arguments: TestEngine.all)
    func aSealFromTheAPIVerifiesOfflineAndOnline(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            let seal = try #require(issued["seal"] as? String)
            #expect(seal.hasPrefix("KP1:"))
            let root = try #require(
                Ed25519JWK(
                    members: try JSONParser.parse(try await client.raw(.get, "/.well-known/kpcs/root.jwk")).objectValue
                        ?? [:]))
            let trust = try TrustList(
                signed: String(decoding: try await client.raw(.get, "/.well-known/kpcs/trust-list.jws"), as: UTF8.self),
                root: root)
            let voids = try VoidList(
                signed: String(decoding: try await client.raw(.get, "/.well-known/kpcs/void-list.jws"), as: UTF8.self),
                root: root)
            #expect(SealVerifier(trustList: trust, voidList: voids).verify(seal, at: Date()).verdict == .genuine)
            let jwks = try JSONParser.parse(try await client.raw(.get, "/.well-known/kpcs/trust-list.jwks"))
            #expect(jwks["keys"]?.arrayValue?.count == 1)

            let online = try await client.call(.post, "/api/v1/verify", json: ["seal": seal], language: "fr")
            #expect(online["verdict"] as? String == "genuine" && online["acceptable"] as? Bool == true)
            #expect(online["liveState"] as? String == "issued" && online["matchesRecord"] as? Bool == true)
            #expect((online["message"] as? String)?.hasPrefix("Authentique") == true)
            #expect((online["certificate"] as? [String: Any])?["number"] as? String == issued["number"] as? String)

            let pasted = try await client.call(.post, "/api/v1/verify", json: ["seal": " \(seal)\r\n"])
            #expect(
                pasted["verdict"] as? String == "genuine" && pasted["matchesRecord"] as? Bool == true,
                "spaces around are ignored")
            let tampered = try await client.call(
                .post, "/api/v1/verify", json: ["seal": seal.replacingOccurrences(of: "KP1:", with: "KP2:")])
            #expect(tampered["verdict"] as? String == "not-a-seal" && tampered["acceptable"] as? Bool == false)
            let missing = try await client.call(.post, "/api/v1/verify", json: [:])
            #expect(missing.status == .unprocessableContent && missing.pointers == ["/seal"])
            let huge = try await client.call(
                .post, "/api/v1/verify", json: ["seal": "KP1:" + String(repeating: "A", count: 100_000)])
            #expect(huge["verdict"] as? String == "not-a-seal")

            let number = try #require(issued["number"] as? String)
            _ = try await client.call(.post, "/api/v1/certificates/\(number)/void", token: bw, json: ["reason": "typo"])
            #expect(
                try await client.call(.post, "/api/v1/verify", json: ["seal": seal])["verdict"] as? String == "voided")

            let page = String(
                decoding: try await client.raw(
                    .get, "/verify?lang=fr&seal=\(seal.addingPercentEncodingForQuery())"), as: UTF8.self)
            #expect(page.contains("<html lang=\"fr\">") && page.contains("annulé") && page.contains(number))
            let english = String(decoding: try await client.raw(.get, "/verify"), as: UTF8.self)
            #expect(
                english.contains("Verify a Kimberley Process certificate") && english.contains("<label for=\"seal\">"))
        }
    }

    @Test(arguments: TestEngine.all)
    func onlyAdministratorsManageKeys(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            _ = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
            let admin = try await client.token("admin")
            let observer = try await client.token("observer")
            let authorityId = try #require(world.bwOfficer.authority?.id)
            #expect(try await client.call(.get, "/api/v1/keys").status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/keys", token: bw).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/keys", token: observer).status == .forbidden)
            #expect(
                try await client.call(.post, "/api/v1/authorities/\(authorityId)/keys", token: bw).status == .forbidden)
            let rotated = try await client.call(.post, "/api/v1/authorities/\(authorityId)/keys", token: admin)
            #expect(rotated.status == .created && rotated["status"] as? String == "current")
            let kid = try #require(rotated["kid"] as? String)
            #expect(try await client.call(.post, "/api/v1/authorities/999999/keys", token: admin).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/authorities/abc/keys", token: admin).status == .notFound)
            #expect(
                try await client.call(.post, "/api/v1/keys/\(kid)/revocation", token: bw, json: ["reason": "x"]).status
                    == .forbidden)
            let noReason = try await client.call(.post, "/api/v1/keys/\(kid)/revocation", token: admin, json: [:])
            #expect(noReason.status == .unprocessableContent && noReason.pointers == ["/reason"])
            let badTime = try await client.call(
                .post, "/api/v1/keys/\(kid)/revocation", token: admin,
                json: ["reason": "x", "effectiveAt": "yesterday"])
            #expect(badTime.status == .unprocessableContent && badTime.pointers == ["/effectiveAt"])
            let revoked = try await client.call(
                .post, "/api/v1/keys/\(kid)/revocation", token: admin, json: ["reason": "lost laptop"])
            #expect(revoked.status == .ok && revoked["status"] as? String == "revoked")
            #expect(
                try await client.call(.post, "/api/v1/keys/\(kid)/revocation", token: admin, json: ["reason": "x"])
                    .status == .conflict)
            #expect(
                try await client.call(.post, "/api/v1/keys/nope/revocation", token: admin, json: ["reason": "x"]).status
                    == .notFound)
            let keys = try await client.call(.get, "/api/v1/keys", token: admin)
            let statuses = ((keys["items"] as? [[String: Any]]) ?? []).compactMap { $0["status"] as? String }.sorted()
            #expect(
                statuses == ["current", "retired", "revoked"],
                "first key retired, rotated key revoked, its replacement current")
        }
    }

    /// Drives every key and seal path with logging at trace level, then looks for each private key, in every
    /// encoding, in every response body and every log line.
    @Test(arguments: TestEngine.all)
    func noPrivateKeyInAnyResponseOrLogLine(engine: TestEngine) async throws {
        let lines = RecordingLogHandler.Lines()
        let logger = Logger(label: "kpcs-recorded") { _ in RecordingLogHandler(lines: lines) }
        let bodies = ResponseLog()
        try await withTestStore(engine, logger: logger) { store in
            let world = try await Fixture.make(store)
            let app = buildApplication(
                store: store, settings: ServerSettings(expiryInterval: .seconds(3600)), logger: logger)
            try await app.test(.router) { client in
                let bw = try await client.token("bw-officer")
                let admin = try await client.token("admin")
                let issued = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
                let number = try #require(issued["number"] as? String)
                let rotated = try await client.call(
                    .post, "/api/v1/authorities/\(try #require(world.bwOfficer.authority?.id))/keys", token: admin)
                _ = try await client.call(
                    .post, "/api/v1/keys/\(try #require(rotated["kid"] as? String))/revocation", token: admin,
                    json: ["reason": "test"])
                _ = try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)
                for path in [
                    "/.well-known/kpcs/trust-list.jwks", "/.well-known/kpcs/trust-list.jws",
                    "/.well-known/kpcs/void-list.jws",
                    "/.well-known/kpcs/root.jwk", "/api/v1/certificates/\(number)", "/api/v1/certificates?perPage=200",
                ] {
                    bodies.append(try await client.raw(.get, path, token: admin))
                }
                bodies.append(try await client.raw(.get, "/api/v1/keys", token: admin))
                bodies.append(
                    try await client.raw(
                        .get,
                        "/verify?seal=\(try #require(issued["seal"] as? String).addingPercentEncodingForQuery())")
                )
            }
            let rows = try await store.database.read { db in
                try await db.raw("SELECT kid, sealed_private_key FROM signing_keys").all()
            }
            #expect(rows.count == 4, "root, first, rotated (revoked), its replacement")
            for row in rows {
                let raw = Data(
                    try store.configuration.masterKey.open(
                        try row.decode(column: "sealed_private_key", as: String.self),
                        keyId: try row.decode(column: "kid", as: String.self)
                    ).rawRepresentation)
                let encodings = [
                    Base64URL.encode(raw), raw.base64EncodedString(), raw.map { String(format: "%02x", $0) }.joined(),
                ]
                for body in bodies.all {
                    #expect(body.range(of: raw) == nil)
                    for encoding in encodings { #expect(!String(decoding: body, as: UTF8.self).contains(encoding)) }
                }
                for line in lines.all { for encoding in encodings { #expect(!line.contains(encoding)) } }
                #expect(!lines.all.contains { $0.contains(store.configuration.masterKey.base64) })
            }
            #expect(!lines.all.isEmpty, "the trace-level logger saw the requests")
        }
    }
}

final class ResponseLog: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [Data] = []
    func append(_ body: Data) { lock.withLock { bodies.append(body) } }
    var all: [Data] { lock.withLock { bodies } }
}

extension TestClientProtocol {
    /// The raw body of a response, failing on anything but 200.
    func raw(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil) async throws -> Data {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: headers, body: nil) { response in
            guard response.status == .ok else { throw TestFailure("\(uri) answered \(response.status)") }
            return Data(response.body.readableBytesView)
        }
    }
}
