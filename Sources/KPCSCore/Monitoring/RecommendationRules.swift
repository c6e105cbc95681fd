import Foundation

/// Who makes a review's recommendations and writes their timeline, and what each entry must hold. Closing one
/// needs evidence on its timeline and a reviewer's sign-off.
public enum RecommendationRules {
    public static let maximumTextLength = 2_000
    public static let maximumNoteLength = 2_000
    public static let maximumPerReview = 200

    /// Those who record the review make its recommendations, and so do its reviewers.
    public static func authorizeMaking(
        _ principal: Principal, review: PeerReview, monitoring: WorkingBody?, today: CalendarDate
    ) throws {
        if review.isReviewer(principal) { return }
        do {
            try PeerReviewRules.authorizeRecord(
                principal, kind: .mission, participant: review.participant, monitoring: monitoring, today: today)
        } catch {
            throw KPCSError.forbidden(PeerReviewMessage.onlyReviewersMakeRecommendations(review: String(review.id)))
        }
    }

    /// Checks a recommendation: both texts, an owner (the reviewed participant or a body, by code), a deadline.
    public static func validate(
        _ draft: RecommendationDraft, owners: Set<String>
    ) throws
        -> (textEn: String, textFr: String, owner: String, deadline: CalendarDate)
    {
        var violations: [Violation] = []
        let textEn = RegistryRules.checkName(
            draft.textEn, pointer: "/textEn", maximum: maximumTextLength, into: &violations)
        let textFr = RegistryRules.checkName(
            draft.textFr, pointer: "/textFr", maximum: maximumTextLength, into: &violations)
        let owner = draft.owner?.uppercased()
        if let owner, !owners.contains(owner) {
            violations.append(
                Violation(
                    "/owner",
                    PeerReviewMessage.ownerUnknown(
                        owner: String(owner.prefix(40)), allowed: owners.sorted().joined(separator: ", "))))
        } else if owner == nil {
            violations.append(Violation("/owner", RequestMessage.fieldRequired(field: "owner")))
        }
        let deadline = MeetingRules.day(draft.deadline, field: "deadline", into: &violations)
        guard violations.isEmpty, let textEn, let textFr, let owner, let deadline else {
            throw KPCSError.validation(violations)
        }
        return (textEn, textFr, owner, deadline)
    }

    /// Progress, milestones and evidence come from the owner: the delegates and officers of the owning participant,
    /// or the delegates of a participant on the owning body; a sign-off from a reviewer of the team, or a delegate
    /// of a participant on the WGM, never from the reviewed participant.
    public static func authorizeEntry(
        _ principal: Principal, kind: RecommendationEventKind?, review: PeerReview, owner: String,
        ownerBody: WorkingBody?, monitoring: WorkingBody?, today: CalendarDate
    ) throws {
        if kind == .signOff {
            let onMonitoring =
                principal.role == .delegate && principal.delegation != review.participant
                && principal.delegation.map { code in
                    monitoring?.seats(on: today).contains { $0.holder == .participant(code) } ?? false
                } ?? false
            guard review.isReviewer(principal) || onMonitoring else {
                throw KPCSError.forbidden(PeerReviewMessage.onlyReviewersSignOff)
            }
            return
        }
        let speaksForOwner: Bool
        if let ownerBody {
            speaksForOwner =
                principal.role == .delegate
                && principal.delegation.map { ownerBody.seats(on: today).map(\.holder).contains(.participant($0)) }
                    ?? false
        } else {
            speaksForOwner =
                (principal.role == .delegate || principal.role == .officer) && principal.participantCode == owner
        }
        guard speaksForOwner else { throw KPCSError.forbidden(PeerReviewMessage.onlyOwnerReports(owner: owner)) }
    }

    /// Checks an entry against the recommendation: a kind, what the kind needs (a percent from 0 to 100, a day no
    /// later than today, a note), nothing after a sign-off, and evidence on the timeline before a sign-off.
    public static func validate(
        _ draft: RecommendationEventDraft, of recommendation: ReviewRecommendation, today: CalendarDate
    ) throws -> RecommendationEvent {
        var violations: [Violation] = []
        let kind = MeetingRules.choice(draft.kind, RecommendationEventKind.self, field: "kind", into: &violations)
        var event = RecommendationEvent(kind: kind ?? .progress, recordedAt: "", recordedBy: "")
        let note = draft.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .progress:
            if let progress = draft.progress, (0...100).contains(progress) {
                event.progress = progress
            } else {
                violations.append(Violation("/progress", PeerReviewMessage.progressOutOfRange))
            }
        case .milestone:
            event.on = MeetingRules.day(draft.on, field: "on", into: &violations)
            if let on = event.on, today < on {
                violations.append(Violation("/on", PeerReviewMessage.milestoneInFuture))
            }
        case .signOff:
            let outcome = MeetingRules.choice(
                draft.outcome, SignOffOutcome.self, field: "outcome", into: &violations)
            event.outcome = outcome.map { $0 == .implemented ? .implemented : .notImplemented }
        case .made:
            violations.append(Violation("/kind", PeerReviewMessage.madeOnlyOnce))
        default: break
        }
        if kind == .milestone || kind == .evidence || note?.isEmpty == false {
            event.note = RegistryRules.checkName(
                draft.note, pointer: "/note", maximum: maximumNoteLength, into: &violations)
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        if recommendation.status.isClosed {
            throw KPCSError.conflict(PeerReviewMessage.recommendationClosed(number: String(recommendation.number)))
        }
        if kind == .signOff, !recommendation.hasEvidence {
            throw KPCSError.conflict(PeerReviewMessage.signOffNeedsEvidence(number: String(recommendation.number)))
        }
        return event
    }

    /// What a sign-off closes a recommendation as.
    enum SignOffOutcome: String, CaseIterable {
        case implemented
        case notImplemented = "not-implemented"
    }
}
