import KPCSCore

/// A peer review as the API gives it.
struct PeerReviewJSON: Codable, Sendable {
    let id: Int64
    let participant: String
    let kind: PeerReviewKind
    let startsOn: String
    let endsOn: String
    let team: [TeamMember]
    let decision: Int64?
    let decisionNumber: String?
    let recordedAt: String

    init(_ review: PeerReview) {
        id = review.id
        participant = review.participant
        kind = review.kind
        startsOn = review.startsOn.description
        endsOn = review.endsOn.description
        team = review.team
        decision = review.decisionId
        decisionNumber = review.decisionNumber
        recordedAt = review.recordedAt
    }
}

/// A review with its recommendations.
struct PeerReviewDetailJSON: Codable, Sendable {
    let review: PeerReviewJSON
    let recommendations: [RecommendationJSON]
}

/// A recommendation with its computed status, progress and overdue flag, and its timeline.
struct RecommendationJSON: Codable, Sendable {
    struct Entry: Codable, Sendable {
        let kind: RecommendationEventKind
        let note: String?
        let progress: Int?
        let on: String?
        let outcome: RecommendationStatus?
        let recordedAt: String
        let recordedBy: String
    }

    let id: Int64
    let review: Int64
    let number: Int
    let textEn: String
    let textFr: String
    let owner: String
    let deadline: String
    let status: RecommendationStatus
    let progress: Int?
    let overdue: Bool
    let timeline: [Entry]

    init(_ item: ReviewRecommendation, today: CalendarDate) {
        id = item.id
        review = item.reviewId
        number = item.number
        textEn = item.textEn
        textFr = item.textFr
        owner = item.owner
        deadline = item.deadline.description
        status = item.status
        progress = item.progress
        overdue = item.isOverdue(today: today)
        timeline = item.events.map {
            Entry(
                kind: $0.kind, note: $0.note, progress: $0.progress, on: $0.on?.description, outcome: $0.outcome,
                recordedAt: $0.recordedAt, recordedBy: $0.recordedBy)
        }
    }
}

/// What a CSV import made.
struct RecommendationImportJSON: Codable, Sendable {
    let made: [RecommendationJSON]
    let unchanged: Int
}
