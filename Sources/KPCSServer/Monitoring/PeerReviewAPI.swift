import Hummingbird
import KPCSCore
import KPCSStore

/// Peer reviews and their recommendations: public to read (JSON, and the recommendations as CSV); recorded by the
/// WGM's chair or an administrator (a visit also by the inviting participant), recommendations made by the review's
/// team, their timeline written by their owner and closed by a reviewer's sign-off.
enum PeerReviewAPI {
    static func reviewId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { PeerReviewMessage.reviewUnknown(id: $0) }
    }

    static func recommendationId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { PeerReviewMessage.recommendationUnknown(id: $0) }
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, MonitoringURL.apiPeerReviews, .anyone) { request, _ in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.monitoring.peerReviews(
                    participant: request.query("participant").map { String($0.prefix(8)).uppercased() }, page: page)
                return JSONBody.response(PageJSON(result.map(PeerReviewJSON.init)))
            },
            Operation(.post, MonitoringURL.apiPeerReviews, .roles([.administrator, .delegate])) { request, context in
                let draft = try await JSONBody.decode(PeerReviewDraft.self, from: request)
                let review = try await store.monitoring.recordPeerReview(draft, by: try context.principal())
                var response = JSONBody.response(PeerReviewJSON(review), status: .created)
                response.headers[.location] = MonitoringURL.apiPeerReview(.value(String(review.id))).path
                return response
            },
            Operation(.get, MonitoringURL.apiPeerReview(.key), .anyone) { _, context in
                let (review, recommendations) = try await store.monitoring.peerReview(try reviewId(context))
                let today = ZoneAPI.today(store)
                return JSONBody.response(
                    PeerReviewDetailJSON(
                        review: PeerReviewJSON(review),
                        recommendations: recommendations.map { RecommendationJSON($0, today: today) }))
            },
            Operation(.get, MonitoringURL.apiReviewRecommendations(.key), .anyone) { request, context in
                let id = try reviewId(context)
                let recommendations = try await store.monitoring.peerReview(id).recommendations
                let today = ZoneAPI.today(store)
                if try StatisticsAPI.csvRequested(request) {
                    return StatisticsAPI.csv(
                        RecommendationCSV.export(recommendations, today: today),
                        filename: "kpcs-review-\(id)-recommendations.csv")
                }
                return JSONBody.response(recommendations.map { RecommendationJSON($0, today: today) })
            },
            Operation(.post, MonitoringURL.apiReviewRecommendations(.key), .signedIn) { request, context in
                let id = try reviewId(context)
                let today = ZoneAPI.today(store)
                if let header = request.headers[.contentType], MediaType(header)?.essence == MediaType.csv {
                    try JSONBody.requireMediaType(request, MediaType.csv)
                    let buffer = try await JSONBody.collect(request, upTo: JSONBody.maximumSize)
                    let (made, unchanged) = try await store.monitoring.importRecommendations(
                        review: id, csv: String(decoding: buffer.readableBytesView, as: UTF8.self),
                        by: try context.principal())
                    return JSONBody.response(
                        RecommendationImportJSON(
                            made: made.map { RecommendationJSON($0, today: today) }, unchanged: unchanged),
                        status: .created)
                }
                let draft = try await JSONBody.decode(RecommendationDraft.self, from: request)
                let made = try await store.monitoring.makeRecommendation(
                    review: id, draft, by: try context.principal())
                return JSONBody.response(RecommendationJSON(made, today: today), status: .created)
            },
            Operation(.get, MonitoringURL.apiRecommendation(.key), .anyone) { _, context in
                let item = try await store.monitoring.recommendation(try recommendationId(context)).recommendation
                return JSONBody.response(RecommendationJSON(item, today: ZoneAPI.today(store)))
            },
            Operation(.post, MonitoringURL.apiRecommendationEntries(.key), .signedIn) { request, context in
                let draft = try await JSONBody.decode(RecommendationEventDraft.self, from: request)
                let item = try await store.monitoring.addRecommendationEntry(
                    try recommendationId(context), draft, by: try context.principal())
                return JSONBody.response(RecommendationJSON(item, today: ZoneAPI.today(store)), status: .created)
            },
        ]
    }
}
