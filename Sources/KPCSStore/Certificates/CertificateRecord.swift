import KPCSCore
import KPCSSeal

/// A participant named on a certificate, with both names.
public struct NamedParticipant: Sendable, Equatable {
    public var code: String
    public var nameEn: String
    public var nameFr: String

    public init(code: String, nameEn: String, nameFr: String) {
        self.code = code
        self.nameEn = nameEn
        self.nameFr = nameFr
    }
}

/// A company or authority named on a certificate.
public struct NamedParty: Sendable, Equatable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// A certificate with the names a reader needs: both participants, exporter, importer, issuing authority.
public struct CertificateRecord: Sendable, Equatable {
    public var certificate: Certificate
    public var exportingParticipant: NamedParticipant
    public var importingParticipant: NamedParticipant
    public var exporter: NamedParty
    public var importer: NamedParty
    public var issuingAuthority: NamedParty
    /// `KP1:` and the JWS that seals the certificate; nil only for certificates issued before seals existed.
    public var seal: String?

    public init(
        certificate: Certificate, exportingParticipant: NamedParticipant, importingParticipant: NamedParticipant,
        exporter: NamedParty, importer: NamedParty, issuingAuthority: NamedParty, seal: String?
    ) {
        self.certificate = certificate
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.exporter = exporter
        self.importer = importer
        self.issuingAuthority = issuingAuthority
        self.seal = seal
    }
}

extension CertificateRecord {
    /// The record of a certificate just issued, from what the issue already holds: no second read.
    init(issued issue: ValidIssue, number: String, issuedAt: String, authority: Authority, context: IssueContext) {
        let exporting = context.exportingParticipant
        let importing = context.importingParticipant
        self.init(
            certificate: Certificate(
                number: number, exportingParticipant: issue.exportingParticipant,
                importingParticipant: issue.importingParticipant, issuingAuthorityId: authority.id,
                exporterId: issue.exporterId, importerId: issue.importerId, origin: issue.origin, lines: issue.lines,
                totals: issue.totals, issuedAt: issuedAt, issuedOn: issue.issuedOn, expiresOn: issue.expiresOn,
                state: .issued, replaces: issue.replaces),
            exportingParticipant: NamedParticipant(
                code: exporting.code, nameEn: exporting.nameEn, nameFr: exporting.nameFr),
            importingParticipant: NamedParticipant(
                code: issue.importingParticipant, nameEn: importing?.nameEn ?? "", nameFr: importing?.nameFr ?? ""),
            exporter: NamedParty(id: issue.exporterId, name: context.exporter?.name ?? ""),
            importer: NamedParty(id: issue.importerId, name: context.importer?.name ?? ""),
            issuingAuthority: NamedParty(id: authority.id, name: authority.name), seal: nil)
    }
}

extension SealClaims {
    /// The claims of a certificate as its seal states them.
    public init(_ record: CertificateRecord, sealedAt: Int64) {
        let certificate = record.certificate
        self.init(
            number: certificate.number, sealedAt: sealedAt, issuedOn: certificate.issuedOn,
            expiresOn: certificate.expiresOn,
            exportingParticipant: certificate.exportingParticipant,
            importingParticipant: certificate.importingParticipant,
            exporterName: record.exporter.name, importerName: record.importer.name,
            origin: certificate.origin.countries,
            lines: certificate.lines, totals: certificate.totals, replaces: certificate.replaces)
    }
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
