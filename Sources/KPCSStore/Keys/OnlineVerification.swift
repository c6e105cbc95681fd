import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// A seal checked against the live database: the offline verdict with today's lists, plus what has happened to
/// the certificate since (confirmed, discrepancy, refused…) and whether the database holds this very seal.
public struct OnlineVerification: Sendable {
    public var verification: SealVerification
    /// The certificate's state now, when the seal names a certificate this server issued (an `issued` certificate
    /// past its expiry day reads `expired`, whether or not the expiry job has run).
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
            voidList: VoidList(
                entries: found.voided.map { [$0] } ?? [], answered: found.answered.map { [$0] } ?? [],
                issuedAt: issuedAt, expiresAt: expiresAt))
        let sent = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let today = CalendarDate(utcDayOf: now)
        let liveState = found.state.map { ExpiryRule.state($0.stored, expiresOn: $0.expiresOn, today: today) }
        return OnlineVerification(
            verification: verifier.verify(parsed, at: now), liveState: liveState, matchesRecord: found.seal == sent)
    }

    /// What the lists say of an answered certificate, from its stored state and confirmation row; nil for any
    /// other state. A refusal's day is the day it was recorded when no receipt day was given.
    static func answer(
        number: String, state: CertificateState, receivedOn: String?, recordedAt: String?, importing: String
    ) -> AnsweredCertificate? {
        let outcome: AnsweredCertificate.Outcome
        switch state {
        case .confirmed, .discrepancy: outcome = .received
        case .refused: outcome = .refused
        default: return nil
        }
        let day = receivedOn ?? recordedAt.map { String($0.prefix(10)) } ?? ""
        return AnsweredCertificate(number: number, outcome: outcome, on: day, by: importing)
    }

    /// A seal's key (an authority key, as the trust list holds it) and its certificate (state, stored seal, void),
    /// in one statement: the cost does not grow with the number of keys or of voided certificates.
    static func lookUp(
        kid: String, number: String, in db: any SQLDatabase
    ) async throws -> (
        key: TrustedKey?, state: (stored: CertificateState, expiresOn: CalendarDate)?, seal: String?,
        voided: VoidedCertificate?, answered: AnsweredCertificate?
    ) {
        let row = try await db.raw(
            """
            SELECT k.kid, k.purpose, k.public_key, k.status, k.created_at, k.retired_at, k.revoked_at,\
             k.revocation_reason,
            a.id AS a_id, a.participant_code AS a_participant, a.member_state AS a_member_state, a.name AS a_name,
            a.can_export AS a_can_export, a.can_import AS a_can_import,
            c.state AS certificate_state, c.seal AS certificate_seal, c.expires_on AS certificate_expires_on,
            c.importing_participant AS certificate_importing, e.at AS voided_at, f.received_on, f.recorded_at
            FROM (SELECT 1 AS one) q
            LEFT JOIN signing_keys k ON k.kid = \(bind: kid)
            LEFT JOIN authorities a ON a.id = k.authority_id
            LEFT JOIN certificates c ON c.number = \(bind: number)
            LEFT JOIN certificate_events e ON e.certificate_number = c.number AND e.type = 'voided' AND c.state =\
             'voided'
            LEFT JOIN confirmations f ON f.certificate_number = c.number
            """
        ).first()
        guard let row else { return (nil, nil, nil, nil, nil) }
        let key = try row.optionalString("kid") == nil ? nil : try SigningKeyRecord(row: row).trustedKey
        let voided = try row.optionalString("voided_at").map { VoidedCertificate(number: number, voidedAt: $0) }
        guard let stored = try row.optionalString("certificate_state").flatMap(CertificateState.init(rawValue:)),
            let expiresOn = try row.optionalString("certificate_expires_on").flatMap(CalendarDate.init(iso:))
        else { return (key, nil, try row.optionalString("certificate_seal"), voided, nil) }
        let answered = answer(
            number: number, state: stored, receivedOn: try row.optionalString("received_on"),
            recordedAt: try row.optionalString("recorded_at"),
            importing: try row.optionalString("certificate_importing") ?? "")
        return (key, (stored, expiresOn), try row.optionalString("certificate_seal"), voided, answered)
    }
}
