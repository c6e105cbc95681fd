import Foundation
import KPCSCore

/// Where a signing key is in its life. Seals made with a current or retired key verify; seals made with a revoked
/// key fail from the revocation time on.
public enum KeyStatus: String, Sendable, CaseIterable, Codable {
    case current, retired, revoked

    /// The status in words, in English or French (a key is feminine in French: « une clé »).
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.current, .en): return "current key"
        case (.current, .fr): return "clé courante"
        case (.retired, .en): return "retired key"
        case (.retired, .fr): return "clé retirée"
        case (.revoked, .en): return "revoked key"
        case (.revoked, .fr): return "clé révoquée"
        }
    }
}

/// One authority key as the trust list publishes it: the JWK, whose key it is, and its life.
public struct TrustedKey: Sendable, Equatable {
    public var jwk: Ed25519JWK
    public var participant: String
    public var authorityId: Int64
    public var authorityName: String
    public var status: KeyStatus
    /// ISO 8601 UTC instants (``Timestamp``).
    public var createdAt: String
    public var retiredAt: String?
    public var revokedAt: String?

    public init(
        jwk: Ed25519JWK, participant: String, authorityId: Int64, authorityName: String, status: KeyStatus,
        createdAt: String, retiredAt: String? = nil, revokedAt: String? = nil
    ) {
        self.jwk = jwk
        self.participant = participant
        self.authorityId = authorityId
        self.authorityName = authorityName
        self.status = status
        self.createdAt = createdAt
        self.retiredAt = retiredAt
        self.revokedAt = revokedAt
    }

    public var kid: String { jwk.thumbprint }

    /// The JWK with kpcs's members (`kpcs_participant`, `kpcs_authority_id`, `kpcs_authority`, `kpcs_status`,
    /// `kpcs_created_at`, `kpcs_retired_at`, `kpcs_revoked_at`) beside the standard ones.
    public var json: JSONValue {
        var members = jwk.members
        members["kid"] = .string(kid)
        members["alg"] = .string(CompactJWS.algorithm)
        members["use"] = .string("sig")
        members["kpcs_participant"] = .string(participant)
        members["kpcs_authority_id"] = .integer(authorityId)
        members["kpcs_authority"] = .string(authorityName)
        members["kpcs_status"] = .string(status.rawValue)
        members["kpcs_created_at"] = .string(createdAt)
        if let retiredAt { members["kpcs_retired_at"] = .string(retiredAt) }
        if let revokedAt { members["kpcs_revoked_at"] = .string(revokedAt) }
        return .object(members)
    }

    /// Reads one entry of a trust list; the `kid` must be the key's thumbprint.
    public init(json: JSONValue) throws(TrustListError) {
        guard let members = json.objectValue, let jwk = Ed25519JWK(members: members) else {
            throw .malformed("a key is not an Ed25519 public JWK")
        }
        guard members["kid"]?.stringValue == jwk.thumbprint else {
            throw .malformed("a key's kid is not its thumbprint")
        }
        guard let participant = members["kpcs_participant"]?.stringValue,
            let authorityId = members["kpcs_authority_id"]?.integerValue,
            let authorityName = members["kpcs_authority"]?.stringValue,
            let status = members["kpcs_status"]?.stringValue.flatMap(KeyStatus.init(rawValue:)),
            let createdAt = members["kpcs_created_at"]?.stringValue, Timestamp.date(createdAt) != nil
        else { throw .malformed("key \(jwk.thumbprint) lacks its kpcs members") }
        let retiredAt = members["kpcs_retired_at"]?.stringValue
        let revokedAt = members["kpcs_revoked_at"]?.stringValue
        if status == .revoked, revokedAt.flatMap(Timestamp.date) == nil {
            throw .malformed("revoked key \(jwk.thumbprint) has no revocation time")
        }
        self.init(
            jwk: jwk, participant: participant, authorityId: authorityId, authorityName: authorityName, status: status,
            createdAt: createdAt, retiredAt: retiredAt, revokedAt: revokedAt)
    }

    /// True when a seal made at `sealedAt` (Unix seconds) falls on or after the revocation. A seal made in the
    /// same second as the revocation counts as after it.
    public func isRevoked(forSealMadeAt sealedAt: Int64) -> Bool {
        guard status == .revoked, let revokedAt, let instant = Timestamp.date(revokedAt) else { return false }
        let revokedMillis = Int64((instant.timeIntervalSince1970 * 1000).rounded())
        // The seal's time comes from the seal itself: any Int64. One past the end of its second, in milliseconds,
        // computed without overflow: a time too large for that is after every revocation.
        let (next, nextOverflow) = sealedAt.addingReportingOverflow(1)
        let (end, overflow) = next.multipliedReportingOverflow(by: 1000)
        if nextOverflow || overflow { return next > 0 || nextOverflow }
        return end > revokedMillis
    }
}

/// Why a trust list or void list cannot be used.
public enum TrustListError: Error, Sendable, Equatable, CustomStringConvertible {
    case format(SealFormatError)
    case badSignature
    case wrongKey(String?)
    case malformed(String)

    public var description: String {
        switch self {
        case .format(let error): return "not a signed kpcs list: \(error)"
        case .badSignature: return "the signature does not verify under the root key"
        case .wrongKey(let kid): return "signed by \(kid ?? "no key id"), not by the pinned root key"
        case .malformed(let reason): return "malformed list: \(reason)"
        }
    }
}
