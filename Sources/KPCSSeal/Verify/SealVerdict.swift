import KPCSCore

/// The answer a verifier gives about a seal, worst first in the order the verifier checks them.
public enum SealVerdict: String, Sendable, CaseIterable, Codable {
    /// Not a kpcs seal at all: no `KP1:`, not a JWS, a forbidden algorithm, the wrong type, claims missing.
    case notASeal = "not-a-seal"
    /// Signed with a key the trust list does not have.
    case unknownKey = "unknown-key"
    /// The signature does not match the content, or the key belongs to another participant.
    case tampered
    /// Signed with a key that was revoked before the seal was made.
    case keyRevoked = "key-revoked"
    /// Genuine, but its issuing authority voided it.
    case voided
    /// Genuine, but past its expiry date.
    case expired
    /// The signature is good but the saved trust list or void list is past its expiry: sync before trusting it.
    case trustListStale = "trust-list-stale"
    /// Genuine: a known, unrevoked key signed exactly this content, not voided, not expired.
    case genuine

    /// Whether a customs officer may accept the certificate on this verdict alone.
    public var isAcceptable: Bool { self == .genuine }

    /// The verdict in a sentence, in English or French.
    public func message(in language: Language) -> String {
        LocalizedMessage(messageKey).text(in: language)
    }

    var messageKey: VerdictMessage {
        switch self {
        case .notASeal: return .verdictNotASeal
        case .unknownKey: return .verdictUnknownKey
        case .tampered: return .verdictTampered
        case .keyRevoked: return .verdictKeyRevoked
        case .voided: return .verdictVoided
        case .expired: return .verdictExpired
        case .trustListStale: return .verdictTrustListStale
        case .genuine: return .verdictGenuine
        }
    }
}
