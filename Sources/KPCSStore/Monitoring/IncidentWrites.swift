import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Filing, reviewing and answering incident reports. The reporter (the filing account and organisation, or what the
/// public form gives) is sealed under the master key in the filing transaction, bound to the report's reference, and
/// never read back by kpcs: no response, page, log line or leaf carries it. A report is private when filed; its
/// `incident.published` leaf, written when a review publishes it, carries the reference, the participant, the first
/// day of publication and the SHA-256 of the summary, never the summary itself before that day.
extension MonitoringStore {
    public func fileIncident(_ draft: IncidentDraft, by principal: Principal?) async throws -> Incident {
        let channel = try IncidentRules.channel(for: principal)
        let today = self.today
        let at = Timestamp.string(now)
        let reference = Self.newReference()
        var reporter: [String: JSONValue] = [:]
        if let principal {
            reporter["account"] = .string(principal.username)
            if let organisation = principal.organisation { reporter["organisation"] = .string(organisation) }
        }
        if let name = draft.reporterName { reporter["name"] = .string(name) }
        if let contact = draft.reporterContact { reporter["contact"] = .string(contact) }
        let reporterText = String(decoding: CanonicalJSON.encode(.object(reporter)), as: UTF8.self)
        let sealed = try configuration.masterKey.sealText(reporterText, context: "incident-reporter:\(reference)")
        return try await transaction { db in
            let participants = Set(
                try await db.raw("SELECT code FROM participants").all().map { try $0.string("code") })
            var zones: [String: String] = [:]
            if let code = draft.zone?.uppercased(), code.count <= ZoneRules.maximumCodeLength {
                zones = try await Self.zoneRows(codes: [code], in: db).mapValues(\.participantCode)
            }
            let valid = try IncidentRules.validate(
                draft, participants: participants, zones: zones, today: today)
            let evidence = String(
                decoding: CanonicalJSON.encode(.array(valid.evidence.map(JSONValue.string))), as: UTF8.self)
            try await db.raw(
                """
                INSERT INTO incidents (reference, participant_code, zone_code, longitude_e6, latitude_e6, precision_km,\
                 occurred_on, kinds, description, evidence, channel, reporter_sealed, filed_at, verification,\
                 publication) VALUES (\(bind: reference), \(bind: valid.participant), \(bind: valid.zone),\
                 \(bind: valid.position?.longitudeE6), \(bind: valid.position?.latitudeE6), \(bind: valid.precisionKm),\
                 \(bind: valid.occurredOn.description), \(bind: valid.kinds.map(\.rawValue).joined(separator: ",")),\
                 \(bind: valid.description), \(bind: evidence), \(bind: channel.rawValue), \(bind: sealed),\
                 \(bind: at), 'received', 'private')
                """
            ).run()
            return Incident(
                reference: reference, participant: valid.participant, zone: valid.zone, position: valid.position,
                precisionKm: valid.precisionKm, occurredOn: valid.occurredOn, kinds: valid.kinds,
                description: valid.description, evidence: valid.evidence, channel: channel, filedAt: at)
        }
    }

    /// Changes a report's verification or publication; publishing writes its leaf.
    public func reviewIncident(
        _ reference: String, _ draft: IncidentReviewDraft, by principal: Principal
    ) async throws -> Incident {
        let today = self.today
        let at = Timestamp.string(now)
        return try await transaction { db in
            var incident = try await Self.incident(reference, in: db)
            guard
                IncidentRules.mayReview(
                    principal, participant: incident.participant, monitoring: try await Self.monitoringBody(in: db),
                    today: today)
            else { throw KPCSError.forbidden(IncidentMessage.onlyReviewersReview) }
            let (verification, publication, publishedFrom) = try IncidentRules.review(draft, of: incident, today: today)
            try await db.raw(
                """
                UPDATE incidents SET verification = \(bind: verification.rawValue),\
                 publication = \(bind: publication.rawValue), published_from = \(bind: publishedFrom?.description)\
                 WHERE reference = \(bind: reference)
                """
            ).run()
            incident.verification = verification
            incident.publication = publication
            incident.publishedFrom = publishedFrom
            if let publishedFrom, let summary = incident.publicSummary(on: publishedFrom) {
                _ = try await db.appendToLog(
                    .governance(
                        "incident.published", at: at,
                        details: [
                            "incident": .string(reference), "participant": .string(incident.participant),
                            "published_from": .string(publishedFrom.description),
                            "summary_sha256": .string(Self.summaryHash(summary)),
                        ]))
            }
            return incident
        }
    }

    /// The concerned participant's response, replacing any earlier one, with its time.
    public func respondToIncident(
        _ reference: String, text: String?, by principal: Principal
    ) async throws
        -> Incident
    {
        let at = Timestamp.string(now)
        return try await transaction { db in
            var incident = try await Self.incident(reference, in: db)
            guard principal.role == .delegate, principal.delegation == incident.participant else {
                throw KPCSError.forbidden(IncidentMessage.onlyConcernedResponds(participant: incident.participant))
            }
            let response = try IncidentRules.checkResponse(text)
            try await db.raw(
                """
                UPDATE incidents SET response = \(bind: response), responded_at = \(bind: at),\
                 responded_by = \(bind: principal.accountId) WHERE reference = \(bind: reference)
                """
            ).run()
            incident.response = response
            incident.respondedAt = at
            return incident
        }
    }

    /// `INC-` and ten characters of Crockford's base32 (50 random bits).
    static func newReference() -> String {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var generator = SystemRandomNumberGenerator()
        return "INC-" + String((0..<10).map { _ in alphabet[Int(generator.next() % 32)] })
    }

    static func summaryHash(_ summary: IncidentSummary) -> String {
        let text = [
            summary.reference, summary.participant, summary.zone ?? "",
            summary.coarsePosition.map { "\($0.longitudeE6),\($0.latitudeE6)" } ?? "", summary.month,
            summary.kinds.map(\.rawValue).joined(separator: ","), summary.description ?? "",
        ].joined(separator: "\n")
        return Hex.encode(Array(SHA256.hash(data: Data(text.utf8))))
    }
}
