import KPCSCore

/// A participant named on a certificate, with both names.
public struct NamedParticipant: Sendable, Equatable {
    public var code: String
    public var nameEn: String
    public var nameFr: String
}

/// A company or authority named on a certificate.
public struct NamedParty: Sendable, Equatable {
    public var id: Int64
    public var name: String
}

/// A certificate with the names a reader needs: both participants, exporter, importer, issuing authority.
public struct CertificateRecord: Sendable, Equatable {
    public var certificate: Certificate
    public var exportingParticipant: NamedParticipant
    public var importingParticipant: NamedParticipant
    public var exporter: NamedParty
    public var importer: NamedParty
    public var issuingAuthority: NamedParty
}

/// Filters for the certificate list. Every filter is optional; they combine with AND.
public struct CertificateFilter: Sendable, Equatable {
    public var state: CertificateState?
    public var exportingParticipant: String?
    public var importingParticipant: String?
    /// Either side.
    public var participant: String?
    public var issuedFrom: CalendarDate?
    public var issuedTo: CalendarDate?

    public init(
        state: CertificateState? = nil, exportingParticipant: String? = nil, importingParticipant: String? = nil,
        participant: String? = nil, issuedFrom: CalendarDate? = nil, issuedTo: CalendarDate? = nil
    ) {
        self.state = state
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.participant = participant
        self.issuedFrom = issuedFrom
        self.issuedTo = issuedTo
    }
}
