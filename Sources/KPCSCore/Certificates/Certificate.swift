/// A Kimberley Process certificate as kpcs keeps it: the Annex I fields, its state and what the importer said.
/// A certificate is never edited; it changes state only, and each change is a ``CertificateEvent``.
public struct Certificate: Sendable, Equatable {
    public var number: String
    public var exportingParticipant: String
    public var importingParticipant: String
    public var issuingAuthorityId: Int64
    public var exporterId: Int64
    public var importerId: Int64
    public var origin: Origin
    /// The mining zone of a single-origin parcel of the exporter's own production, once zones are registered.
    public var originZone: String?
    public var lines: [CertificateLine]
    public var totals: CertificateTotals
    /// The instant of issue, ISO 8601 UTC.
    public var issuedAt: String
    public var issuedOn: CalendarDate
    public var expiresOn: CalendarDate
    public var state: CertificateState
    /// The voided certificate this one replaces.
    public var replaces: String?
    /// The certificate that replaced this one, once voided and replaced.
    public var replacedBy: String?
    public var voidReason: String?
    public var confirmation: Confirmation?

    public init(
        number: String, exportingParticipant: String, importingParticipant: String, issuingAuthorityId: Int64,
        exporterId: Int64, importerId: Int64, origin: Origin, lines: [CertificateLine], totals: CertificateTotals,
        issuedAt: String, issuedOn: CalendarDate, expiresOn: CalendarDate, state: CertificateState,
        replaces: String?, replacedBy: String? = nil, voidReason: String? = nil, confirmation: Confirmation? = nil,
        originZone: String? = nil
    ) {
        self.number = number
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.issuingAuthorityId = issuingAuthorityId
        self.exporterId = exporterId
        self.importerId = importerId
        self.origin = origin
        self.originZone = originZone
        self.lines = lines
        self.totals = totals
        self.issuedAt = issuedAt
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.state = state
        self.replaces = replaces
        self.replacedBy = replacedBy
        self.voidReason = voidReason
        self.confirmation = confirmation
    }
}

/// What the importing authority recorded: receipt (confirmed or with a discrepancy) or refusal.
public struct Confirmation: Sendable, Equatable {
    /// `confirmed`, `discrepancy` or `refused`.
    public var outcome: CertificateState
    public var receivedOn: CalendarDate?
    public var reason: String?
    public var lines: [ReceivedLine]
    /// Lines whose received quantities differ from the certified ones.
    public var differences: [LineDifference]
    public var recordedAt: String
    public var authorityId: Int64

    public init(
        outcome: CertificateState, receivedOn: CalendarDate?, reason: String?, lines: [ReceivedLine],
        differences: [LineDifference], recordedAt: String, authorityId: Int64
    ) {
        self.outcome = outcome
        self.receivedOn = receivedOn
        self.reason = reason
        self.lines = lines
        self.differences = differences
        self.recordedAt = recordedAt
        self.authorityId = authorityId
    }
}

/// Quantities received for one HS code.
public struct ReceivedLine: Sendable, Equatable, Codable {
    public var hsCode: HSCode
    public var caratsX100: Int64
    public var parcels: Int64

    public init(hsCode: HSCode, caratsX100: Int64, parcels: Int64) {
        self.hsCode = hsCode
        self.caratsX100 = caratsX100
        self.parcels = parcels
    }
}

/// A difference between what was certified and what was received, for one HS code.
public struct LineDifference: Sendable, Equatable, Codable {
    public var hsCode: HSCode
    public var certifiedCaratsX100: Int64
    public var receivedCaratsX100: Int64
    public var certifiedParcels: Int64
    public var receivedParcels: Int64

    public init(
        hsCode: HSCode, certifiedCaratsX100: Int64, receivedCaratsX100: Int64, certifiedParcels: Int64,
        receivedParcels: Int64
    ) {
        self.hsCode = hsCode
        self.certifiedCaratsX100 = certifiedCaratsX100
        self.receivedCaratsX100 = receivedCaratsX100
        self.certifiedParcels = certifiedParcels
        self.receivedParcels = receivedParcels
    }

    /// Received minus certified, in hundredths of a carat.
    public var caratsX100Delta: Int64 { receivedCaratsX100 - certifiedCaratsX100 }
    /// Received minus certified parcels.
    public var parcelsDelta: Int64 { receivedParcels - certifiedParcels }
}

/// One change of one certificate: what, who, when. Written in the same transaction as the change.
public struct CertificateEvent: Sendable, Equatable, Codable {
    public var id: Int64
    public var certificateNumber: String
    public var type: CertificateEventType
    public var at: String
    /// The account that made the change; `system` for the server's own changes (expiry).
    public var actor: String
    public var authorityId: Int64?
    public var detail: String?
    /// The event's leaf in the transparency log.
    public var leafIndex: Int64?

    public init(
        id: Int64, certificateNumber: String, type: CertificateEventType, at: String, actor: String,
        authorityId: Int64?,
        detail: String?, leafIndex: Int64? = nil
    ) {
        self.leafIndex = leafIndex
        self.id = id
        self.certificateNumber = certificateNumber
        self.type = type
        self.at = at
        self.actor = actor
        self.authorityId = authorityId
        self.detail = detail
    }
}
