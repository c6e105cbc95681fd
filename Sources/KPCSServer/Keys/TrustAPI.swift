import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore
import NIOCore

/// What an offline verifier downloads: the trust list (plain JWKS and signed), the void list, the root key.
enum TrustAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, "/.well-known/kpcs/trust-list.jwks", .anyone) { _, _ in
                text(CanonicalJSON.string(try await store.trustList().jwks), type: "application/jwk-set+json")
            },
            Operation(.get, "/.well-known/kpcs/trust-list.jws", .anyone) { _, _ in
                text(try await store.signedTrustList(), type: "application/jose")
            },
            Operation(.get, "/.well-known/kpcs/void-list.jws", .anyone) { _, _ in
                text(try await store.signedVoidList(), type: "application/jose")
            },
            Operation(.get, "/.well-known/kpcs/root.jwk", .anyone) { _, _ in
                text(try await store.rootKey().jwk.publishedJSON, type: "application/jwk+json")
            },
        ]
    }

    static func text(_ body: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
