import Foundation
import KPCSCore
import SQLKit

/// Reading incident reports: whole for their reviewers and the concerned participant's delegates, as public
/// summaries for everyone once published (computed on the day read, so a delayed publication shows on its day). No
/// query here reads the sealed reporter.
extension MonitoringStore {
    static let incidentColumns: SQLQueryString = """
        reference, participant_code, zone_code, longitude_e6, latitude_e6, precision_km, occurred_on, kinds,\
         description, evidence, channel, filed_at, verification, publication, published_from, response, responded_at
        """

    /// A page of the reports the principal may read whole, newest first: all of them for a reviewer, its own
    /// participant's for a delegate; anyone else is refused.
    public func incidents(page: PageRequest, for principal: Principal) async throws -> PageResult<Incident> {
        let today = self.today
        return try await database.read { db in
            let monitoring = try await Self.monitoringBody(in: db)
            let filter: SQLQueryString
            if principal.role == .administrator
                || IncidentRules.mayReview(principal, participant: "", monitoring: monitoring, today: today)
            {
                filter = ""
            } else if principal.role == .delegate, let delegation = principal.delegation {
                filter = "WHERE participant_code = \(bind: delegation)"
            } else {
                throw KPCSError.forbidden(IncidentMessage.readForbidden)
            }
            let total = try await db.raw("SELECT COUNT(*) AS n FROM incidents \(filter)").first()?.int("n") ?? 0
            let rows = try await db.raw(
                """
                SELECT \(Self.incidentColumns) FROM incidents \(filter) ORDER BY id DESC\
                 LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            let items = try rows.map(Self.incident(from:)).filter {
                IncidentRules.mayRead(principal, participant: $0.participant, monitoring: monitoring, today: today)
            }
            return PageResult(items: items, page: page, total: total)
        }
    }

    /// One report whole, for those who may read it; to anyone else a report is unknown (a 404), so that its
    /// existence is not told.
    public func incident(_ reference: String, for principal: Principal?) async throws -> Incident {
        let today = self.today
        return try await database.read { db in
            let incident = try await Self.incident(reference, in: db)
            guard
                IncidentRules.mayRead(
                    principal, participant: incident.participant, monitoring: try await Self.monitoringBody(in: db),
                    today: today)
            else { throw KPCSError.notFound(IncidentMessage.incidentUnknown(reference: reference)) }
            return incident
        }
    }

    /// The public summaries of a participant's reports (or all), newest publication first.
    public func incidentSummaries(participant: String?) async throws -> [IncidentSummary] {
        let today = self.today
        return try await database.read { db in
            let filter: SQLQueryString = participant.map { "AND participant_code = \(bind: $0)" } ?? ""
            return try await db.raw(
                """
                SELECT \(Self.incidentColumns) FROM incidents WHERE publication <> 'private'\
                 AND published_from <= \(bind: today.description) \(filter) ORDER BY published_from DESC, id DESC\
                 LIMIT 500
                """
            ).all().map(Self.incident(from:)).compactMap { $0.publicSummary(on: today) }
        }
    }

    static func incident(_ reference: String, in db: any SQLDatabase) async throws -> Incident {
        guard reference.count <= 16,
            let row = try await db.raw(
                "SELECT \(Self.incidentColumns) FROM incidents WHERE reference = \(bind: reference.uppercased())"
            ).first()
        else { throw KPCSError.notFound(IncidentMessage.incidentUnknown(reference: String(reference.prefix(40)))) }
        return try incident(from: row)
    }

    static func incident(from row: any SQLRow) throws -> Incident {
        func value<T: RawRepresentable>(_ column: String, _: T.Type) throws -> T where T.RawValue == String {
            let text = try row.string(column)
            guard let parsed = T(rawValue: text) else { throw StoreCorruption.badValue(column, text) }
            return parsed
        }
        let kinds = try row.string("kinds").split(separator: ",").map { text in
            guard let kind = IncidentKind(rawValue: String(text)) else {
                throw StoreCorruption.badValue("kinds", String(text))
            }
            return kind
        }
        let evidenceText = try row.string("evidence")
        guard let evidence = try? JSONDecoder().decode([String].self, from: Data(evidenceText.utf8)) else {
            throw StoreCorruption.badValue("evidence", String(evidenceText.prefix(80)))
        }
        var position: GeoPosition?
        if let longitude = try row.optionalInt("longitude_e6"), let latitude = try row.optionalInt("latitude_e6") {
            position = GeoPosition(longitudeE6: longitude, latitudeE6: latitude)
        }
        return Incident(
            reference: try row.string("reference"), participant: try row.string("participant_code"),
            zone: try row.optionalString("zone_code"), position: position,
            precisionKm: try row.optionalInt("precision_km").map(Int.init),
            occurredOn: try GovernanceStore.day(row, "occurred_on"), kinds: kinds,
            description: try row.string("description"), evidence: evidence,
            channel: try value("channel", IncidentChannel.self), filedAt: try row.string("filed_at"),
            verification: try value("verification", VerificationState.self),
            publication: try value("publication", PublicationState.self),
            publishedFrom: try GovernanceStore.optionalDay(row, "published_from"),
            response: try row.optionalString("response"), respondedAt: try row.optionalString("responded_at"))
    }
}
