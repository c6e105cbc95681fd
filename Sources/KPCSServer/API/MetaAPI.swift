import Foundation
import Hummingbird
import KPCSStore
import NIOCore

/// Health and the API's own description.
enum MetaAPI {
    /// The OpenAPI 3.1 document, read once from the bundle.
    static let openAPIDocument: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, "/health", .anyone) { _, _ in
                _ = try await store.participant("EU")
                return JSONBody.response(["status": "ok"])
            },
            Operation(.get, "/api/v1/openapi.yaml", .anyone) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: openAPIDocument)))
            },
        ]
    }
}
