/// Where a certificate is in its life. It starts `issued`; every other state is final.
///
/// issued → confirmed | discrepancy | refused (by the importing authority);
/// issued → voided (by the issuing authority); issued → expired (by the server, past expiry unconfirmed).
public enum CertificateState: String, Codable, Sendable, CaseIterable {
    case issued, confirmed, discrepancy, refused, voided, expired

    /// True when no further change is allowed.
    public var isFinal: Bool { self != .issued }

    /// The state in words, in English or French.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.issued, .en): return "issued"
        case (.issued, .fr): return "délivré"
        case (.confirmed, .en): return "receipt confirmed"
        case (.confirmed, .fr): return "réception confirmée"
        case (.discrepancy, .en): return "received with a discrepancy"
        case (.discrepancy, .fr): return "reçu avec un écart"
        case (.refused, .en): return "refused by the importer"
        case (.refused, .fr): return "refusé par l'importateur"
        case (.voided, .en): return "voided"
        case (.voided, .fr): return "annulé"
        case (.expired, .en): return "expired"
        case (.expired, .fr): return "expiré"
        }
    }

    /// Whether the state machine allows `self → next`.
    public func canMove(to next: CertificateState) -> Bool {
        self == .issued && next != .issued
    }

    /// The states from which the machine allows a move to `next`: the store's SQL guard of every state change is
    /// this set, so the rule that Core tests is the rule that runs, and the guard only settles races.
    public static func movable(to next: CertificateState) -> [CertificateState] {
        allCases.filter { $0.canMove(to: next) }
    }
}

extension Certificate {
    /// Refuses a change the state machine does not allow (409 `certificate-not-issued`).
    public func checkMove(to next: CertificateState) throws {
        guard state.canMove(to: next) else {
            throw KPCSError.conflict(CertificateMessage.certificateNotIssued(number: number, state: state.rawValue))
        }
    }
}

/// The kinds of event recorded for a certificate, one row per change.
public enum CertificateEventType: String, Codable, Sendable, CaseIterable {
    case issued, confirmed, discrepancy, refused, voided, expired
}
