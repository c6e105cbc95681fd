import Hummingbird
import KPCSCore
import KPCSStore

/// Candidates' applications: public reads (the letter and contacts for delegates, observers and administrators);
/// an administrator or the candidate's delegate records one; an administrator or a delegate of the CPC's chair
/// records the CPC's review.
enum ApplicationAPI {
    static func applicationId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { ParticipationMessage.applicationUnknown(id: $0) }
    }

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation(.get, GovernanceURL.apiApplications, .anyone) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.governance.applications(page: page, for: try context.optionalPrincipal())
                return JSONBody.response(PageJSON(result.map(ApplicationJSON.init)))
            },
            Operation(.post, GovernanceURL.apiApplications, recorders) { request, context in
                let draft = try await JSONBody.decode(ApplicationDraft.self, from: request)
                let summary = try await store.governance.submitApplication(draft, by: try context.principal())
                var response = JSONBody.response(ApplicationJSON(summary), status: .created)
                response.headers[.location] =
                    GovernanceURL.apiApplication(.value(String(summary.application.id))).path
                return response
            },
            Operation(.get, GovernanceURL.apiApplication(.key), .anyone) { _, context in
                let summary = try await store.governance.application(
                    try applicationId(context), for: try context.optionalPrincipal())
                return JSONBody.response(ApplicationJSON(summary))
            },
            Operation(.put, GovernanceURL.apiApplicationReview(.key), recorders) { request, context in
                let draft = try await JSONBody.decode(ReviewDraft.self, from: request)
                let summary = try await store.governance.reviewApplication(
                    try applicationId(context), draft, by: try context.principal())
                return JSONBody.response(ApplicationJSON(summary))
            },
        ]
    }
}

/// An application as the API gives it. `letterEn`, `letterFr` and `contacts` are absent for the public.
struct ApplicationJSON: Codable, Sendable {
    struct Review: Codable, Sendable {
        let recommendation: String
        let textEn: String
        let textFr: String
        let recordedAt: String
    }

    let id: Int64
    let candidate: String
    /// Computed when read: `submitted`, `reviewed`, `before-decision`, `admitted` or `not-admitted`.
    let state: String
    let letterEn: String?
    let letterFr: String?
    let contacts: [ApplicationContact]?
    let submittedAt: String
    let review: Review?
    /// The decisions to admit the candidate proposed since the application.
    let decisions: [Int64]

    init(_ summary: ApplicationSummary) {
        let application = summary.application
        id = application.id
        candidate = application.candidate
        state = summary.state.rawValue
        letterEn = application.letterEn
        letterFr = application.letterFr
        contacts = application.contacts.isEmpty ? nil : application.contacts
        submittedAt = application.submittedAt
        review = application.review.map {
            Review(
                recommendation: $0.recommendation.rawValue, textEn: $0.textEn, textFr: $0.textFr,
                recordedAt: $0.recordedAt)
        }
        decisions = summary.decisions
    }
}
