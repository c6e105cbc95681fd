import Crypto

/// One leaf of the public transparency log: what happened, when, to which certificate, key or decision, between
/// which participants. Never company names, carats, values or the reasons of objections: the log is public, and
/// `LogEntrySchema` lists the members each kind of leaf may carry. Its bytes are canonical JSON, so anyone can
/// recompute its leaf hash.
public struct LogEntry: Sendable, Equatable {
    public static let formatVersion: Int64 = 1

    /// `certificate.issued`, `certificate.confirmed`, … `key.added`, `key.retired`, `key.revoked`.
    public var event: String
    /// ISO 8601 UTC instant of the event.
    public var at: String
    public var certificateNumber: String?
    public var exportingParticipant: String?
    public var importingParticipant: String?
    /// Lowercase hex SHA-256 of the certificate's whole `KP1:` seal text.
    public var sealHash: String?
    /// For key events: the key id, its participant (absent for the root key) and purpose.
    public var keyId: String?
    public var participant: String?
    public var keyPurpose: String?
    /// For a revocation: the time from which the key's seals fail, which may be earlier than `at`.
    public var effectiveAt: String?
    /// For governance events (`decision.…`, `participant.status`, `chair.set`): their public members, by name.
    public var details: [String: JSONValue] = [:]

    public init(
        event: String, at: String, certificateNumber: String? = nil, exportingParticipant: String? = nil,
        importingParticipant: String? = nil, sealHash: String? = nil, keyId: String? = nil, participant: String? = nil,
        keyPurpose: String? = nil, effectiveAt: String? = nil
    ) {
        self.effectiveAt = effectiveAt
        self.event = event
        self.at = at
        self.certificateNumber = certificateNumber
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.sealHash = sealHash
        self.keyId = keyId
        self.participant = participant
        self.keyPurpose = keyPurpose
    }

    /// A certificate event, with the hash of its seal when it has one.
    public static func certificate(
        _ event: String, at: String, number: String, exporting: String, importing: String, seal: String?
    ) -> LogEntry {
        LogEntry(
            event: "certificate.\(event)", at: at, certificateNumber: number, exportingParticipant: exporting,
            importingParticipant: importing, sealHash: seal.map(sha256Hex))
    }

    /// A governance event with its public members (which never replace `v`, `event` or `at`).
    public static func governance(_ event: String, at: String, details: [String: JSONValue]) -> LogEntry {
        var entry = LogEntry(event: event, at: at)
        entry.details = details
        return entry
    }

    /// The canonical JSON bytes that the leaf hash covers.
    public var bytes: [UInt8] {
        var members = details
        members["v"] = .integer(Self.formatVersion)
        members["event"] = .string(event)
        members["at"] = .string(at)
        if let certificateNumber { members["no"] = .string(certificateNumber) }
        if let exportingParticipant { members["from"] = .string(exportingParticipant) }
        if let importingParticipant { members["to"] = .string(importingParticipant) }
        if let sealHash { members["seal_sha256"] = .string(sealHash) }
        if let keyId { members["kid"] = .string(keyId) }
        if let participant { members["participant"] = .string(participant) }
        if let keyPurpose { members["purpose"] = .string(keyPurpose) }
        if let effectiveAt { members["effective_at"] = .string(effectiveAt) }
        return CanonicalJSON.encode(.object(members))
    }

    public static func sha256Hex(_ text: String) -> String {
        Hex.encode(Array(SHA256.hash(data: Array(text.utf8))))
    }
}
