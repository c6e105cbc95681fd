import Foundation
import KPCSCore
import SQLKit

/// Reading peer reviews and their recommendations: public records, whose status, progress and overdue flag are
/// computed from the timeline when read.
extension MonitoringStore {
    /// A page of reviews, newest first, of one participant or all.
    public func peerReviews(participant: String?, page: PageRequest) async throws -> PageResult<PeerReview> {
        try await database.read { db in
            let filter: SQLQueryString = participant.map { "WHERE participant_code = \(bind: $0)" } ?? ""
            let total = try await db.raw("SELECT COUNT(*) AS n FROM peer_reviews \(filter)").first()?.int("n") ?? 0
            let rows = try await db.raw(
                """
                SELECT * FROM peer_reviews \(filter) ORDER BY starts_on DESC, id DESC
                LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)
                """
            ).all()
            var reviews: [PeerReview] = []
            for row in rows { reviews.append(try await Self.peerReview(from: row, in: db)) }
            return PageResult(items: reviews, page: page, total: total)
        }
    }

    /// One review with its recommendations in number order; an unknown id is a 404.
    public func peerReview(_ id: Int64) async throws -> (review: PeerReview, recommendations: [ReviewRecommendation]) {
        try await database.read { db in
            let review = try await Self.peerReview(id, in: db)
            return (review, try await Self.recommendations(review: id, in: db))
        }
    }

    /// One recommendation with its review; an unknown id is a 404.
    public func recommendation(_ id: Int64) async throws -> (recommendation: ReviewRecommendation, review: PeerReview) {
        try await database.read { db in
            let recommendation = try await Self.recommendation(id, in: db)
            return (recommendation, try await Self.peerReview(recommendation.reviewId, in: db))
        }
    }

    static func peerReview(_ id: Int64, in db: any SQLDatabase) async throws -> PeerReview {
        guard let row = try await db.raw("SELECT * FROM peer_reviews WHERE id = \(bind: id)").first() else {
            throw KPCSError.notFound(PeerReviewMessage.reviewUnknown(id: String(id)))
        }
        return try await peerReview(from: row, in: db)
    }

    private static func peerReview(from row: any SQLRow, in db: any SQLDatabase) async throws -> PeerReview {
        let id = try row.int("id")
        let kindText = try row.string("kind")
        guard let kind = PeerReviewKind(rawValue: kindText) else { throw StoreCorruption.badValue("kind", kindText) }
        let team = try await db.raw(
            "SELECT * FROM review_team_members WHERE review_id = \(bind: id) ORDER BY position"
        ).all().map { member in
            let holder = try member.string("holder_kind")
            let role = try member.string("role")
            guard let holderKind = SeatHolderKind(rawValue: holder), let teamRole = TeamRole(rawValue: role) else {
                throw StoreCorruption.badValue("review_team_members", "\(holder) \(role)")
            }
            return TeamMember(holderKind: holderKind, code: try member.string("code"), role: teamRole)
        }
        let decisionId = try row.optionalInt("decision_id")
        let number = try await decisionId.asyncMap { decision in
            try await GovernanceStore.decision(decision, in: db)?.closing?.number
        }
        return PeerReview(
            id: id, participant: try row.string("participant_code"), kind: kind,
            startsOn: try GovernanceStore.day(row, "starts_on"), endsOn: try GovernanceStore.day(row, "ends_on"),
            team: team, decisionId: decisionId, decisionNumber: number ?? nil, recordedAt: try row.string("recorded_at")
        )
    }

    static func recommendations(review: Int64, in db: any SQLDatabase) async throws -> [ReviewRecommendation] {
        let rows = try await db.raw("SELECT * FROM recommendations WHERE review_id = \(bind: review) ORDER BY number")
            .all()
        let events = try await Self.events(
            """
            SELECT e.*, a.username FROM recommendation_events e JOIN recommendations r ON r.id = e.recommendation_id\
             JOIN accounts a ON a.id = e.recorded_by WHERE r.review_id = \(bind: review) ORDER BY e.id
            """, in: db)
        return try rows.map { try recommendation(from: $0, events: events[try $0.int("id")] ?? []) }
    }

    static func recommendation(_ id: Int64, in db: any SQLDatabase) async throws -> ReviewRecommendation {
        guard let row = try await db.raw("SELECT * FROM recommendations WHERE id = \(bind: id)").first() else {
            throw KPCSError.notFound(PeerReviewMessage.recommendationUnknown(id: String(id)))
        }
        let events = try await Self.events(
            """
            SELECT e.*, a.username FROM recommendation_events e JOIN accounts a ON a.id = e.recorded_by\
             WHERE e.recommendation_id = \(bind: id) ORDER BY e.id
            """, in: db)
        return try recommendation(from: row, events: events[id] ?? [])
    }

    private static func recommendation(
        from row: any SQLRow, events: [RecommendationEvent]
    ) throws -> ReviewRecommendation {
        ReviewRecommendation(
            id: try row.int("id"), reviewId: try row.int("review_id"), number: Int(try row.int("number")),
            textEn: try row.string("text_en"), textFr: try row.string("text_fr"), owner: try row.string("owner"),
            deadline: try GovernanceStore.day(row, "deadline"), events: events)
    }

    private static func events(
        _ query: SQLQueryString, in db: any SQLDatabase
    ) async throws
        -> [Int64: [RecommendationEvent]]
    {
        var events: [Int64: [RecommendationEvent]] = [:]
        for row in try await db.raw(query).all() {
            let kindText = try row.string("kind")
            guard let kind = RecommendationEventKind(rawValue: kindText) else {
                throw StoreCorruption.badValue("recommendation_events.kind", kindText)
            }
            let outcome = try row.optionalString("outcome").map { text in
                guard let status = RecommendationStatus(rawValue: text) else {
                    throw StoreCorruption.badValue("recommendation_events.outcome", text)
                }
                return status
            }
            events[try row.int("recommendation_id"), default: []].append(
                RecommendationEvent(
                    kind: kind, note: try row.optionalString("note"),
                    progress: try row.optionalInt("progress").map(Int.init),
                    on: try GovernanceStore.optionalDay(row, "on_day"), outcome: outcome,
                    recordedAt: try row.string("recorded_at"), recordedBy: try row.string("username")))
        }
        return events
    }
}

extension MonitoringStore {
    /// The Working Group on Monitoring as it stands, with its seats (what the pages ask before they show a form;
    /// the operations check again in their transaction).
    public func monitoringBody() async throws -> WorkingBody? {
        try await database.read { db in try await Self.monitoringBody(in: db) }
    }
}
