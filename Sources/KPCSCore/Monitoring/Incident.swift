/// What an incident report says happened. The KP's definition of conflict diamonds covers the first only; the others
/// are what civil society documents and the scheme could not record.
public enum IncidentKind: String, Codable, Sendable, CaseIterable {
    case rebelFinancing = "rebel-financing"
    case securityForceAbuse = "security-force-abuse"
    case forcedOrChildLabour = "forced-or-child-labour"
    case sexualViolence = "sexual-violence"
    case killings
    case environmentalCrime = "environmental-crime"
    case smuggling
    case other
}

/// Whether the report has been checked: kept apart from whether it is published.
public enum VerificationState: String, Codable, Sendable, CaseIterable {
    case received
    case underReview = "under-review"
    case corroborated
    case notCorroborated = "not-corroborated"
}

/// What the public sees of a report.
public enum PublicationState: String, Codable, Sendable, CaseIterable {
    case `private`
    /// Its kinds, its participant, its zone or a place rounded to the whole degree, and the month.
    case publicSummary = "public-summary"
    /// The summary and the description (never the reporter).
    case `public`
}

/// How a report came in: from an observer organisation's account, or through the public form (held for review).
public enum IncidentChannel: String, Codable, Sendable, CaseIterable {
    case organisation
    case publicForm = "public-form"
}

/// An incident report. Its reporter is not here: it is sealed under the master key when filed and shown to no one.
public struct Incident: Sendable, Equatable {
    /// A reference that names it without a sequence to guess: `INC-` and 10 characters.
    public var reference: String
    public var participant: String
    public var zone: String?
    /// A point in millionths of a degree, with the precision the reporter states, in kilometres.
    public var position: GeoPosition?
    public var precisionKm: Int?
    public var occurredOn: CalendarDate
    public var kinds: [IncidentKind]
    public var description: String
    /// References to the evidence: documents, photographs, testimonies, by a description each.
    public var evidence: [String]
    public var channel: IncidentChannel
    public var filedAt: String
    public var verification: VerificationState
    public var publication: PublicationState
    /// The first day the publication is shown to the public (a publication may be delayed).
    public var publishedFrom: CalendarDate?
    /// The concerned participant's response, with its day, once given.
    public var response: String?
    public var respondedAt: String?

    public init(
        reference: String, participant: String, zone: String?, position: GeoPosition?, precisionKm: Int?,
        occurredOn: CalendarDate, kinds: [IncidentKind], description: String, evidence: [String],
        channel: IncidentChannel, filedAt: String, verification: VerificationState = .received,
        publication: PublicationState = .private, publishedFrom: CalendarDate? = nil, response: String? = nil,
        respondedAt: String? = nil
    ) {
        self.reference = reference
        self.participant = participant
        self.zone = zone
        self.position = position
        self.precisionKm = precisionKm
        self.occurredOn = occurredOn
        self.kinds = kinds
        self.description = description
        self.evidence = evidence
        self.channel = channel
        self.filedAt = filedAt
        self.verification = verification
        self.publication = publication
        self.publishedFrom = publishedFrom
        self.response = response
        self.respondedAt = respondedAt
    }

    /// What the public sees on that day, or nil while the report is private or its publication delayed.
    public func publicSummary(on day: CalendarDate) -> IncidentSummary? {
        guard publication != .private, let from = publishedFrom, from <= day else { return nil }
        return IncidentSummary(
            reference: reference, participant: participant, zone: zone,
            coarsePosition: position.map(IncidentSummary.coarsen), month: String(occurredOn.description.prefix(7)),
            kinds: kinds, verification: verification, description: publication == .public ? description : nil,
            response: response, respondedAt: respondedAt)
    }
}

/// An incident as the public reads it: never the reporter, never the exact place or day.
public struct IncidentSummary: Sendable, Equatable {
    public var reference: String
    public var participant: String
    public var zone: String?
    /// The point rounded to the whole degree (about 100 km).
    public var coarsePosition: GeoPosition?
    /// `YYYY-MM`.
    public var month: String
    public var kinds: [IncidentKind]
    public var verification: VerificationState
    /// The description, when the report is public rather than a summary.
    public var description: String?
    public var response: String?
    public var respondedAt: String?

    /// A position rounded to the nearest whole degree.
    public static func coarsen(_ position: GeoPosition) -> GeoPosition {
        func round(_ micro: Int64) -> Int64 {
            let degree: Int64 = 1_000_000
            let half = micro >= 0 ? degree / 2 : -degree / 2
            return (micro + half) / degree * degree
        }
        return GeoPosition(longitudeE6: round(position.longitudeE6), latitudeE6: round(position.latitudeE6))
    }
}
