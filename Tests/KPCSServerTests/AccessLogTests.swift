import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Logging
import NIOCore
import Testing

@testable import KPCSServer

/// Runs `body` against the whole application with every log line of the server and the store recorded.
private func withRecordedApp(
    _ engine: TestEngine,
    _ body: @escaping @Sendable (any TestClientProtocol, RecordingLogHandler.Lines) async throws -> Void
) async throws {
    let lines = RecordingLogHandler.Lines()
    let logger = Logger(label: "kpcs-recorded") { _ in RecordingLogHandler(lines: lines) }
    try await withTestStore(engine, logger: logger) { store in
        _ = try await Fixture.make(store)
        let app = buildApplication(
            store: store, settings: ServerSettings(expiryInterval: .seconds(3600)), logger: logger)
        try await app.test(.router) { client in try await body(client, lines) }
    }
}

extension RecordingLogHandler.Lines {
    /// The lines of one event (`event=access`, `event=login-failed`, …): those whose message begins with it.
    func events(_ event: String) -> [String] {
        all.filter { line in Logger.Level.allCases.contains { line.hasPrefix("\($0.rawValue) event=\(event) ") } }
    }

    /// The access line of the request with this id.
    func access(_ requestId: String) -> String? {
        events("access").first { $0.contains("request_id=\(requestId) ") }
    }

    /// Whether any line holds this text.
    func mention(_ text: String) -> Bool { all.contains { $0.contains(text) } }
}

/// The request id, the access log and the trace of refused logins (issue 15, point 10).
@Suite struct AccessLogTests {
    /// Sends a request with an optional `X-Request-Id` and bearer token; returns the status and the id sent back.
    static func send(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .get, id: String? = nil,
        token: String? = nil, json: [String: String]? = nil
    ) async throws -> (status: HTTPResponse.Status, id: String?) {
        var headers: HTTPFields = [:]
        if let id { headers[.xRequestId] = id }
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) {
            (status: $0.status, id: $0.headers[.xRequestId])
        }
    }

    static func isGenerated(_ id: String?) -> Bool {
        guard let id else { return false }
        return id.count == 32 && id.allSatisfy { "0123456789abcdef".contains($0) }
    }

    @Test(arguments: TestEngine.all)
    func everyResponseCarriesARequestIdAndOnlyAGoodOneIsTakenFromTheClient(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let first = try await Self.send(client, "/health").id
            let second = try await Self.send(client, "/health").id
            #expect(Self.isGenerated(first) && Self.isGenerated(second) && first != second)
            for good in ["client-id_1.2", String(repeating: "a", count: 64), "X"] {
                #expect(try await Self.send(client, "/health", id: good).id == good)
            }
            let hostile = [
                String(repeating: "a", count: 65), "has space", "line\nbreak", "one, two", "caf\u{E9}", "",
                "quote\"d", String(repeating: "b", count: 10_000),
            ]
            for bad in hostile {
                let answered = try await Self.send(client, "/health", id: bad).id
                #expect(Self.isGenerated(answered) && answered != bad, "\(bad.prefix(20)) is replaced")
            }
            // Problems and error pages carry it too.
            #expect(try await Self.send(client, "/api/v1/no-such-thing", id: "missing-1").id == "missing-1")
            #expect(try await Self.send(client, "/api/v1/companies", id: "anonymous-1").id == "anonymous-1")
        }
    }

    @Test(arguments: TestEngine.all)
    func oneAccessLinePerRequestWithItsFields(engine: TestEngine) async throws {
        try await withRecordedApp(engine) { client, lines in
            let token = try await client.token("bw-officer")
            #expect(try await Self.send(client, "/api/v1/me", id: "me-1", token: token).status == .ok)
            let me = try #require(lines.access("me-1"))
            for field in ["method=GET", "path=/api/v1/me ", "status=200", "account=bw-officer", "duration_ms="] {
                #expect(me.contains(field), "\(field) in \(me)")
            }
            #expect(me.hasPrefix("info "), "the access log is at info")
            // The login that made the token names the account it signed in; the token is never logged.
            let login = try #require(lines.events("access").first { $0.contains("path=/api/v1/auth/token ") })
            #expect(
                login.contains("method=POST") && login.contains("status=201") && login.contains("account=bw-officer"))
            #expect(!lines.mention(token))
            // Anonymous and refused requests, and a route not found (an error thrown through the middleware).
            #expect(try await Self.send(client, "/api/v1/companies", id: "anon-1").status == .unauthorized)
            let anonymous = try #require(lines.access("anon-1"))
            #expect(anonymous.contains("status=401") && anonymous.contains("account=-"))
            #expect(try await Self.send(client, "/api/v1/me", id: "forged-1", token: "forged").status == .unauthorized)
            #expect(lines.access("forged-1")?.contains("account=-") == true)
            #expect(try await Self.send(client, "/api/v1/nowhere", id: "missing-1").status == .notFound)
            #expect(lines.access("missing-1")?.contains("status=404") == true)
            #expect(lines.events("access").filter { $0.contains("request_id=me-1 ") }.count == 1)
        }
    }

    @Test(arguments: TestEngine.all)
    func noQueryAndNoLongSegmentIsLogged(engine: TestEngine) async throws {
        try await withRecordedApp(engine) { client, lines in
            #expect(try await Self.send(client, "/health?seal=SECRET&csrf=SECRET2", id: "query-1").status == .ok)
            let health = try #require(lines.access("query-1"))
            #expect(health.contains("path=/health "))
            _ = try await Self.send(client, "/api/v1/participants?next=%2FSECRET3&token=SECRET4", id: "query-2")
            #expect(lines.access("query-2")?.contains("path=/api/v1/participants ") == true)
            let pasted = "/verify/KP1:SECRET5" + String(repeating: "x", count: 80)
            _ = try await Self.send(client, pasted, id: "pasted-1")
            #expect(lines.access("pasted-1")?.contains("path=/verify/{redacted} ") == true)
            #expect(!lines.mention("SECRET"))
        }
    }

    @Test(arguments: TestEngine.all)
    func failedAPILoginsAndTheLockAreLoggedWithoutThePassword(engine: TestEngine) async throws {
        try await withRecordedApp(engine) { client, lines in
            for attempt in 0..<5 {
                let failed = try await Self.send(
                    client, "/api/v1/auth/token", method: .post, id: "login-\(attempt)",
                    json: ["username": "ae-officer", "password": "Wrong-Pass-4711"])
                #expect(failed.status == .unauthorized)
            }
            let locked = try await Self.send(
                client, "/api/v1/auth/token", method: .post, id: "login-locked",
                json: ["username": "ae-officer", "password": Fixture.password])
            #expect(locked.status == .tooManyRequests)
            let failures = lines.events("login-failed")
            #expect(failures.count == 5)
            #expect(failures.allSatisfy { $0.hasPrefix("warning ") && $0.contains("username=ae-officer via=api") })
            #expect(failures.contains { $0.contains("request_id=login-0 ") })
            let lock = try #require(lines.events("login-locked").first)
            #expect(lock.contains("username=ae-officer") && lock.contains("until=20") && lock.contains("via=api"))
            #expect(lock.contains("request_id=login-locked "))
            #expect(!lines.mention("Wrong-Pass-4711") && !lines.mention(Fixture.password))
            // A username the caller made up is cut and escaped: it cannot end the line or pass for a field.
            let hostile = "evil\"user\nevent=access status=200 " + String(repeating: "x", count: 100)
            _ = try await Self.send(
                client, "/api/v1/auth/token", method: .post, id: "hostile-1",
                json: ["username": hostile, "password": "Wrong-Pass-4711"])
            let line = try #require(lines.events("login-failed").first { $0.contains("request_id=hostile-1 ") })
            #expect(line.contains("username=\"evil\\\"user\\nevent=access status=200 x"))
            #expect(!line.contains("\n") && !line.contains(String(repeating: "x", count: 65)))
        }
    }

    @Test(arguments: TestEngine.all)
    func failedWebLoginsAndTheLockAreLoggedWithoutPasswordTokenOrCookie(engine: TestEngine) async throws {
        try await withRecordedApp(engine) { client, lines in
            let form = try await WebPagesTests.get(client, "/login")
            let csrf = try #require(form.hidden("csrf"))
            func post(_ username: String, _ password: String) async throws -> HTTPResponse.Status {
                try await WebPagesTests.post(
                    client, "/login", form: "csrf=\(csrf)&username=\(username)&password=\(password)",
                    cookie: "kpcs_login_csrf=\(csrf)"
                ).status
            }
            #expect(try await post("bw-officer", "Wrong-Web-4711") == .unauthorized)
            let failed = try #require(lines.events("login-failed").first)
            #expect(failed.contains("username=bw-officer via=web"))
            for _ in 0..<4 { _ = try await post("bw-officer", "Wrong-Web-4711") }
            #expect(try await post("bw-officer", Fixture.password) == .tooManyRequests)
            #expect(lines.events("login-locked").first?.contains("username=bw-officer") == true)
            #expect(lines.events("login-locked").first?.contains("via=web") == true)
            // A successful login: its access line names the account; the session cookie is not logged.
            let done = try await WebPagesTests.post(
                client, "/login", form: "csrf=\(csrf)&username=eu-officer&password=\(Fixture.password)",
                cookie: "kpcs_login_csrf=\(csrf)")
            #expect(done.status == .seeOther)
            let session = try #require(done.cookieValue("kpcs_session"))
            #expect(lines.events("access").last?.contains("account=eu-officer") == true)
            #expect(!lines.mention(session) && !lines.mention(csrf))
            #expect(!lines.mention("Wrong-Web-4711") && !lines.mention(Fixture.password))
        }
    }

    @Test func logfmtValuesAreBareOrQuotedAndEscaped() {
        #expect(Logfmt.value("bw-officer") == "bw-officer")
        #expect(Logfmt.value("") == "\"\"")
        #expect(Logfmt.value("a b=c") == "\"a b=c\"")
        #expect(Logfmt.value("q\"\\\n\r\t") == "\"q\\\"\\\\\\n\\r\\t\"")
        #expect(Logfmt.value("caf\u{E9}\u{0}\u{2028}") == "\"caf\\u{e9}\\u{0}\\u{2028}\"")
        #expect(Logfmt.line(["event": "access", "account": "-"]) == "event=access account=-")
        #expect(Logfmt.cut(String(repeating: "x", count: 100), to: 64) == String(repeating: "x", count: 64) + "...")
        #expect(Logfmt.cut("short", to: 64) == "short")
        let path = "/certificates/BW-2026-000042/pdf"
        #expect(AccessLogMiddleware.loggedPath(path) == path)
        #expect(AccessLogMiddleware.loggedPath("/a/" + String(repeating: "s", count: 65)) == "/a/{redacted}")
        #expect(AccessLogMiddleware.loggedPath(String(repeating: "/ab", count: 200)).count == 259)
    }
}
