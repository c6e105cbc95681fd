import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore

/// Signing keys for administrators: list, rotate an authority's key, revoke a key. Private keys never leave the
/// store; these answers carry public keys only.
enum KeyAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, KeysURL.apiKeys, .roles([.administrator])) { _, _ in
                JSONBody.response(ItemsJSON(items: try await store.keys.signingKeys().map(SigningKeyJSON.init)))
            },
            Operation(.post, KeysURL.apiAuthorityKeys(.key), .roles([.administrator])) { _, context in
                let text = context.pathParameter("id")
                guard let id = Int64(text) else {
                    throw KPCSError.notFound(RegistryMessage.authorityUnknown(id: text))
                }
                let record = try await store.keys.rotate(authorityId: id, by: try context.principal())
                return JSONBody.response(SigningKeyJSON(record), status: .created)
            },
            Operation(.post, KeysURL.apiKeyRevocation(.key), .roles([.administrator])) { request, context in
                let body = try await JSONBody.decode(RevocationRequest.self, from: request)
                var effectiveAt: Date?
                if let text = body.effectiveAt {
                    guard let date = Timestamp.date(text) else {
                        throw KPCSError.invalid(
                            RequestMessage.fieldWrongType(
                                field: "effectiveAt",
                                expected: "an ISO 8601 UTC instant like 2026-11-23T14:05:09.120Z"),
                            pointer: "/effectiveAt")
                    }
                    effectiveAt = date
                }
                let record = try await store.keys.revoke(
                    context.pathParameter("kid"), reason: body.reason, effectiveAt: effectiveAt,
                    by: try context.principal())
                return JSONBody.response(SigningKeyJSON(record))
            },
        ]
    }
}

/// `POST /keys/{kid}/revocation`: why, and from when (ISO 8601 UTC, now when absent).
struct RevocationRequest: Decodable, Sendable {
    let reason: String?
    let effectiveAt: String?
}

/// A signing key without its private part.
struct SigningKeyJSON: Encodable, Sendable {
    let kid: String
    let purpose: String
    let status: String
    let participant: String?
    let authorityId: Int64?
    let authority: String?
    let createdAt: String
    let retiredAt: String?
    let revokedAt: String?
    let revocationReason: String?
    let jwk: [String: String]

    init(_ record: SigningKeyRecord) {
        kid = record.kid
        purpose = record.purpose.rawValue
        status = record.status.rawValue
        participant = record.authority?.participantCode
        authorityId = record.authority?.id
        authority = record.authority?.name
        createdAt = record.createdAt
        retiredAt = record.retiredAt
        revokedAt = record.revokedAt
        revocationReason = record.revocationReason
        jwk = ["kty": "OKP", "crv": "Ed25519", "x": record.jwk.x, "kid": record.kid]
    }
}

/// A short list that needs no paging (keys: a few per authority).
struct ItemsJSON<Item: Encodable & Sendable>: Encodable, Sendable {
    let items: [Item]
}
