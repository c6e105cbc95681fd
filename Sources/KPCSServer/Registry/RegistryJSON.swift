import KPCSCore
import KPCSStore

// The registry's JSON shapes: participants, their status history, authorities and companies.

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
    /// Lines joined by `\n`; absent for a company registered before addresses were kept.
    let address: String?
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
        address = c.address
        canExport = c.canExport
        canImport = c.canImport
        registeredBy = c.registeredBy
        suspended = c.suspended
        suspensionReason = c.suspensionReason
    }
}

struct StatusChangeRequest: Codable, Sendable {
    let status: String?
    let reason: String?
    let effectiveOn: String?
}
