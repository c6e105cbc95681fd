import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Recording peer reviews, making their recommendations (one by one or from a CSV) and writing each one's
/// timeline, every operation in one transaction with its public leaf: `review.recorded`, `recommendation.made`
/// (the texts by their SHA-256) and `recommendation.entry` (the kind, the progress, the outcome; the notes stay on
/// the record's page).
extension MonitoringStore {
    public func recordPeerReview(_ draft: PeerReviewDraft, by principal: Principal) async throws -> PeerReview {
        let today = self.today
        let at = Timestamp.string(now)
        return try await transaction { db in
            let monitoring = try await Self.monitoringBody(in: db)
            try PeerReviewRules.authorizeRecord(
                principal, kind: draft.kind.flatMap(PeerReviewKind.init(rawValue:)),
                participant: draft.participant?.uppercased(), monitoring: monitoring, today: today)
            let participants = Set(
                try await db.raw("SELECT code FROM participants").all().map { try $0.string("code") })
            let decision = try await draft.decision.asyncMap { try await GovernanceStore.decision($0, in: db) }
            let valid = try PeerReviewRules.validate(
                draft, participants: participants, organisations: try await GovernanceStore.organisationCodes(in: db),
                decision: decision ?? nil)
            guard
                let id = try await db.raw(
                    """
                    INSERT INTO peer_reviews (participant_code, kind, starts_on, ends_on, decision_id, recorded_at,\
                     recorded_by) VALUES (\(bind: valid.participant), \(bind: valid.kind.rawValue),\
                     \(bind: valid.startsOn.description), \(bind: valid.endsOn.description), \(bind: valid.decisionId),\
                     \(bind: at), \(bind: principal.accountId)) RETURNING id
                    """
                ).first()?.int("id")
            else { throw StoreCorruption.badValue("peer_reviews", "no id returned") }
            for (position, member) in valid.team.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO review_team_members (review_id, position, holder_kind, code, role) VALUES (\(bind: id),\
                     \(bind: position), \(bind: member.holderKind.rawValue), \(bind: member.code),\
                     \(bind: member.role.rawValue))
                    """
                ).run()
            }
            var details: [String: JSONValue] = [
                "review": .integer(id), "participant": .string(valid.participant), "kind": .string(valid.kind.rawValue),
                "starts_on": .string(valid.startsOn.description), "ends_on": .string(valid.endsOn.description),
            ]
            if let decision = valid.decisionId { details["decision"] = .integer(decision) }
            _ = try await db.appendToLog(.governance("review.recorded", at: at, details: details))
            return PeerReview(
                id: id, participant: valid.participant, kind: valid.kind, startsOn: valid.startsOn,
                endsOn: valid.endsOn, team: valid.team, decisionId: valid.decisionId,
                decisionNumber: decision??.closing?.number, recordedAt: at)
        }
    }

    /// Makes one recommendation of a review.
    public func makeRecommendation(
        review id: Int64, _ draft: RecommendationDraft, by principal: Principal
    ) async throws -> ReviewRecommendation {
        try await makeRecommendations(review: id, [(nil, draft)], by: principal)[0]
    }

    /// Makes the recommendations of a CSV upload, all or none; the rows that name an existing number are left as
    /// they are and counted.
    public func importRecommendations(
        review id: Int64, csv text: String, by principal: Principal
    ) async throws -> (made: [ReviewRecommendation], unchanged: Int) {
        let rows = try RecommendationCSV.parse(text)
        let made = try await makeRecommendations(review: id, rows.drafts.map { ($0.line, $0.draft) }, by: principal)
        return (made, rows.numbered.count)
    }

    private func makeRecommendations(
        review id: Int64, _ drafts: [(line: Int?, draft: RecommendationDraft)], by principal: Principal
    ) async throws -> [ReviewRecommendation] {
        let today = self.today
        let at = Timestamp.string(now)
        return try await transaction { db in
            let review = try await Self.peerReview(id, in: db)
            try RecommendationRules.authorizeMaking(
                principal, review: review, monitoring: try await Self.monitoringBody(in: db), today: today)
            let bodies = try await db.raw("SELECT code FROM working_bodies").all().map { try $0.string("code") }
            let owners = Set(bodies + [review.participant])
            var last =
                try await db.raw("SELECT MAX(number) AS n FROM recommendations WHERE review_id = \(bind: id)").first()?
                .optionalInt("n") ?? 0
            guard Int(last) + drafts.count <= RecommendationRules.maximumPerReview else {
                throw KPCSError.conflict(
                    PeerReviewMessage.tooManyRecommendations(maximum: String(RecommendationRules.maximumPerReview)))
            }
            var violations: [Violation] = []
            var valid: [(textEn: String, textFr: String, owner: String, deadline: CalendarDate)] = []
            for (line, draft) in drafts {
                do { valid.append(try RecommendationRules.validate(draft, owners: owners)) } catch let error
                    as KPCSError
                {
                    guard let line else { throw error }
                    violations += error.violations.map {
                        Violation(pointer: "/csv/\(line)\($0.pointer)", message: $0.message)
                    }
                }
            }
            guard violations.isEmpty else { throw KPCSError.validation(violations) }
            var made: [ReviewRecommendation] = []
            for item in valid {
                last += 1
                guard
                    let recommendation = try await db.raw(
                        """
                        INSERT INTO recommendations (review_id, number, text_en, text_fr, owner, deadline) VALUES\
                         (\(bind: id), \(bind: last), \(bind: item.textEn), \(bind: item.textFr), \(bind: item.owner),\
                         \(bind: item.deadline.description)) RETURNING id
                        """
                    ).first()?.int("id")
                else { throw StoreCorruption.badValue("recommendations", "no id returned") }
                try await Self.insertEvent(
                    RecommendationEvent(kind: .made, recordedAt: at, recordedBy: principal.username),
                    recommendation: recommendation, by: principal, in: db)
                let texts = Array(SHA256.hash(data: Data((item.textEn + "\n" + item.textFr).utf8)))
                _ = try await db.appendToLog(
                    .governance(
                        "recommendation.made", at: at,
                        details: [
                            "recommendation": .integer(recommendation), "review": .integer(id),
                            "number": .integer(last), "owner": .string(item.owner),
                            "deadline": .string(item.deadline.description), "text_sha256": .string(Hex.encode(texts)),
                        ]))
                made.append(
                    ReviewRecommendation(
                        id: recommendation, reviewId: id, number: Int(last), textEn: item.textEn, textFr: item.textFr,
                        owner: item.owner, deadline: item.deadline,
                        events: [RecommendationEvent(kind: .made, recordedAt: at, recordedBy: principal.username)]))
            }
            return made
        }
    }

    /// Adds an entry to a recommendation's timeline: progress, a milestone, evidence, or a reviewer's sign-off.
    public func addRecommendationEntry(
        _ id: Int64, _ draft: RecommendationEventDraft, by principal: Principal
    ) async throws -> ReviewRecommendation {
        let today = self.today
        let at = Timestamp.string(now)
        return try await transaction { db in
            var recommendation = try await Self.recommendation(id, in: db)
            let review = try await Self.peerReview(recommendation.reviewId, in: db)
            let ownerBody = try await GovernanceStore.workingBodies(named: recommendation.owner, in: db)[
                recommendation.owner]
            try RecommendationRules.authorizeEntry(
                principal, kind: draft.kind.flatMap(RecommendationEventKind.init(rawValue:)), review: review,
                owner: recommendation.owner, ownerBody: ownerBody, monitoring: try await Self.monitoringBody(in: db),
                today: today)
            var event = try RecommendationRules.validate(draft, of: recommendation, today: today)
            event.recordedAt = at
            event.recordedBy = principal.username
            try await Self.insertEvent(event, recommendation: id, by: principal, in: db)
            var details: [String: JSONValue] = ["recommendation": .integer(id), "kind": .string(event.kind.rawValue)]
            if let progress = event.progress { details["progress"] = .integer(Int64(progress)) }
            if let outcome = event.outcome { details["outcome"] = .string(outcome.rawValue) }
            _ = try await db.appendToLog(.governance("recommendation.entry", at: at, details: details))
            recommendation.events.append(event)
            return recommendation
        }
    }

    private static func insertEvent(
        _ event: RecommendationEvent, recommendation: Int64, by principal: Principal, in db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO recommendation_events (recommendation_id, kind, note, progress, on_day, outcome, recorded_at,\
             recorded_by) VALUES (\(bind: recommendation), \(bind: event.kind.rawValue), \(bind: event.note),\
             \(bind: event.progress), \(bind: event.on?.description), \(bind: event.outcome?.rawValue),\
             \(bind: event.recordedAt), \(bind: principal.accountId))
            """
        ).run()
    }

    static func monitoringBody(in db: any SQLDatabase) async throws -> WorkingBody? {
        try await GovernanceStore.workingBodies(named: AnnualReportRules.monitoringBodyCode, in: db)[
            AnnualReportRules.monitoringBodyCode]
    }
}
