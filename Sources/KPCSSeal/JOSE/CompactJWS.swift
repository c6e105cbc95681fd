import Crypto

/// A JWS in compact serialisation (RFC 7515 §7.1) signed with Ed25519. kpcs writes `alg` `Ed25519`, the fully
/// specified name of RFC 9864, and reads both that and RFC 8037's `EdDSA`.
public struct CompactJWS: Sendable, Equatable {
    public static let algorithm = "Ed25519"
    public static let acceptedAlgorithms: Set<String> = ["Ed25519", "EdDSA"]

    public let header: [String: JSONValue]
    public let payload: [UInt8]
    public let signature: [UInt8]
    /// `BASE64URL(header) || '.' || BASE64URL(payload)`: the bytes the signature covers.
    public let signingInput: [UInt8]

    public var algorithm: String? { header["alg"]?.stringValue }
    public var keyId: String? { header["kid"]?.stringValue }
    public var type: String? { header["typ"]?.stringValue }

    /// Signs `payload` with the protected header `{"alg":"Ed25519","kid":…,"typ":…}` (canonical JSON) and returns
    /// the compact serialisation.
    public static func sign(
        payload: [UInt8], keyId: String, type: String, with key: Curve25519.Signing.PrivateKey
    ) throws -> String {
        let header = CanonicalJSON.encode(
            .object(["alg": .string(algorithm), "kid": .string(keyId), "typ": .string(type)]))
        let signingInput = Base64URL.encode(header) + "." + Base64URL.encode(payload)
        let signature = try key.signature(for: Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }

    /// Splits and decodes a compact JWS. Throws a ``SealFormatError`` naming the first thing that is wrong; says
    /// nothing about the signature, which ``verify(with:)`` checks.
    public init(compact text: Substring) throws(SealFormatError) {
        // Works on the UTF-8 bytes: a JWS is ASCII, and anything else fails base64url decoding below.
        let bytes = Array(text.utf8)
        var dots: [Int] = []
        for index in bytes.indices where bytes[index] == UInt8(ascii: ".") {
            dots.append(index)
            if dots.count > 2 { break }
        }
        guard dots.count == 2 else {
            throw .notThreeParts(
                dots.count > 2
                    ? bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).count : dots.count + 1
            )
        }
        let headerPart = bytes[..<dots[0]]
        let payloadPart = bytes[(dots[0] + 1)..<dots[1]]
        let signaturePart = bytes[(dots[1] + 1)...]
        guard let headerBytes = Base64URL.decode(bytes: headerPart) else { throw .notBase64URL("header") }
        guard let payload = Base64URL.decode(bytes: payloadPart) else { throw .notBase64URL("payload") }
        guard let signature = Base64URL.decode(bytes: signaturePart) else { throw .notBase64URL("signature") }
        let header: JSONValue
        do { header = try JSONParser.parse(headerBytes) } catch { throw .headerNotJSON(error.description) }
        guard let members = header.objectValue else { throw .headerNotJSON("not an object") }
        guard let alg = members["alg"]?.stringValue else { throw .missingHeader("alg") }
        guard Self.acceptedAlgorithms.contains(alg) else { throw .algorithmNotAllowed(alg) }
        if members["crit"] != nil { throw .criticalHeader }
        guard signature.count == 64 else { throw .signatureLength(signature.count) }
        self.header = members
        self.payload = payload
        self.signature = signature
        self.signingInput = Array(bytes[..<dots[1]])
    }

    /// True when the signature verifies under `key`.
    public func verify(with key: Ed25519JWK) -> Bool {
        key.isValidSignature(signature, for: signingInput)
    }
}

/// What is wrong with the form of a seal or a signed document, before any key is looked at.
public enum SealFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingPrefix
    case tooLong(Int)
    case notThreeParts(Int)
    case notBase64URL(String)
    case headerNotJSON(String)
    case missingHeader(String)
    case algorithmNotAllowed(String)
    case criticalHeader
    case wrongType(String?)
    case signatureLength(Int)
    case payloadNotJSON(String)
    case claimMissing(String)
    case claimInvalid(String)

    public var description: String {
        switch self {
        case .missingPrefix: return "the text does not start with KP1:"
        case .tooLong(let count): return "the text is \(count) characters long, more than a seal can be"
        case .notThreeParts(let count): return "a compact JWS has 3 parts separated by dots, this has \(count)"
        case .notBase64URL(let part): return "the \(part) is not base64url"
        case .headerNotJSON(let reason): return "the header is not JSON (\(reason))"
        case .missingHeader(let name): return "the header has no \(name)"
        case .algorithmNotAllowed(let alg): return "the algorithm \(alg) is not allowed (only Ed25519)"
        case .criticalHeader: return "the header has critical extensions kpcs does not know"
        case .wrongType(let typ): return "the type \(typ ?? "(none)") is not the one expected"
        case .signatureLength(let count): return "an Ed25519 signature has 64 bytes, this has \(count)"
        case .payloadNotJSON(let reason): return "the payload is not JSON (\(reason))"
        case .claimMissing(let name): return "the claim \(name) is missing"
        case .claimInvalid(let name): return "the claim \(name) is not valid"
        }
    }
}
