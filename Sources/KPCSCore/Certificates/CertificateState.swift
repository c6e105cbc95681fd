/// Where a certificate is in its life. It starts `issued`; every other state is final.
///
/// issued → confirmed | discrepancy | refused (by the importing authority);
/// issued → voided (by the issuing authority); issued → expired (by the server, past expiry unconfirmed).
public enum CertificateState: String, Codable, Sendable, CaseIterable {
    case issued, confirmed, discrepancy, refused, voided, expired

    /// True when no further change is allowed.
    public var isFinal: Bool { self != .issued }

    /// Whether the state machine allows `self → next`.
    public func canMove(to next: CertificateState) -> Bool {
        self == .issued && next != .issued
    }
}

/// The kinds of event recorded for a certificate, one row per change.
public enum CertificateEventType: String, Codable, Sendable, CaseIterable {
    case issued, confirmed, discrepancy, refused, voided, expired
}
