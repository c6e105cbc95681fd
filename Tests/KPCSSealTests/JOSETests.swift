import Crypto
import Foundation
import KPCSSeal
import Testing

/// RFC 8037 Appendix A (shared/testvectors/jose) and the strict base64url and JSON layers under every seal.
@Suite struct JOSETests {
    static func vector() throws -> [String: Any] {
        let url = try #require(
            Bundle.module.url(forResource: "rfc8037", withExtension: "json", subdirectory: "Resources"))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func rfc8037ThumbprintAndSignatureVerify() throws {
        let vector = try Self.vector()
        let publicJWK = try #require(vector["jwk_public"] as? [String: String])
        let jwk = try #require(Ed25519JWK(members: publicJWK.mapValues { JSONValue.string($0) }))
        #expect(jwk.thumbprint == vector["thumbprint"] as? String)
        let jws = try CompactJWS(compact: Substring(try #require(vector["jws_compact"] as? String)))
        #expect(jws.algorithm == "EdDSA")
        #expect(String(decoding: jws.payload, as: UTF8.self) == "Example of Ed25519 signing")
        #expect(jws.verify(with: jwk))
        var flipped = jws.signature
        flipped[0] ^= 1
        #expect(!jwk.isValidSignature(flipped, for: jws.signingInput))
    }

    @Test func rfc8037PrivateKeySignsTheSameBytes() throws {
        let vector = try Self.vector()
        let seedHex = try #require(vector["private_key_seed_hex"] as? String)
        let seed = stride(from: 0, to: seedHex.count, by: 2).map { offset -> UInt8 in
            let start = seedHex.index(seedHex.startIndex, offsetBy: offset)
            return UInt8(seedHex[start..<seedHex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        #expect(Ed25519JWK(key.publicKey).x == (vector["jwk_public"] as? [String: String])?["x"])
        let input = Array(try #require(vector["signing_input"] as? String).utf8)
        let signature = try key.signature(for: input)
        #expect(Ed25519JWK(key.publicKey).isValidSignature(Array(signature), for: input))
        #if os(Linux)
            // BoringSSL's Ed25519 is deterministic (RFC 8032), so the bytes match the RFC's.
            #expect(Base64URL.encode(signature) == vector["signature_b64url"] as? String)
        #endif
    }

    @Test func base64URLIsStrict() {
        #expect(Base64URL.encode([]) == "")
        #expect(Base64URL.encode(Array("f".utf8)) == "Zg")
        #expect(Base64URL.encode(Array("fo".utf8)) == "Zm8")
        #expect(Base64URL.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        #expect(Base64URL.decode("Zg==") == nil, "padding is refused")
        #expect(Base64URL.decode("Zh") == nil, "non-zero unused bits are refused")
        #expect(Base64URL.decode("Z") == nil)
        #expect(Base64URL.decode("+/8") == nil, "the standard alphabet is refused")
        #expect(Base64URL.decode("Zm 9v") == nil)
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
    }

    @Test func canonicalJSONSortsAndEscapes() throws {
        let value = JSONValue.object([
            "b": .integer(-12), "a": .array([.string("é\"\\\n\u{01}"), .bool(true), .null]), "A": .object([:]),
        ])
        #expect(CanonicalJSON.string(value) == #"{"A":{},"a":["é\"\\\n\u0001",true,null],"b":-12}"#)
        #expect(try JSONParser.parse(CanonicalJSON.encode(value)) == value)
    }

    @Test func jsonParserRefusesWhatSignedDocumentsMustNotHold() throws {
        let refused = [
            #"{"a":1,"a":2}"#, "1.5", "1e3", "01", "[1,]", #"{"a":1} x"#, "\"\u{01}\"", #""\ud800""#, "",
            String(repeating: "[", count: 40) + String(repeating: "]", count: 40), "99999999999999999999",
        ]
        for text in refused {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        #expect(
            try JSONParser.parse(Array(#" {"k" : [ -0 , "\u00e9\ud83d\ude00" ] } "#.utf8))
                == .object(["k": .array([.integer(0), .string("é😀")])]))
    }
}
