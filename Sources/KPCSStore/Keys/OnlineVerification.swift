import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// A seal checked against the live database: the offline verdict with today's lists, plus what has happened to
/// the certificate since (confirmed, discrepancy, refused…) and whether the database holds this very seal.
public struct OnlineVerification: Sendable {
    public var verification: SealVerification
    /// The certificate's state now, when the seal names a certificate this server issued.
    public var liveState: CertificateState?
    /// True when the stored seal of that certificate is this exact text.
    public var matchesRecord: Bool
}

extension KeyStore {
    /// Verifies a seal as of now against the live database: the seal's own key and its certificate are looked up in
    /// one statement (one snapshot, whatever the scheme's history holds), then checked by the offline verifier.
    public func verifyOnline(_ text: String) async throws -> OnlineVerification {
        let parsed: (jws: CompactJWS, claims: SealClaims)
        do { parsed = try SealVerifier.read(text) } catch {
            return OnlineVerification(verification: SealVerifier.notASeal(error), liveState: nil, matchesRecord: false)
        }
        let (issuedAt, expiresAt) = listTimes()
        let now = self.now
        let kid = parsed.jws.keyId ?? ""
        let number = parsed.claims.number
        let found = try await database.read { db in try await Self.lookUp(kid: kid, number: number, in: db) }
        let verifier = SealVerifier(
            trustList: TrustList(keys: found.key.map { [$0] } ?? [], issuedAt: issuedAt, expiresAt: expiresAt),
            voidList: VoidList(entries: found.voided.map { [$0] } ?? [], issuedAt: issuedAt, expiresAt: expiresAt))
        let sent = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return OnlineVerification(
            verification: verifier.verify(parsed, at: now), liveState: found.state, matchesRecord: found.seal == sent)
    }

    /// A seal's key (an authority key, as the trust list holds it) and its certificate (state, stored seal, void),
    /// in one statement: the cost does not grow with the number of keys or of voided certificates.
    static func lookUp(
        kid: String, number: String, in db: any SQLDatabase
    ) async throws -> (key: TrustedKey?, state: CertificateState?, seal: String?, voided: VoidedCertificate?) {
        let row = try await db.raw(
            """
            SELECT k.kid, k.purpose, k.public_key, k.status, k.created_at, k.retired_at, k.revoked_at,\
             k.revocation_reason,
            a.id AS a_id, a.participant_code AS a_participant, a.member_state AS a_member_state, a.name AS a_name,
            a.can_export AS a_can_export, a.can_import AS a_can_import,
            c.state AS certificate_state, c.seal AS certificate_seal, e.at AS voided_at
            FROM (SELECT 1 AS one) q
            LEFT JOIN signing_keys k ON k.kid = \(bind: kid)
            LEFT JOIN authorities a ON a.id = k.authority_id
            LEFT JOIN certificates c ON c.number = \(bind: number)
            LEFT JOIN certificate_events e ON e.certificate_number = c.number AND e.type = 'voided' AND c.state =\
             'voided'
            """
        ).first()
        guard let row else { return (nil, nil, nil, nil) }
        let key = try row.optionalString("kid") == nil ? nil : try SigningKeyRecord(row: row).trustedKey
        let state = try row.optionalString("certificate_state").flatMap(CertificateState.init(rawValue:))
        let voided = try row.optionalString("voided_at").map { VoidedCertificate(number: number, voidedAt: $0) }
        return (key, state, try row.optionalString("certificate_seal"), voided)
    }
}
