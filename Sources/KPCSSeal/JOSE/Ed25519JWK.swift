import Crypto
import Foundation

/// An Ed25519 public key as a JWK (RFC 8037: `kty` `OKP`, `crv` `Ed25519`, `x`), with its RFC 7638 thumbprint,
/// which kpcs uses as the key's `kid`.
public struct Ed25519JWK: Sendable, Equatable {
    /// The 32-byte public key.
    public let publicKey: [UInt8]
    /// The same key ready for verification, made once.
    private let key: Curve25519.Signing.PublicKey

    public init?(publicKey: [UInt8]) {
        guard publicKey.count == 32, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            return nil
        }
        self.publicKey = publicKey
        self.key = key
    }

    public init(_ key: Curve25519.Signing.PublicKey) {
        self.publicKey = Array(key.rawRepresentation)
        self.key = key
    }

    public static func == (lhs: Ed25519JWK, rhs: Ed25519JWK) -> Bool { lhs.publicKey == rhs.publicKey }

    /// `x`: the public key in base64url.
    public var x: String { Base64URL.encode(publicKey) }

    /// RFC 7638: SHA-256 over the required members in lexicographic order, without whitespace.
    public var thumbprint: String {
        let input = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"\(x)\"}"
        return Base64URL.encode(SHA256.hash(data: Data(input.utf8)))
    }

    /// The required members only.
    public var members: [String: JSONValue] {
        ["kty": .string("OKP"), "crv": .string("Ed25519"), "x": .string(x)]
    }

    /// The public JWK as kpcs publishes it, with `kid` (the thumbprint), `alg` and `use`: canonical JSON text.
    public var publishedJSON: String {
        var published = members
        published["kid"] = .string(thumbprint)
        published["alg"] = .string(CompactJWS.algorithm)
        published["use"] = .string("sig")
        return CanonicalJSON.string(.object(published))
    }

    /// Reads the required members of a JWK object; nil when it is not an Ed25519 public key.
    public init?(members: [String: JSONValue]) {
        guard members["kty"]?.stringValue == "OKP", members["crv"]?.stringValue == "Ed25519",
            members["d"] == nil,
            let x = members["x"]?.stringValue, let bytes = Base64URL.decode(x)
        else { return nil }
        self.init(publicKey: bytes)
    }

    /// Checks an Ed25519 signature; false for any malformed input.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        signature.count == 64 && key.isValidSignature(signature, for: message)
    }
}
