import Crypto
import KPCSCore

/// The seal printed on a certificate: `KP1:` followed by a compact JWS of the ``SealClaims``, signed by the
/// issuing authority's current key.
public enum Seal {
    public static let prefix = "KP1:"
    /// The JWS `typ` of a seal.
    public static let type = "kpcs-seal+jws"
    /// No seal is longer: the largest QR code at error correction level M (the level kpcs prints) holds 2,331 bytes.
    public static let maximumLength = 2331

    /// Seals the claims with the key whose thumbprint is `keyId`.
    public static func make(_ claims: SealClaims, keyId: String, key: Curve25519.Signing.PrivateKey) throws -> String {
        prefix + (try CompactJWS.sign(payload: CanonicalJSON.encode(claims.json), keyId: keyId, type: type, with: key))
    }

    /// Reads the form of a seal: prefix, JWS, header and claims. The signature is not checked here.
    public static func parse(_ text: String) throws(SealFormatError) -> (jws: CompactJWS, claims: SealClaims) {
        guard text.utf8.count <= maximumLength else { throw .tooLong(text.utf8.count) }
        guard text.hasPrefix(prefix) else { throw .missingPrefix }
        let jws = try CompactJWS(compact: text.dropFirst(prefix.count))
        guard jws.type == type else { throw .wrongType(jws.type) }
        guard jws.keyId != nil else { throw .missingHeader("kid") }
        let payload: JSONValue
        do { payload = try JSONParser.parse(jws.payload) } catch { throw .payloadNotJSON(error.description) }
        return (jws, try SealClaims(json: payload))
    }
}
