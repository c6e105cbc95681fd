import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import NIOCore
import SQLKit
import Testing

@testable import KPCSServer

/// Every operation of the OpenAPI document × every kind of caller: no token, a malformed token, a revoked one, and
/// each role. A caller the document's `x-kpcs-access` does not admit is refused (401, or the login page for a web
/// page; 403 for a role) and the database is exactly as before.
@Suite struct RoleMatrixTests {
    enum Caller: CaseIterable, CustomStringConvertible {
        case anonymous, malformedToken, revokedToken, administrator, officer, observer, delegate

        var role: Role? {
            switch self {
            case .administrator: return .administrator
            case .officer: return .officer
            case .observer: return .observer
            case .delegate: return .delegate
            case .anonymous, .malformedToken, .revokedToken: return nil
            }
        }

        var description: String { "\(self)" }
    }

    /// Whether the documented access admits the caller.
    static func admits(_ access: String, _ caller: Caller) -> Bool {
        switch access {
        case "public": return true
        case "authenticated": return caller.role != nil
        default: return caller.role.map { access.split(separator: ",").map(String.init).contains($0.rawValue) } ?? false
        }
    }

    /// A path of the document with its parameters filled in (the refusal comes before they are read).
    static func uri(_ path: String, number: String) -> String {
        let values = [
            "{number}": number, "{code}": "BW", "{id}": "1", "{username}": "eu-officer", "{kid}": "no-such-key",
            "{exporter}": "BW", "{importer}": "EU", "{tilePath}": "entries/000", "{language}": "en",
        ]
        return values.reduce(path) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }

    /// Everything a refused call could have changed: each table's row count and the mutable columns.
    static func snapshot(_ store: Store) async throws -> [String] {
        try await store.database.read { db in
            let tables: [String]
            if store.database.engine == .postgres {
                tables = try await db.raw(
                    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
                )
                .all().map { try $0.decode(column: "name", as: String.self) }
            } else {
                tables = try await db.raw(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
                .all().map { try $0.decode(column: "name", as: String.self) }
            }
            var lines: [String] = []
            for table in tables.sorted() {
                let count = try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                    column: "n", as: Int64.self)
                lines.append("\(table): \(count ?? -1)")
            }
            let mutable: [(String, [String])] = [
                (
                    "SELECT number, state, COALESCE(void_reason, '') AS a FROM certificates ORDER BY number",
                    ["number", "state", "a"]
                ),
                (
                    """
                    SELECT username, password_hash, CAST(disabled AS TEXT) AS d, COALESCE(email, '') AS m,\
                     COALESCE(display_name, '') AS n, COALESCE(official_function, '') AS f FROM accounts ORDER BY\
                     username
                    """,
                    ["username", "password_hash", "d", "m", "n", "f"]
                ),
                (
                    "SELECT CAST(id AS TEXT) AS i, COALESCE(ends_on, '') AS e FROM body_seats ORDER BY id",
                    ["i", "e"]
                ),
                (
                    "SELECT token_hash, COALESCE(revoked_at, '') AS r FROM access_tokens ORDER BY token_hash",
                    ["token_hash", "r"]
                ),
                ("SELECT code, status FROM participants ORDER BY code", ["code", "status"]),
                (
                    """
                    SELECT CAST(id AS TEXT) AS i, CAST(suspended AS TEXT) AS s, COALESCE(address, '') AS a FROM\
                     companies ORDER BY id
                    """,
                    ["i", "s", "a"]
                ),
                ("SELECT kid, status FROM signing_keys ORDER BY kid", ["kid", "status"]),
                (
                    """
                    SELECT CAST(year AS TEXT) AS y, COALESCE(chair, '') AS c, COALESCE(vice_chair, '') AS v FROM\
                     chairmanships ORDER BY year
                    """,
                    ["y", "c", "v"]
                ),
            ]
            for (query, columns) in mutable {
                for row in try await db.raw(SQLQueryString(query)).all() {
                    lines.append(try columns.map { try row.decode(column: $0, as: String.self) }.joined(separator: "|"))
                }
            }
            return lines
        }
    }

    @Test(arguments: TestEngine.all)
    func everyOperationRefusesEveryCallerItsAccessDoesNotAdmitAndChangesNothing(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let officer = try await client.token("bw-officer")
            let number = try #require(
                try await client.call(.post, "/api/v1/certificates", token: officer, json: world.draftJSON)["number"]
                    as? String)
            _ = try await world.store.accounts.create(
                username: "bw-delegate", password: Fixture.password, role: .delegate, authorityId: nil,
                participantCode: "BW")
            let revoked = try await client.token("eu-officer")
            #expect(try await client.call(.delete, "/api/v1/auth/token", token: revoked).status == .noContent)
            let tokens: [Caller: String] = [
                .malformedToken: "%%%-not-a-token-%%%", .revokedToken: revoked, .officer: officer,
                .administrator: try await client.token("admin"), .observer: try await client.token("observer"),
                .delegate: try await client.token("bw-delegate"),
            ]
            let operations = OpenAPIDocumentTests.documentedOperations(MetaAPI.openAPIDocument).sorted()
            #expect(operations.count > 60)
            var refusals = 0
            for operation in operations {
                let parts = operation.split(separator: " ").map(String.init)
                let (method, path, access) = (HTTPRequest.Method(rawValue: parts[0])!, parts[1], parts[2])
                let isPage =
                    !path.hasPrefix("/api/") && !path.hasPrefix("/log/") && !path.hasPrefix("/.well-known/")
                    && path != "/health" && !path.hasSuffix(".atom")
                for caller in Caller.allCases where !Self.admits(access, caller) {
                    let before = try await Self.snapshot(world.store)
                    var headers: HTTPFields = [.contentType: "application/json"]
                    if let token = tokens[caller] { headers[.authorization] = "Bearer \(token)" }
                    let status = try await client.execute(
                        uri: Self.uri(path, number: number), method: method, headers: headers,
                        body: method == .get ? nil : ByteBuffer(string: "{}")
                    ) { $0.status }
                    let expected: HTTPResponse.Status =
                        caller.role == nil ? (isPage ? .seeOther : .unauthorized) : .forbidden
                    #expect(status == expected, "\(caller) on \(method) \(path) (\(access)): \(status)")
                    #expect(
                        try await Self.snapshot(world.store) == before,
                        "\(caller) on \(method) \(path) changed the database")
                    refusals += 1
                }
            }
            #expect(refusals > 150, "\(refusals) refusals checked")
        }
    }
}
