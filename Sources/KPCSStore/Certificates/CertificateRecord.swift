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
    /// A company's licence number; nil for an authority.
    public var licenceNumber: String?
    /// A company's address as registered; nil for an authority, or a company registered before addresses.
    public var address: String?

    public init(id: Int64, name: String, licenceNumber: String? = nil, address: String? = nil) {
        self.id = id
        self.name = name
        self.licenceNumber = licenceNumber
        self.address = address
    }

    /// A company as a certificate names it.
    init(_ company: Company) {
        self.init(id: company.id, name: company.name, licenceNumber: company.licenceNumber, address: company.address)
    }
}

/// The officer who issued (validated) a certificate, as the certificate prints them: the account's display name and
/// function when it has them, else its username.
public struct IssuingOfficer: Sendable, Equatable {
    public var username: String
    public var profile: AccountProfile

    public init(username: String, profile: AccountProfile = AccountProfile()) {
        self.username = username
        self.profile = profile
    }

    /// The name to print: the display name, else the username.
    public var printedName: String { profile.displayName ?? username }
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
    /// The officer whose account issued the certificate (named as the account is named when read).
    public var issuedBy: IssuingOfficer?

    public init(
        certificate: Certificate, exportingParticipant: NamedParticipant, importingParticipant: NamedParticipant,
        exporter: NamedParty, importer: NamedParty, issuingAuthority: NamedParty, seal: String?,
        issuedBy: IssuingOfficer? = nil
    ) {
        self.issuedBy = issuedBy
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
                state: .issued, replaces: issue.replaces, originZone: issue.originZone),
            exportingParticipant: NamedParticipant(
                code: exporting.code, nameEn: exporting.nameEn, nameFr: exporting.nameFr),
            importingParticipant: NamedParticipant(
                code: issue.importingParticipant, nameEn: importing?.nameEn ?? "", nameFr: importing?.nameFr ?? ""),
            exporter: context.exporter.map { NamedParty($0) } ?? NamedParty(id: issue.exporterId, name: ""),
            importer: context.importer.map { NamedParty($0) } ?? NamedParty(id: issue.importerId, name: ""),
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
            origin: certificate.origin.countries, originZone: certificate.originZone,
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
    /// The start of the number, as ``KPCSCore/CertificateNumber/searchPrefix(_:field:)`` checked it.
    public var numberPrefix: String?

    public init(
        state: CertificateState? = nil, exportingParticipant: String? = nil, importingParticipant: String? = nil,
        participant: String? = nil, issuedFrom: CalendarDate? = nil, issuedTo: CalendarDate? = nil,
        numberPrefix: String? = nil
    ) {
        self.state = state
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.participant = participant
        self.issuedFrom = issuedFrom
        self.issuedTo = issuedTo
        self.numberPrefix = numberPrefix
    }
}
