import Foundation

/// An incident report as it is filed: every field optional, so that the rules see the whole request.
public struct IncidentDraft: Codable, Sendable, Equatable {
    public var participant: String?
    public var zone: String?
    public var longitude: Double?
    public var latitude: Double?
    public var precisionKm: Int?
    public var occurredOn: String?
    public var kinds: [String]?
    public var description: String?
    public var evidence: [String]?
    /// Who reports, as the reporter wishes to be known to no one but the sealed record: a name, a way to reach them.
    public var reporterName: String?
    public var reporterContact: String?

    public init(
        participant: String?, zone: String? = nil, longitude: Double? = nil, latitude: Double? = nil,
        precisionKm: Int? = nil, occurredOn: String?, kinds: [String]?, description: String?,
        evidence: [String]? = nil, reporterName: String? = nil, reporterContact: String? = nil
    ) {
        self.participant = participant
        self.zone = zone
        self.longitude = longitude
        self.latitude = latitude
        self.precisionKm = precisionKm
        self.occurredOn = occurredOn
        self.kinds = kinds
        self.description = description
        self.evidence = evidence
        self.reporterName = reporterName
        self.reporterContact = reporterContact
    }
}

/// A reviewer's change of a report's verification or publication, with the first day a publication shows.
public struct IncidentReviewDraft: Codable, Sendable, Equatable {
    public var verification: String?
    public var publication: String?
    public var publishedFrom: String?

    public init(verification: String? = nil, publication: String? = nil, publishedFrom: String? = nil) {
        self.verification = verification
        self.publication = publication
        self.publishedFrom = publishedFrom
    }
}

/// A report that passed the rules, ready to store; its reporter is not here, but sealed apart.
public struct ValidIncident: Sendable, Equatable {
    public let participant: String
    public let zone: String?
    public let position: GeoPosition?
    public let precisionKm: Int?
    public let occurredOn: CalendarDate
    public let kinds: [IncidentKind]
    public let description: String
    public let evidence: [String]
}

/// Who files, reviews, reads and answers incident reports, and what a report must hold.
public enum IncidentRules {
    public static let maximumDescription = 10_000
    public static let maximumEvidence = 10
    public static let maximumEvidenceLength = 500
    public static let maximumPrecisionKm = 500
    public static let maximumResponse = 5_000

    /// Observer organisations' accounts file reports; anyone signed out files through the public form, held for
    /// review. A participant's, an administrator's or a scheme-wide reader's account does not.
    public static func channel(for principal: Principal?) throws -> IncidentChannel {
        guard let principal else { return .publicForm }
        guard principal.isObserverOrganisation else { throw KPCSError.forbidden(IncidentMessage.onlyObserversFile) }
        return .organisation
    }

    /// Administrators, and delegates of participants on the WGM today, review a report; never one of the concerned
    /// participant.
    public static func mayReview(
        _ principal: Principal?, participant: String, monitoring: WorkingBody?, today: CalendarDate
    ) -> Bool {
        guard let principal else { return false }
        if principal.role == .administrator { return true }
        guard principal.role == .delegate, let delegation = principal.delegation, delegation != participant else {
            return false
        }
        return monitoring?.seats(on: today).contains { $0.holder == .participant(delegation) } ?? false
    }

    /// Those who review a report read it whole (never its reporter), and so do the concerned participant's
    /// delegates, to answer it.
    public static func mayRead(
        _ principal: Principal?, participant: String, monitoring: WorkingBody?, today: CalendarDate
    ) -> Bool {
        if mayReview(principal, participant: participant, monitoring: monitoring, today: today) { return true }
        return principal?.role == .delegate && principal?.delegation == participant
    }

    /// Checks a report: a known participant; a place, its registered zone or a point with its precision; the day
    /// it happened (no later than today); its kinds; a description; at most ten pieces of evidence. Every fault is
    /// named at once.
    public static func validate(
        _ draft: IncidentDraft, participants: Set<String>, zones: [String: String], today: CalendarDate
    ) throws -> ValidIncident {
        var violations: [Violation] = []
        let participant = draft.participant?.uppercased()
        if participant == nil {
            violations.append(Violation("/participant", RequestMessage.fieldRequired(field: "participant")))
        } else if let participant, !participants.contains(participant) {
            violations.append(
                Violation("/participant", RegistryMessage.participantUnknown(code: String(participant.prefix(40)))))
        }
        let zone = draft.zone?.uppercased()
        if let zone, zones[zone] == nil || zones[zone] != participant {
            violations.append(Violation("/zone", ZoneMessage.zoneUnknown(code: String(zone.prefix(40)))))
        }
        var position: GeoPosition?
        if draft.longitude != nil || draft.latitude != nil {
            position = ZoneGeometryRules.position(
                .list([.number(draft.longitude ?? .nan), .number(draft.latitude ?? .nan)]), pointer: "/longitude",
                into: &violations)
            if !(0...maximumPrecisionKm).contains(draft.precisionKm ?? -1) {
                violations.append(
                    Violation("/precisionKm", IncidentMessage.precisionOutOfRange(maximum: String(maximumPrecisionKm))))
            }
        }
        if zone == nil, draft.longitude == nil, draft.latitude == nil {
            violations.append(Violation("/zone", IncidentMessage.placeRequired))
        }
        let occurredOn = MeetingRules.day(draft.occurredOn, field: "occurredOn", into: &violations)
        if let occurredOn, occurredOn > today || occurredOn.year < AnnualReportRules.firstYear {
            violations.append(Violation("/occurredOn", IncidentMessage.dayOutOfRange))
        }
        var kinds: [IncidentKind] = []
        for (index, text) in (draft.kinds ?? []).prefix(IncidentKind.allCases.count + 1).enumerated() {
            if let kind = IncidentKind(rawValue: text), !kinds.contains(kind) {
                kinds.append(kind)
            } else {
                violations.append(
                    Violation(
                        "/kinds/\(index)",
                        RequestMessage.fieldValueInvalid(
                            field: "kinds", value: String(text.prefix(40)),
                            allowed: IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))))
            }
        }
        if kinds.isEmpty { violations.append(Violation("/kinds", IncidentMessage.kindRequired)) }
        let description = RegistryRules.checkName(
            draft.description, pointer: "/description", maximum: maximumDescription, into: &violations)
        let evidence = (draft.evidence ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty
        }
        if evidence.count > maximumEvidence || evidence.contains(where: { $0.count > maximumEvidenceLength }) {
            violations.append(
                Violation(
                    "/evidence",
                    IncidentMessage.evidenceTooMuch(
                        maximum: String(maximumEvidence), length: String(maximumEvidenceLength))))
        }
        for (field, text) in [("reporterName", draft.reporterName), ("reporterContact", draft.reporterContact)] {
            if let text, text.count > 200 {
                violations.append(Violation("/\(field)", RequestMessage.textTooLong(field: field, maximum: "200")))
            }
        }
        guard violations.isEmpty, let participant, let occurredOn, let description else {
            throw KPCSError.validation(violations)
        }
        return ValidIncident(
            participant: participant, zone: zone, position: position,
            precisionKm: position == nil ? nil : draft.precisionKm,
            occurredOn: occurredOn, kinds: kinds, description: description, evidence: evidence)
    }

    /// The concerned participant's response: a text of at most ``maximumResponse`` characters.
    public static func checkResponse(_ text: String?) throws -> String {
        var violations: [Violation] = []
        guard
            let response = RegistryRules.checkName(text, pointer: "/text", maximum: maximumResponse, into: &violations)
        else { throw KPCSError.validation(violations) }
        return response
    }

    /// Checks a review against the report: known states, and a first day of publication no earlier than today
    /// (today when a publication is set without one). Returns the states and day after the review.
    public static func review(
        _ draft: IncidentReviewDraft, of incident: Incident, today: CalendarDate
    ) throws -> (verification: VerificationState, publication: PublicationState, publishedFrom: CalendarDate?) {
        var violations: [Violation] = []
        var verification = incident.verification
        var publication = incident.publication
        if draft.verification != nil {
            verification =
                MeetingRules.choice(
                    draft.verification, VerificationState.self, field: "verification", into: &violations)
                ?? verification
        }
        if draft.publication != nil {
            publication =
                MeetingRules.choice(draft.publication, PublicationState.self, field: "publication", into: &violations)
                ?? publication
        }
        var publishedFrom = incident.publishedFrom
        if draft.publishedFrom != nil {
            publishedFrom = MeetingRules.day(draft.publishedFrom, field: "publishedFrom", into: &violations)
            if let day = publishedFrom, day < today {
                violations.append(Violation("/publishedFrom", IncidentMessage.publicationInPast))
            }
        }
        if draft.verification == nil, draft.publication == nil, draft.publishedFrom == nil {
            violations.append(Violation("/verification", IncidentMessage.reviewChangesNothing))
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        if publication == .private {
            publishedFrom = nil
        } else if publishedFrom == nil {
            publishedFrom = today
        }
        return (verification, publication, publishedFrom)
    }
}
