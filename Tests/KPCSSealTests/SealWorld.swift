import Crypto
import Foundation
import KPCSCore
import KPCSSeal

/// A small, deterministic world of keys, lists and seals: the conformance samples in `docs/conformance/` are made
/// from it, and the verdict tests use it. Keys come from fixed seeds so the files are the same every time.
struct SealWorld {
    static let verifiedAt = Timestamp.date("2026-12-01T12:00:00.000Z")!
    static var verifiedAtSeconds: Int64 { Int64(verifiedAt.timeIntervalSince1970) }

    static func key(_ seed: UInt8) -> SigningKeyPair {
        // A fixed seed per key: fine for test samples, never for real keys.
        SigningKeyPair(
            privateKey: try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: seed, count: 32)))
    }

    let root = key(1)
    let bwCurrent = key(2)
    let bwRetired = key(3)
    let bwRevoked = key(4)
    let zaCurrent = key(5)
    let stranger = key(6)

    var trustList: TrustList {
        TrustList(
            keys: [
                TrustedKey(
                    jwk: bwRetired.jwk, participant: "BW", authorityId: 1,
                    authorityName: "Ministry of Minerals (Botswana)",
                    status: .retired, createdAt: "2026-01-05T08:00:00.000Z", retiredAt: "2026-06-01T08:00:00.000Z"),
                TrustedKey(
                    jwk: bwRevoked.jwk, participant: "BW", authorityId: 1,
                    authorityName: "Ministry of Minerals (Botswana)",
                    status: .revoked, createdAt: "2026-06-01T08:00:00.000Z", retiredAt: "2026-09-01T08:00:00.000Z",
                    revokedAt: "2026-10-01T00:00:00.000Z"),
                TrustedKey(
                    jwk: bwCurrent.jwk, participant: "BW", authorityId: 1,
                    authorityName: "Ministry of Minerals (Botswana)",
                    status: .current, createdAt: "2026-09-01T08:00:00.000Z"),
                TrustedKey(
                    jwk: zaCurrent.jwk, participant: "ZA", authorityId: 2,
                    authorityName: "South African Diamond and Precious Metals Regulator",
                    status: .current, createdAt: "2026-01-05T08:00:00.000Z"),
            ],
            issuedAt: Self.verifiedAtSeconds - 86_400, expiresAt: Self.verifiedAtSeconds + 2 * 86_400)
    }

    var voidList: VoidList {
        VoidList(
            entries: [VoidedCertificate(number: "BW-2026-000007", voidedAt: "2026-11-20T10:00:00.000Z")],
            answered: [
                AnsweredCertificate(number: "BW-2026-000011", outcome: .received, on: "2026-11-27", by: "EU"),
                AnsweredCertificate(number: "BW-2026-000012", outcome: .refused, on: "2026-11-28", by: "EU"),
            ],
            issuedAt: Self.verifiedAtSeconds - 86_400, expiresAt: Self.verifiedAtSeconds + 2 * 86_400)
    }

    var verifier: SealVerifier { SealVerifier(trustList: trustList, voidList: voidList) }

    /// A three-line certificate of Botswana to the EU, sealed on `sealedOn` at 10:00 UTC.
    static func claims(
        number: String = "BW-2026-000042", sealedOn: String = "2026-11-23", validDays: Int = 60, from: String = "BW"
    ) -> SealClaims {
        let issued = CalendarDate(iso: sealedOn)!
        let sealedAt = Int64(Timestamp.date(sealedOn + "T10:00:00.000Z")!.timeIntervalSince1970)
        let lines = [
            CertificateLine(hsCode: .unsorted, caratsX100: 1_254_075, valueUsdCents: 1_873_520_000, parcels: 4),
            CertificateLine(hsCode: .industrial, caratsX100: 380_050, valueUsdCents: 9_501_250, parcels: 1),
            CertificateLine(hsCode: .nonIndustrial, caratsX100: 212_600, valueUsdCents: 463_468_000, parcels: 2),
        ]
        return SealClaims(
            number: number, sealedAt: sealedAt, issuedOn: issued, expiresOn: issued.adding(days: validDays),
            exportingParticipant: from, importingParticipant: "EU", exporterName: "Okavango Diamond Company",
            importerName: "Antwerp Rough Trading NV", origin: ["BW"], lines: lines,
            totals: CertificateTotals(lines: lines)!,
            replaces: nil)
    }

    static func seal(_ claims: SealClaims, with key: SigningKeyPair) -> String {
        try! Seal.make(claims, keyId: key.kid, key: key.privateKey)
    }

    /// A JWS over `claims` with a header of our choosing (for the malformed samples).
    static func jws(header: String, claims: SealClaims, key: SigningKeyPair) -> String {
        let input = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(CanonicalJSON.encode(claims.json))
        let signature = try! key.privateKey.signature(for: Array(input.utf8))
        return input + "." + Base64URL.encode(signature)
    }

    /// Every conformance case: name, what it shows, the `KP1:` text, the expected verdict, and the time to verify at.
    func cases() -> [(name: String, about: String, text: String, verdict: SealVerdict, at: Int64)] {
        let now = Self.verifiedAtSeconds
        let valid = Self.seal(Self.claims(), with: bwCurrent)
        let parts = valid.dropFirst(4).split(separator: ".").map(String.init)
        var tamperedPayloadClaims = Self.claims()
        tamperedPayloadClaims.totals.valueUsdCents /= 10
        let tamperedPayload = Base64URL.encode(CanonicalJSON.encode(tamperedPayloadClaims.json))
        var signature = Base64URL.decode(parts[2])!
        signature[10] ^= 0x01
        let noneHeader = #"{"alg":"none","kid":"\#(bwCurrent.kid)","typ":"kpcs-seal+jws"}"#
        let eddsaHeader = #"{"alg":"EdDSA","kid":"\#(bwCurrent.kid)","typ":"kpcs-seal+jws"}"#
        let wrongTypeHeader = #"{"alg":"Ed25519","kid":"\#(bwCurrent.kid)","typ":"JWT"}"#
        return [
            ("valid", "a three-line certificate sealed by Botswana's current key", valid, .genuine, now),
            (
                "valid-eddsa-alg", "the same claims with RFC 8037's alg name EdDSA",
                "KP1:" + Self.jws(header: eddsaHeader, claims: Self.claims(), key: bwCurrent), .genuine, now
            ),
            (
                "expired", "sealed in August with 60 days of validity",
                Self.seal(Self.claims(number: "BW-2026-000003", sealedOn: "2026-08-10"), with: bwRetired), .expired, now
            ),
            (
                "voided", "a certificate on the void list",
                Self.seal(Self.claims(number: "BW-2026-000007", sealedOn: "2026-11-02"), with: bwCurrent), .voided, now
            ),
            (
                "received", "a certificate the importing participant has received: its paper is used",
                Self.seal(Self.claims(number: "BW-2026-000011", sealedOn: "2026-11-20"), with: bwCurrent), .received,
                now
            ),
            (
                "refused", "a certificate the importing participant has refused",
                Self.seal(Self.claims(number: "BW-2026-000012", sealedOn: "2026-11-21"), with: bwCurrent), .refused,
                now
            ),
            (
                "retired-key", "sealed in May with a key retired since: still valid",
                Self.seal(
                    Self.claims(number: "BW-2026-000001", sealedOn: "2026-05-20", validDays: 365), with: bwRetired),
                .genuine, now
            ),
            (
                "revoked-key-before", "sealed with a key before its revocation: still valid",
                Self.seal(
                    Self.claims(number: "BW-2026-000005", sealedOn: "2026-09-15", validDays: 120), with: bwRevoked),
                .genuine, now
            ),
            (
                "revoked-key", "sealed with a key after its revocation",
                Self.seal(Self.claims(number: "BW-2026-000009", sealedOn: "2026-11-10"), with: bwRevoked), .keyRevoked,
                now
            ),
            (
                "unknown-kid", "sealed by a key the trust list does not have", Self.seal(Self.claims(), with: stranger),
                .unknownKey, now
            ),
            (
                "other-participant-key", "a South African key sealing a certificate that says Botswana",
                Self.seal(Self.claims(), with: zaCurrent), .tampered, now
            ),
            (
                "tampered-payload", "the value divided by ten after sealing",
                "KP1:\(parts[0]).\(tamperedPayload).\(parts[2])", .tampered, now
            ),
            (
                "tampered-signature", "one bit of the signature flipped",
                "KP1:\(parts[0]).\(parts[1]).\(Base64URL.encode(signature))", .tampered, now
            ),
            (
                "alg-none", "alg none with the signature removed",
                "KP1:" + Base64URL.encode(Array(noneHeader.utf8)) + ".\(parts[1]).", .notASeal, now
            ),
            (
                "wrong-typ", "a JWT type instead of kpcs-seal+jws",
                "KP1:" + Self.jws(header: wrongTypeHeader, claims: Self.claims(), key: bwCurrent), .notASeal, now
            ),
            (
                "not-base64url", "the payload in standard base64 with padding",
                "KP1:\(parts[0]).\(parts[1])+/==.\(parts[2])", .notASeal, now
            ),
            ("trailing-garbage", "extra characters after the signature", valid + "AAAA", .notASeal, now),
            ("trailing-part", "a fourth part after the signature", valid + ".e30", .notASeal, now),
            ("prefix-missing", "the JWS without KP1:", String(valid.dropFirst(4)), .notASeal, now),
            ("oversized", "longer than any QR code holds", valid + String(repeating: "A", count: 3000), .notASeal, now),
            (
                "stale-trust-list", "the valid seal checked after the saved lists expired", valid, .trustListStale,
                now + 3 * 86_400
            ),
        ]
    }
}
