import Hummingbird
import KPCSCore
import KPCSStore

/// Incident reports: filed by observer organisations' accounts or through the public form, read whole by their
/// reviewers and the concerned participant's delegates, reviewed by the WGM, answered by the concerned participant,
/// and public as summaries once published.
enum IncidentAPI {
    static func reference(_ context: KPCSRequestContext) -> String {
        String(context.pathParameter("reference").prefix(20)).uppercased()
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.post, MonitoringURL.apiIncidents, .anyone) { request, context in
                // First, so that not even a refused report's access line names who sent it.
                context.trace.withhold()
                let draft = try await JSONBody.decode(IncidentDraft.self, from: request)
                let incident = try await store.monitoring.fileIncident(draft, by: try context.optionalPrincipal())
                return JSONBody.response(IncidentJSON(incident), status: .created)
            },
            Operation(.get, MonitoringURL.apiIncidents, .signedIn) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.monitoring.incidents(page: page, for: try context.principal())
                return JSONBody.response(PageJSON(result.map(IncidentJSON.init)))
            },
            Operation(.get, MonitoringURL.apiIncident(.key), .signedIn) { _, context in
                let incident = try await store.monitoring.incident(reference(context), for: try context.principal())
                return JSONBody.response(IncidentJSON(incident))
            },
            Operation(.post, MonitoringURL.apiIncidentReviews(.key), .signedIn) { request, context in
                let draft = try await JSONBody.decode(IncidentReviewDraft.self, from: request)
                let incident = try await store.monitoring.reviewIncident(
                    reference(context), draft, by: try context.principal())
                return JSONBody.response(IncidentJSON(incident))
            },
            Operation(.post, MonitoringURL.apiIncidentResponse(.key), .roles([.delegate])) { request, context in
                let draft = try await JSONBody.decode(IncidentResponseDraft.self, from: request)
                let incident = try await store.monitoring.respondToIncident(
                    reference(context), text: draft.text, by: try context.principal())
                return JSONBody.response(IncidentJSON(incident))
            },
            Operation(.get, MonitoringURL.apiIncidentSummaries, .anyone) { request, _ in
                let summaries = try await store.monitoring.incidentSummaries(
                    participant: request.query("participant").map { String($0.prefix(8)).uppercased() })
                return JSONBody.response(summaries.map(IncidentSummaryJSON.init))
            },
        ]
    }
}
