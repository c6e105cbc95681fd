import Crypto

/// A private signing key in memory with its public JWK and key id. Its description never shows the private key.
public struct SigningKeyPair: Sendable, CustomStringConvertible {
    public let privateKey: Curve25519.Signing.PrivateKey
    public var jwk: Ed25519JWK { Ed25519JWK(privateKey.publicKey) }
    /// The RFC 7638 thumbprint of the public key.
    public var kid: String { jwk.thumbprint }

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKey = privateKey
    }

    /// A new random key.
    public static func generate() -> SigningKeyPair {
        SigningKeyPair(privateKey: Curve25519.Signing.PrivateKey())
    }

    public var description: String { "SigningKeyPair(kid: \(kid))" }
}
