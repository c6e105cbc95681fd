import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The OpenAPI document and the routes cannot drift apart: same operations, same access.
@Suite struct OpenAPIDocumentTests {
    /// (path, method, access) read from the document's `paths` section, whose layout the document keeps:
    /// path keys at two spaces, methods at four, `x-kpcs-access` at six.
    static func documentedOperations(_ text: String) -> Set<String> {
        var operations: Set<String> = []
        var inPaths = false
        var path = ""
        var method = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            if inPaths, let first = line.first, first != " ", first != "#" { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   ") { path = String(line.dropFirst(2).dropLast()) }
            if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                method = String(line.dropFirst(4).dropLast())
            }
            if line.hasPrefix("      x-kpcs-access:") {
                let access = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                operations.insert("\(method.uppercased()) \(path) \(access)")
            }
        }
        return operations
    }

    @Test(arguments: TestEngine.all)
    func everyRouteIsDocumentedWithItsAccessAndNothingElse(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let routes = Set(apiOperations(store).map { "\($0.method.rawValue) \($0.path) \($0.access.documented)" })
            let documented = Self.documentedOperations(MetaAPI.openAPIDocument)
            #expect(!documented.isEmpty)
            #expect(
                routes.subtracting(documented).isEmpty,
                "routes missing from the document: \(routes.subtracting(documented))")
            #expect(
                documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes))")
        }
    }

    @Test(arguments: TestEngine.all)
    func documentIsServed(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            try await client.execute(uri: "/api/v1/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("openapi: 3.1"))
            }
        }
    }

    /// The project is open source: the document's licence is the LICENSE file's.
    @Test func documentStatesTheProjectsLicence() throws {
        #expect(
            MetaAPI.openAPIDocument.contains("  license:\n    name: Apache License 2.0\n    identifier: Apache-2.0\n"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let licence = try String(contentsOf: root.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
    }
}
