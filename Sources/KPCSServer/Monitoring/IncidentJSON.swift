import KPCSCore

/// An incident report as its readers get it: never its reporter.
struct IncidentJSON: Codable, Sendable {
    let reference: String
    let participant: String
    let zone: String?
    let longitude: Double?
    let latitude: Double?
    let precisionKm: Int?
    let occurredOn: String
    let kinds: [IncidentKind]
    let description: String
    let evidence: [String]
    let channel: IncidentChannel
    let filedAt: String
    let verification: VerificationState
    let publication: PublicationState
    let publishedFrom: String?
    let response: String?
    let respondedAt: String?

    init(_ incident: Incident) {
        reference = incident.reference
        participant = incident.participant
        zone = incident.zone
        longitude = incident.position?.longitude
        latitude = incident.position?.latitude
        precisionKm = incident.precisionKm
        occurredOn = incident.occurredOn.description
        kinds = incident.kinds
        description = incident.description
        evidence = incident.evidence
        channel = incident.channel
        filedAt = incident.filedAt
        verification = incident.verification
        publication = incident.publication
        publishedFrom = incident.publishedFrom?.description
        response = incident.response
        respondedAt = incident.respondedAt
    }
}

/// A published report as the public reads it: its place coarsened, its month, never the reporter.
struct IncidentSummaryJSON: Codable, Sendable {
    let reference: String
    let participant: String
    let zone: String?
    let longitude: Double?
    let latitude: Double?
    let month: String
    let kinds: [IncidentKind]
    let verification: VerificationState
    let description: String?
    let response: String?
    let respondedAt: String?

    init(_ summary: IncidentSummary) {
        reference = summary.reference
        participant = summary.participant
        zone = summary.zone
        longitude = summary.coarsePosition?.longitude
        latitude = summary.coarsePosition?.latitude
        month = summary.month
        kinds = summary.kinds
        verification = summary.verification
        description = summary.description
        response = summary.response
        respondedAt = summary.respondedAt
    }
}

/// The concerned participant's response.
struct IncidentResponseDraft: Codable, Sendable {
    let text: String?
}
