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
    /// Verifies a seal with the current trust list and void list, and reads the certificate's live state.
    public func verifyOnline(_ text: String) async throws -> OnlineVerification {
        let verifier = SealVerifier(trustList: try await trustList(), voidList: try await voidList())
        let verification = verifier.verify(text, at: now)
        guard let number = verification.claims?.number, verification.verdict != .notASeal else {
            return OnlineVerification(verification: verification, liveState: nil, matchesRecord: false)
        }
        let row = try await database.read { db in
            try await db.raw("SELECT state, seal FROM certificates WHERE number = \(bind: number)").first()
        }
        let state = try row.flatMap { CertificateState(rawValue: try $0.string("state")) }
        let stored = try row?.optionalString("seal")
        let sent = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return OnlineVerification(verification: verification, liveState: state, matchesRecord: stored == sent)
    }
}
