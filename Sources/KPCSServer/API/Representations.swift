import KPCSCore
import KPCSStore

/// The JSON shapes of the API. Quantities are integers: `caratsX100` (hundredths of a carat) and
/// `valueUsdCents` (US cents).
struct ParticipantJSON: Codable, Sendable {
    let code: String
    let nameEn: String
    let nameFr: String
    let kind: String
    let participant: String
    let status: String
    let joined: Int?
    let region: String
    let memberStates: [String]?
    let statusHistory: [StatusChangeJSON]?

    init(_ p: Participant, memberStates: [String]? = nil, history: [ParticipantStatusChange]? = nil) {
        code = p.code
        nameEn = p.nameEn
        nameFr = p.nameFr
        kind = p.kind.rawValue
        participant = p.participantCode
        status = p.status.rawValue
        joined = p.joined
        region = p.region
        self.memberStates = memberStates
        statusHistory = history?.map(StatusChangeJSON.init)
    }
}

struct StatusChangeJSON: Codable, Sendable {
    let previousStatus: String
    let status: String
    let reason: String
    let effectiveOn: String
    let recordedAt: String
    let recordedBy: String

    init(_ c: ParticipantStatusChange) {
        previousStatus = c.previousStatus.rawValue
        status = c.status.rawValue
        reason = c.reason
        effectiveOn = c.effectiveOn.description
        recordedAt = c.recordedAt
        recordedBy = c.recordedBy
    }
}

struct AuthorityJSON: Codable, Sendable {
    let id: Int64
    let participant: String
    let memberState: String?
    let name: String
    let canExport: Bool
    let canImport: Bool

    init(_ a: Authority) {
        id = a.id
        participant = a.participantCode
        memberState = a.memberState
        name = a.name
        canExport = a.canExport
        canImport = a.canImport
    }
}

struct CompanyJSON: Codable, Sendable {
    let id: Int64
    let participant: String
    let name: String
    let licenceNumber: String
    let canExport: Bool
    let canImport: Bool
    let registeredBy: Int64?
    let suspended: Bool
    let suspensionReason: String?

    init(_ c: Company) {
        id = c.id
        participant = c.participantCode
        name = c.name
        licenceNumber = c.licenceNumber
        canExport = c.canExport
        canImport = c.canImport
        registeredBy = c.registeredBy
        suspended = c.suspended
        suspensionReason = c.suspensionReason
    }
}

struct AccountJSON: Codable, Sendable {
    let id: Int64
    let username: String
    let role: String
    let authorityId: Int64?
    let disabled: Bool
    let createdAt: String
    let body: String?

    init(_ a: Account) {
        body = a.body?.rawValue
        id = a.id
        username = a.username
        role = a.role.rawValue
        authorityId = a.authorityId
        disabled = a.disabled
        createdAt = a.createdAt
    }
}

struct MeJSON: Codable, Sendable {
    let username: String
    let role: String
    let participant: String?
    let authority: AuthorityJSON?
    let canExport: Bool
    let canImport: Bool
}

struct PageJSON<Item: Codable & Sendable>: Codable, Sendable {
    let items: [Item]
    let page: Int
    let perPage: Int
    let total: Int64

    init(_ result: PageResult<Item>) {
        items = result.items
        page = result.page
        perPage = result.perPage
        total = result.total
    }
}

struct OriginJSON: Codable, Sendable {
    let kind: String
    let country: String?
    let countries: [String]?

    init(_ origin: Origin) {
        kind = origin.kind
        switch origin {
        case .single(let c): country = c; countries = nil
        case .mixed(let cs): country = nil; countries = cs
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
            code: r.exportingParticipant.code, nameEn: r.exportingParticipant.nameEn, nameFr: r.exportingParticipant.nameFr)
        importingParticipant = NamedParticipantJSON(
            code: r.importingParticipant.code, nameEn: r.importingParticipant.nameEn, nameFr: r.importingParticipant.nameFr)
        issuingAuthority = NamedPartyJSON(id: r.issuingAuthority.id, name: r.issuingAuthority.name)
        exporter = NamedPartyJSON(id: r.exporter.id, name: r.exporter.name)
        importer = NamedPartyJSON(id: r.importer.id, name: r.importer.name)
        origin = OriginJSON(c.origin)
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

/// Requests that are not domain drafts.
struct LoginRequest: Codable, Sendable {
    let username: String
    let password: String
}

struct TokenJSON: Codable, Sendable {
    let token: String
    let expiresAt: String
}

struct StatusChangeRequest: Codable, Sendable {
    let status: String?
    let reason: String?
    let effectiveOn: String?
}

struct ReasonRequest: Codable, Sendable {
    let reason: String?
}

struct AccountRequest: Codable, Sendable {
    let username: String
    let password: String
    let role: String
    let authorityId: Int64?
    /// `chair` or `wgs` (Working Group on Statistics), optional.
    let body: String?
}

/// The scheme body an account sits on; null takes it off.
struct SchemeBodyRequest: Codable, Sendable {
    let body: String?

    static func parse(_ text: String?) throws -> SchemeBody? {
        guard let text else { return nil }
        guard let body = SchemeBody(rawValue: text) else {
            throw KPCSError.invalid(
                .fieldValueInvalid, arguments: ["body", text, SchemeBody.allCases.map(\.rawValue).joined(separator: ", ")], pointer: "/body")
        }
        return body
    }
}

struct PasswordRequest: Codable, Sendable {
    let password: String
}
