import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The trust list and the void list, as the server publishes them for offline verifiers.
extension KeyStore {
    /// Every authority key with its status, valid from now for ``StoreConfiguration/listLifetime``.
    public func trustList() async throws -> TrustList {
        let (issuedAt, expiresAt) = listTimes()
        let keys = try await signingKeys().compactMap(\.trustedKey)
        return TrustList(keys: keys, issuedAt: issuedAt, expiresAt: expiresAt)
    }

    /// Every voided certificate with the time of its void event, and every answered certificate (received or
    /// refused) not yet past its expiry day, with its day and importing participant. Two reads can disagree on
    /// nothing: a certificate leaves `issued` once, for one of the two lists or for `expired`.
    public func voidList() async throws -> VoidList {
        let (issuedAt, expiresAt) = listTimes()
        let today = CalendarDate(utcDayOf: now)
        let lists = try await database.read { db in
            let voided = try await db.raw(
                """
                SELECT c.number, e.at FROM certificates c
                JOIN certificate_events e ON e.certificate_number = c.number AND e.type = 'voided'
                WHERE c.state = 'voided' ORDER BY e.at, c.number
                """
            ).all().map { VoidedCertificate(number: try $0.string("number"), voidedAt: try $0.string("at")) }
            let answered = try await db.raw(
                """
                SELECT c.number, c.state, c.importing_participant, f.received_on, f.recorded_at FROM certificates c
                JOIN confirmations f ON f.certificate_number = c.number
                WHERE c.state IN ('confirmed', 'discrepancy', 'refused') AND c.expires_on >= \(bind: today.description)
                ORDER BY f.recorded_at, c.number
                """
            ).all().compactMap { row -> AnsweredCertificate? in
                guard let state = CertificateState(rawValue: try row.string("state")) else { return nil }
                return Self.answer(
                    number: try row.string("number"), state: state, receivedOn: try row.optionalString("received_on"),
                    recordedAt: try row.optionalString("recorded_at"),
                    importing: try row.string("importing_participant"))
            }
            return (voided, answered)
        }
        return VoidList(entries: lists.0, answered: lists.1, issuedAt: issuedAt, expiresAt: expiresAt)
    }

    /// The trust list as a JWS signed by the root key.
    public func signedTrustList() async throws -> String {
        let root = try await rootKey()
        return try await trustList().signed(rootKeyId: root.kid, rootKey: root.privateKey)
    }

    /// The void list as a JWS signed by the root key.
    public func signedVoidList() async throws -> String {
        let root = try await rootKey()
        return try await voidList().signed(rootKeyId: root.kid, rootKey: root.privateKey)
    }

    /// A list's issue and expiry times (Unix seconds): from now for ``StoreConfiguration/listLifetime``.
    func listTimes() -> (Int64, Int64) {
        let issuedAt = Int64(now.timeIntervalSince1970.rounded(.down))
        return (issuedAt, issuedAt + Int64(configuration.listLifetime))
    }
}
