import Crypto

/// A list signed by the scheme's root key: a compact JWS whose payload carries `iat` and `exp` (Unix seconds) so a
/// verifier knows when its copy is stale. Used for the trust list and the void list.
public enum SignedList {
    /// Signs `members` (plus `iat` and `exp`) as canonical JSON.
    public static func sign(
        _ members: [String: JSONValue], type: String, issuedAt: Int64, expiresAt: Int64, rootKeyId: String,
        rootKey: Curve25519.Signing.PrivateKey
    ) throws -> String {
        var payload = members
        payload["iat"] = .integer(issuedAt)
        payload["exp"] = .integer(expiresAt)
        return try CompactJWS.sign(
            payload: CanonicalJSON.encode(.object(payload)), keyId: rootKeyId, type: type, with: rootKey)
    }

    /// Checks the form, the type, the key and the signature, and returns the payload with its times.
    public static func open(
        _ text: String, type: String, root: Ed25519JWK
    ) throws(TrustListError)
        -> (payload: [String: JSONValue], issuedAt: Int64, expiresAt: Int64)
    {
        let trimmed = text.trimmingWhitespace()
        let jws: CompactJWS
        do { jws = try CompactJWS(compact: Substring(trimmed)) } catch { throw .format(error) }
        guard jws.type == type else { throw .format(.wrongType(jws.type)) }
        guard jws.keyId == root.thumbprint else { throw .wrongKey(jws.keyId) }
        guard jws.verify(with: root) else { throw .badSignature }
        let payload: JSONValue
        do { payload = try JSONParser.parse(jws.payload) } catch { throw .format(.payloadNotJSON(error.description)) }
        guard let members = payload.objectValue, let issuedAt = members["iat"]?.integerValue,
            let expiresAt = members["exp"]?.integerValue, expiresAt > issuedAt
        else { throw .malformed("iat and exp are missing or out of order") }
        return (members, issuedAt, expiresAt)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (files often end with a newline).
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
