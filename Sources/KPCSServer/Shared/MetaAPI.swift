import Foundation
import Hummingbird
import KPCSCore
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
            Operation(.get, MetaURL.health, .anyone) { _, _ in
                // Ready means the database answers; a database that does not answer in 5 s is a 503, not a hang.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { _ = try await store.registry.participant("EU") }
                    group.addTask {
                        try await Task.sleep(for: .seconds(5))
                        throw KPCSError(
                            kind: .unavailable, message: LocalizedMessage(ServiceMessage.databaseUnavailable))
                    }
                    try await group.next()
                    group.cancelAll()
                }
                return JSONBody.response(["status": "ok"])
            },
            Operation(.get, MetaURL.openAPI, .anyone) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: openAPIDocument)))
            },
        ]
    }
}
