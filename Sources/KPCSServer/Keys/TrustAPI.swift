import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore
import NIOCore

/// What an offline verifier downloads: the trust list (plain JWKS and signed), the void list, the root key.
enum TrustAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, KeysURL.trustListJWKS, .anyone) { _, _ in
                text(CanonicalJSON.string(try await store.keys.trustList().jwks), type: "application/jwk-set+json")
            },
            Operation(.get, KeysURL.trustListJWS, .anyone) { _, _ in
                text(try await store.keys.signedTrustList(), type: "application/jose")
            },
            Operation(.get, KeysURL.voidListJWS, .anyone) { _, _ in
                text(try await store.keys.signedVoidList(), type: "application/jose")
            },
            Operation(.get, KeysURL.rootJWK, .anyone) { _, _ in
                text(try await store.keys.rootKey().jwk.publishedJSON, type: "application/jwk+json")
            },
        ]
    }

    static func text(_ body: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
