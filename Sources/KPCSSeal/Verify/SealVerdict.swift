import KPCSCore

/// The answer a verifier gives about a seal and the shipment in front of the officer, worst first in the order the
/// verifier checks them.
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
    /// Genuine, but the importing participant refused the shipment.
    case refused
    /// Genuine, but the importing participant has already recorded its receipt: the paper has been used.
    case received
    /// Genuine, but past its expiry date.
    case expired
    /// The signature is good but the saved trust list or void list is past its expiry: sync before trusting it.
    case trustListStale = "trust-list-stale"
    /// Genuine and in transit: a known, unrevoked key signed exactly this content, not voided, not answered, not
    /// expired.
    case genuine

    /// Whether a customs officer may accept the certificate for the shipment in front of them on this verdict alone.
    public var isAcceptable: Bool { self == .genuine }

    /// What the officer should make of it, one kind per colour on the page: accept, already used, refused, voided,
    /// expired, forged, or sync first.
    public var kind: Kind {
        switch self {
        case .genuine: return .accept
        case .received: return .used
        case .refused: return .refused
        case .voided: return .voided
        case .expired: return .expired
        case .notASeal, .tampered, .keyRevoked: return .forged
        case .unknownKey, .trustListStale: return .syncFirst
        }
    }

    /// The exit status of `kpcs verify` for this verdict: 0 only to accept; 64 and above are errors of the command.
    public var exitStatus: Int32 {
        switch self {
        case .genuine: return 0
        case .notASeal, .tampered, .keyRevoked: return 2
        case .unknownKey: return 3
        case .received: return 4
        case .refused: return 5
        case .voided: return 6
        case .expired: return 7
        case .trustListStale: return 8
        }
    }

    /// The kinds of verdict an officer tells apart at a glance.
    public enum Kind: String, Sendable, CaseIterable {
        case accept, used, refused, voided, expired, forged
        case syncFirst = "sync-first"
    }
}

extension SealVerification {
    /// The verdict in a sentence, in English or French, with the answer's day and participant when there is one.
    public func message(in language: Language) -> String {
        messageKey.text(in: language)
    }

    var messageKey: VerdictMessage {
        switch verdict {
        case .notASeal: return .verdictNotASeal
        case .unknownKey: return .verdictUnknownKey
        case .tampered: return .verdictTampered
        case .keyRevoked: return .verdictKeyRevoked
        case .voided: return .verdictVoided
        case .refused: return .verdictRefused(participant: answered?.by ?? "", day: answered?.on ?? "")
        case .received: return .verdictReceived(participant: answered?.by ?? "", day: answered?.on ?? "")
        case .expired: return .verdictExpired
        case .trustListStale: return .verdictTrustListStale
        case .genuine: return .verdictGenuine
        }
    }
}
