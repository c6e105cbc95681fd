import Crypto

/// Every authority key of the scheme with its status: the JWKS a verifier keeps, and its signed form.
public struct TrustList: Sendable, Equatable {
    public static let type = "kpcs-trust-list+jwt"

    public var keys: [TrustedKey]
    /// Unix seconds; zero for an unsigned list.
    public var issuedAt: Int64
    public var expiresAt: Int64

    public init(keys: [TrustedKey], issuedAt: Int64, expiresAt: Int64) {
        self.keys = keys
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    public func key(_ kid: String) -> TrustedKey? { keys.first { $0.kid == kid } }

    /// `{"keys":[…]}`: the JWKS (RFC 7517 §5).
    public var jwks: JSONValue { .object(["keys": .array(keys.map(\.json))]) }

    /// The list signed by the root key, valid from `issuedAt` to `expiresAt`.
    public func signed(rootKeyId: String, rootKey: Curve25519.Signing.PrivateKey) throws -> String {
        try SignedList.sign(
            ["keys": .array(keys.map(\.json))], type: Self.type, issuedAt: issuedAt, expiresAt: expiresAt,
            rootKeyId: rootKeyId, rootKey: rootKey)
    }

    /// Opens a signed trust list, checking it was signed by `root`.
    public init(signed text: String, root: Ed25519JWK) throws(TrustListError) {
        let opened = try SignedList.open(text, type: Self.type, root: root)
        guard let entries = opened.payload["keys"]?.arrayValue else { throw .malformed("no keys") }
        var keys: [TrustedKey] = []
        for entry in entries { keys.append(try TrustedKey(json: entry)) }
        self.init(keys: keys, issuedAt: opened.issuedAt, expiresAt: opened.expiresAt)
    }
}
