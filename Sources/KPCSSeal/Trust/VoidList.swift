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

/// A certificate its importing participant has answered: received (confirmed, with or without a discrepancy) or
/// refused, on which day. A received certificate has been used: its paper must not cover another shipment.
public struct AnsweredCertificate: Sendable, Equatable {
    /// What the importing participant recorded.
    public enum Outcome: String, Sendable, CaseIterable {
        case received, refused
    }

    public var number: String
    public var outcome: Outcome
    /// The day of the receipt, or of the refusal (`YYYY-MM-DD`).
    public var on: String
    /// The importing participant that answered.
    public var by: String

    public init(number: String, outcome: Outcome, on: String, by: String) {
        self.number = number
        self.outcome = outcome
        self.on = on
        self.by = by
    }
}

/// The certificates whose paper may no longer be accepted, signed by the root key so an offline verifier learns of
/// them at its next sync: every voided certificate, and every answered one (received or refused) that has not yet
/// expired (an expired one is refused on its expiry date alone).
public struct VoidList: Sendable, Equatable {
    public static let type = "kpcs-void-list+jwt"

    public var entries: [VoidedCertificate]
    public var answered: [AnsweredCertificate]
    public var issuedAt: Int64
    public var expiresAt: Int64

    public init(entries: [VoidedCertificate], answered: [AnsweredCertificate] = [], issuedAt: Int64, expiresAt: Int64) {
        self.entries = entries
        self.answered = answered
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    public func entry(_ number: String) -> VoidedCertificate? { entries.first { $0.number == number } }

    /// The payload's lists: `voided` always, `answered` when it has entries (so a list without answers reads as
    /// before).
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "voided": .array(entries.map { .object(["no": .string($0.number), "at": .string($0.voidedAt)]) })
        ]
        if !answered.isEmpty {
            members["answered"] = .array(
                answered.map {
                    .object([
                        "no": .string($0.number), "outcome": .string($0.outcome.rawValue), "on": .string($0.on),
                        "by": .string($0.by),
                    ])
                })
        }
        return .object(members)
    }

    public func signed(rootKeyId: String, rootKey: Curve25519.Signing.PrivateKey) throws -> String {
        try SignedList.sign(
            json.objectValue ?? [:], type: Self.type, issuedAt: issuedAt, expiresAt: expiresAt, rootKeyId: rootKeyId,
            rootKey: rootKey)
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
        var answered: [AnsweredCertificate] = []
        for item in opened.payload["answered"]?.arrayValue ?? [] {
            guard let number = item["no"]?.stringValue,
                let outcome = item["outcome"]?.stringValue.flatMap(AnsweredCertificate.Outcome.init(rawValue:)),
                let on = item["on"]?.stringValue, let by = item["by"]?.stringValue
            else { throw .malformed("an answered entry lacks its number, outcome, day or participant") }
            answered.append(AnsweredCertificate(number: number, outcome: outcome, on: on, by: by))
        }
        self.init(entries: entries, answered: answered, issuedAt: opened.issuedAt, expiresAt: opened.expiresAt)
    }
}
