import Crypto

/// A certificate voided by its issuing authority, and when.
public struct VoidedCertificate: Sendable, Equatable {
    public var number: String
    /// ISO 8601 UTC instant (``KPCSCore/Timestamp``).
    public var voidedAt: String

    public init(number: String, voidedAt: String) {
        self.number = number
        self.voidedAt = voidedAt
    }
}

/// Every voided certificate, signed by the root key, so an offline verifier learns of voids at its next sync.
public struct VoidList: Sendable, Equatable {
    public static let type = "kpcs-void-list+jwt"

    public var entries: [VoidedCertificate]
    public var issuedAt: Int64
    public var expiresAt: Int64

    public init(entries: [VoidedCertificate], issuedAt: Int64, expiresAt: Int64) {
        self.entries = entries
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    public func entry(_ number: String) -> VoidedCertificate? { entries.first { $0.number == number } }

    public var json: JSONValue {
        .object(["voided": .array(entries.map { .object(["no": .string($0.number), "at": .string($0.voidedAt)]) })])
    }

    public func signed(rootKeyId: String, rootKey: Curve25519.Signing.PrivateKey) throws -> String {
        try SignedList.sign(
            ["voided": json["voided"] ?? .array([])], type: Self.type, issuedAt: issuedAt, expiresAt: expiresAt,
            rootKeyId: rootKeyId, rootKey: rootKey)
    }

    public init(signed text: String, root: Ed25519JWK) throws(TrustListError) {
        let opened = try SignedList.open(text, type: Self.type, root: root)
        guard let items = opened.payload["voided"]?.arrayValue else { throw .malformed("no voided list") }
        var entries: [VoidedCertificate] = []
        for item in items {
            guard let number = item["no"]?.stringValue, let at = item["at"]?.stringValue else {
                throw .malformed("a voided entry lacks its number or time")
            }
            entries.append(VoidedCertificate(number: number, voidedAt: at))
        }
        self.init(entries: entries, issuedAt: opened.issuedAt, expiresAt: opened.expiresAt)
    }
}
