import KPCSCore
import KPCSStore

// The certificate's JSON shapes. Quantities are integers: `caratsX100` (hundredths of a carat) and `valueUsdCents`
// (US cents).

struct OriginJSON: Codable, Sendable {
    let kind: String
    let country: String?
    let countries: [String]?

    init(_ origin: Origin) {
        kind = origin.kind
        switch origin {
        case .single(let c):
            country = c
            countries = nil
        case .mixed(let cs):
            country = nil
            countries = cs
        }
    }
}

struct NamedParticipantJSON: Codable, Sendable {
    let code: String
    let nameEn: String
    let nameFr: String
}

struct NamedPartyJSON: Codable, Sendable {
    let id: Int64
    let name: String
}

struct ConfirmationJSON: Codable, Sendable {
    let outcome: String
    let receivedOn: String?
    let reason: String?
    let recordedAt: String
    let authorityId: Int64
    let lines: [ReceivedLine]
    let differences: [DifferenceJSON]

    init(_ c: Confirmation) {
        outcome = c.outcome.rawValue
        receivedOn = c.receivedOn?.description
        reason = c.reason
        recordedAt = c.recordedAt
        authorityId = c.authorityId
        lines = c.lines
        differences = c.differences.map(DifferenceJSON.init)
    }
}

struct DifferenceJSON: Codable, Sendable {
    let hsCode: String
    let certifiedCaratsX100: Int64
    let receivedCaratsX100: Int64
    let caratsX100Delta: Int64
    let certifiedParcels: Int64
    let receivedParcels: Int64
    let parcelsDelta: Int64

    init(_ d: LineDifference) {
        hsCode = d.hsCode.rawValue
        certifiedCaratsX100 = d.certifiedCaratsX100
        receivedCaratsX100 = d.receivedCaratsX100
        caratsX100Delta = d.caratsX100Delta
        certifiedParcels = d.certifiedParcels
        receivedParcels = d.receivedParcels
        parcelsDelta = d.parcelsDelta
    }
}

struct EventJSON: Codable, Sendable {
    let id: Int64
    let type: String
    let at: String
    let actor: String
    let authorityId: Int64?
    let detail: String?
    /// The event's leaf in the public transparency log.
    let leafIndex: Int64?

    init(_ e: CertificateEvent) {
        id = e.id
        type = e.type.rawValue
        at = e.at
        actor = e.actor
        authorityId = e.authorityId
        detail = e.detail
        leafIndex = e.leafIndex
    }
}

struct CertificateJSON: Codable, Sendable {
    let number: String
    let state: String
    let exportingParticipant: NamedParticipantJSON
    let importingParticipant: NamedParticipantJSON
    let issuingAuthority: NamedPartyJSON
    let exporter: NamedPartyJSON
    let importer: NamedPartyJSON
    let origin: OriginJSON
    /// The mining zone of a single-origin parcel of the exporter's own production, by code.
    let originZone: String?
    let lines: [CertificateLine]
    let totals: CertificateTotals
    let issuedAt: String
    let issuedOn: String
    let expiresOn: String
    let replaces: String?
    let replacedBy: String?
    let voidReason: String?
    let confirmation: ConfirmationJSON?
    let events: [EventJSON]?
    /// `KP1:` and the JWS: the content of the certificate's QR code.
    let seal: String?

    init(_ r: CertificateRecord, events: [CertificateEvent]? = nil) {
        let c = r.certificate
        number = c.number
        state = c.state.rawValue
        exportingParticipant = NamedParticipantJSON(
            code: r.exportingParticipant.code, nameEn: r.exportingParticipant.nameEn,
            nameFr: r.exportingParticipant.nameFr)
        importingParticipant = NamedParticipantJSON(
            code: r.importingParticipant.code, nameEn: r.importingParticipant.nameEn,
            nameFr: r.importingParticipant.nameFr)
        issuingAuthority = NamedPartyJSON(id: r.issuingAuthority.id, name: r.issuingAuthority.name)
        exporter = NamedPartyJSON(id: r.exporter.id, name: r.exporter.name)
        importer = NamedPartyJSON(id: r.importer.id, name: r.importer.name)
        origin = OriginJSON(c.origin)
        originZone = c.originZone
        lines = c.lines
        totals = c.totals
        issuedAt = c.issuedAt
        issuedOn = c.issuedOn.description
        expiresOn = c.expiresOn.description
        replaces = c.replaces
        replacedBy = c.replacedBy
        voidReason = c.voidReason
        confirmation = c.confirmation.map(ConfirmationJSON.init)
        seal = r.seal
        self.events = events?.map(EventJSON.init)
    }
}

/// The dry run's answer: the certificate as it would be issued, without a number.
struct ValidationJSON: Codable, Sendable {
    let valid: Bool
    let exportingParticipant: String
    let importingParticipant: String
    let issuedOn: String
    let expiresOn: String
    let lines: [CertificateLine]
    let totals: CertificateTotals

    init(_ v: ValidIssue) {
        valid = true
        exportingParticipant = v.exportingParticipant
        importingParticipant = v.importingParticipant
        issuedOn = v.issuedOn.description
        expiresOn = v.expiresOn.description
        lines = v.lines
        totals = v.totals
    }
}

struct ReasonRequest: Codable, Sendable {
    let reason: String?
}
