import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Logging
import NIOCore

@testable import KPCSServer

/// Runs `body` against the whole application in process (no socket), on a fresh store with the fixture.
func withTestApp(
    _ engine: TestEngine, clock: TestClock = TestClock(),
    configure: (inout StoreConfiguration) -> Void = { _ in },
    _ body: @escaping @Sendable (any TestClientProtocol, Fixture) async throws -> Void
) async throws {
    try await withTestStore(engine, clock: clock, configure: configure) { store in
        let world = try await Fixture.make(store)
        var logger = Logger(label: "kpcs-test")
        logger.logLevel = .warning
        let app = buildApplication(
            store: store, settings: ServerSettings(expiryInterval: .seconds(3600)), logger: logger)
        try await app.test(.router) { client in try await body(client, world) }
    }
}

/// Runs `body` against the whole application listening on a real socket (a free port on 127.0.0.1), for clients
/// that speak HTTP themselves (`kpcs verify --sync`, `kpcs log audit`). `body` gets the server's base address.
func withLiveApp(_ store: Store, _ body: @escaping @Sendable (String) async throws -> Void) async throws {
    var logger = Logger(label: "kpcs-test")
    logger.logLevel = .warning
    let app = buildApplication(
        store: store, settings: ServerSettings(host: "127.0.0.1", port: 0, expiryInterval: .seconds(3600)),
        logger: logger)
    try await app.test(.live) { client in
        guard let port = client.port else { throw TestFailure("the live server has no port") }
        try await body("http://127.0.0.1:\(port)")
    }
}

/// A decoded response: status, headers and JSON body.
struct JSONResponse: @unchecked Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: [String: Any]

    subscript(key: String) -> Any? { body[key] }

    /// The pointers named in a problem's `errors`.
    var pointers: [String] { (body["errors"] as? [[String: Any]])?.compactMap { $0["pointer"] as? String } ?? [] }
}

extension TestClientProtocol {
    /// Sends a request with an optional JSON body and bearer token, and decodes the JSON answer.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: Any? = nil, rawBody: String? = nil,
        language: String? = nil
    ) async throws -> JSONResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let language { headers[.acceptLanguage] = language }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let rawBody {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: rawBody)
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            let data = Data(response.body.readableBytesView)
            let object = data.isEmpty ? [:] : (try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:])
            return JSONResponse(status: response.status, headers: response.headers, body: object)
        }
    }

    /// Logs in through the API and returns the token.
    func token(_ username: String, password: String = Fixture.password) async throws -> String {
        let response = try await call(.post, "/api/v1/auth/token", json: ["username": username, "password": password])
        guard let token = response["token"] as? String else {
            throw TestFailure("login of \(username) failed: \(response.status)")
        }
        return token
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Fixture {
    /// The default draft as JSON.
    var draftJSON: [String: Any] {
        [
            "importingParticipant": "EU", "exporterId": bwExporter.id, "importerId": euImporter.id,
            "origin": ["kind": "single", "country": "BW"],
            "lines": [
                ["hsCode": "7102.10", "caratsX100": 123_456, "valueUsdCents": 98_765_400, "parcels": 3],
                ["hsCode": "7102.31", "caratsX100": 50_001, "valueUsdCents": 100_000_001, "parcels": 1],
            ],
        ]
    }
}
