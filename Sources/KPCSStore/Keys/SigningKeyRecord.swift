import KPCSCore
import KPCSSeal
import SQLKit

/// What a signing key is for: an issuing authority's seals, or the scheme's root key that signs the lists.
public enum KeyPurpose: String, Sendable, Codable {
    case authority, root
}

/// A signing key as the database holds it, without its private part.
public struct SigningKeyRecord: Sendable, Equatable {
    public var kid: String
    public var purpose: KeyPurpose
    public var jwk: Ed25519JWK
    public var authority: Authority?
    public var status: KeyStatus
    public var createdAt: String
    public var retiredAt: String?
    public var revokedAt: String?
    public var revocationReason: String?

    /// The trust-list entry of an authority key; nil for the root key.
    public var trustedKey: TrustedKey? {
        guard let authority else { return nil }
        return TrustedKey(
            jwk: jwk, participant: authority.participantCode, authorityId: authority.id, authorityName: authority.name,
            status: status, createdAt: createdAt, retiredAt: retiredAt, revokedAt: revokedAt)
    }

    /// The columns every key query selects, with the authority joined.
    static let selectSQL: SQLQueryString = """
        SELECT k.kid, k.purpose, k.public_key, k.status, k.created_at, k.retired_at, k.revoked_at, k.revocation_reason,
        a.id AS a_id, a.participant_code AS a_participant, a.member_state AS a_member_state, a.name AS a_name,
        a.can_export AS a_can_export, a.can_import AS a_can_import
        FROM signing_keys k LEFT JOIN authorities a ON a.id = k.authority_id
        """

    init(row: any SQLRow) throws {
        let kid = try row.string("kid")
        let purposeText = try row.string("purpose")
        let statusText = try row.string("status")
        guard let purpose = KeyPurpose(rawValue: purposeText) else {
            throw StoreCorruption.badValue("purpose", purposeText)
        }
        guard let status = KeyStatus(rawValue: statusText) else { throw StoreCorruption.badValue("status", statusText) }
        guard let bytes = Base64URL.decode(try row.string("public_key")), let jwk = Ed25519JWK(publicKey: bytes),
            jwk.thumbprint == kid
        else { throw StoreCorruption.badValue("public_key", kid) }
        var authority: Authority?
        if let id = try row.optionalInt("a_id") {
            authority = Authority(
                id: id, participantCode: try row.string("a_participant"),
                memberState: try row.optionalString("a_member_state"),
                name: try row.string("a_name"), canExport: try row.bool("a_can_export"),
                canImport: try row.bool("a_can_import"))
        }
        self.init(
            kid: kid, purpose: purpose, jwk: jwk, authority: authority, status: status,
            createdAt: try row.string("created_at"),
            retiredAt: try row.optionalString("retired_at"), revokedAt: try row.optionalString("revoked_at"),
            revocationReason: try row.optionalString("revocation_reason"))
    }

    init(
        kid: String, purpose: KeyPurpose, jwk: Ed25519JWK, authority: Authority?, status: KeyStatus, createdAt: String,
        retiredAt: String?, revokedAt: String?, revocationReason: String?
    ) {
        self.kid = kid
        self.purpose = purpose
        self.jwk = jwk
        self.authority = authority
        self.status = status
        self.createdAt = createdAt
        self.retiredAt = retiredAt
        self.revokedAt = revokedAt
        self.revocationReason = revocationReason
    }
}
