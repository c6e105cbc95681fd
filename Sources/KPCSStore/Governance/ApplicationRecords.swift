import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// An application as read: where it stands now (computed) and the decisions that would admit its candidate.
public struct ApplicationSummary: Sendable, Equatable {
    public var application: ParticipationApplication
    public var state: ApplicationState
    /// The decisions to admit the candidate proposed since the application, oldest first.
    public var decisions: [Int64]
}

/// Participation: a candidate's application recorded by an administrator or its own delegate, the CPC's review
/// recorded by its chair's delegate, and the decision that admits it (a decision with the `admit` effect, whose
/// adoption makes the candidate active at once). Each write is one transaction with its public leaf.
extension GovernanceStore {
    /// Records an application; a candidate with one under way is refused.
    public func submitApplication(
        _ draft: ApplicationDraft, by principal: Principal
    ) async throws
        -> ApplicationSummary
    {
        try principal.require(.administrator, .delegate)
        let valid = try ParticipationRules.validate(draft)
        let submittedAt = Timestamp.string(now)
        let now = self.now
        let id = try await transaction { db -> Int64 in
            let code = CertificateNumber.normalized(String((draft.candidate ?? "").prefix(40)))
            guard let candidate = try await RegistryStore.participant(code, in: db), !code.isEmpty else {
                throw KPCSError.invalid(RegistryMessage.participantUnknown(code: code), pointer: "/candidate")
            }
            try ParticipationRules.authorizeSubmit(principal, candidate: candidate)
            if let latest = try await db.raw(
                "SELECT id FROM applications WHERE participant_code = \(bind: code) ORDER BY id DESC LIMIT 1"
            ).first()?.int("id"), let before = try await Self.applicationSummary(latest, at: now, in: db),
                [.submitted, .reviewed, .beforeDecision].contains(before.state)
            {
                throw KPCSError.conflict(ParticipationMessage.applicationPending(candidate: code, id: String(latest)))
            }
            let row = try await db.raw(
                """
                INSERT INTO applications (participant_code, letter_en, letter_fr, submitted_at, submitted_by) VALUES\
                 (\(bind: code), \(bind: valid.letterEn), \(bind: valid.letterFr), \(bind: submittedAt),\
                 \(bind: principal.accountId)) RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            for (position, contact) in valid.contacts.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO application_contacts (application_id, position, name, function, email) VALUES\
                     (\(bind: id), \(bind: position), \(bind: contact.name), \(bind: contact.function),\
                     \(bind: contact.email))
                    """
                ).run()
            }
            _ = try await db.appendToLog(
                .governance(
                    "application.submitted", at: submittedAt,
                    details: ["application": .integer(id), "participant": .string(code)]))
            return id
        }
        return try await application(id, for: principal)
    }

    /// Records (or replaces) the CPC's review of an application.
    public func reviewApplication(
        _ id: Int64, _ draft: ReviewDraft, by principal: Principal
    ) async throws
        -> ApplicationSummary
    {
        try principal.require(.administrator, .delegate)
        let reviewedAt = Timestamp.string(now)
        let today = self.today
        try await transaction { db in
            guard try await db.raw("SELECT id FROM applications WHERE id = \(bind: id)").first() != nil else {
                throw KPCSError.notFound(ParticipationMessage.applicationUnknown(id: String(id)))
            }
            let cpc = try await Self.workingBody(ParticipationRules.committee, in: db)
            try ParticipationRules.authorizeReview(principal, cpcChair: cpc.holder(of: .chair, on: today))
            let (recommendation, en, fr) = try ParticipationRules.validate(draft)
            try await db.raw(
                """
                UPDATE applications SET recommendation = \(bind: recommendation.rawValue), review_en = \(bind: en),\
                 review_fr = \(bind: fr), reviewed_at = \(bind: reviewedAt), reviewed_by = \(bind: principal.accountId)\
                 WHERE id = \(bind: id)
                """
            ).run()
            _ = try await db.appendToLog(
                .governance(
                    "application.reviewed", at: reviewedAt,
                    details: [
                        "application": .integer(id), "recommendation": .string(recommendation.rawValue),
                        "text_sha256": .string(BilingualTextHash.of(textEn: en, textFr: fr)),
                    ]))
        }
        return try await application(id, for: principal)
    }

    /// One application as the principal may see it, with where it stands now.
    public func application(_ id: Int64, for principal: Principal?) async throws -> ApplicationSummary {
        let now = self.now
        return try await database.read { db in
            guard var summary = try await Self.applicationSummary(id, at: now, in: db) else {
                throw KPCSError.notFound(ParticipationMessage.applicationUnknown(id: String(id)))
            }
            summary.application = ParticipationRules.visible(summary.application, to: principal)
            return summary
        }
    }

    /// A page of applications, the latest first.
    public func applications(
        page: PageRequest, for principal: Principal?
    ) async throws
        -> PageResult<ApplicationSummary>
    {
        let now = self.now
        return try await database.read { db in
            let total = try await db.raw("SELECT COUNT(*) AS n FROM applications").first()?.int("n") ?? 0
            let ids = try await db.raw(
                "SELECT id FROM applications ORDER BY id DESC LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)"
            ).all().map { try $0.int("id") }
            var items: [ApplicationSummary] = []
            for id in ids {
                guard var summary = try await Self.applicationSummary(id, at: now, in: db) else { continue }
                summary.application = ParticipationRules.visible(summary.application, to: principal)
                items.append(summary)
            }
            return PageResult(items: items, page: page, total: total)
        }
    }

    static func applicationSummary(
        _ id: Int64, at now: Date, in db: any SQLDatabase
    ) async throws
        -> ApplicationSummary?
    {
        guard
            let row = try await db.raw(
                """
                SELECT ap.*, s.username AS submitted_name, r.username AS reviewed_name FROM applications ap
                JOIN accounts s ON s.id = ap.submitted_by LEFT JOIN accounts r ON r.id = ap.reviewed_by
                WHERE ap.id = \(bind: id)
                """
            ).first()
        else { return nil }
        let contacts = try await db.raw(
            "SELECT * FROM application_contacts WHERE application_id = \(bind: id) ORDER BY position"
        ).all().map {
            ApplicationContact(
                name: try $0.string("name"), function: try $0.optionalString("function"),
                email: try $0.optionalString("email"))
        }
        var review: ApplicationReview?
        if let text = try row.optionalString("recommendation") {
            guard let recommendation = Recommendation(rawValue: text) else {
                throw StoreCorruption.badValue("recommendation", text)
            }
            review = ApplicationReview(
                recommendation: recommendation, textEn: try row.string("review_en"),
                textFr: try row.string("review_fr"),
                recordedAt: try row.string("reviewed_at"), recordedBy: try row.optionalString("reviewed_name") ?? "")
        }
        let candidate = try row.string("participant_code")
        let submittedAt = try row.string("submitted_at")
        let application = ParticipationApplication(
            id: id, candidate: candidate, letterEn: try row.optionalString("letter_en"),
            letterFr: try row.optionalString("letter_fr"), contacts: contacts, submittedAt: submittedAt,
            submittedBy: try row.string("submitted_name"), review: review)
        let admitting = try DecisionEffectJSON.encode(.admit(participant: candidate))
        let ids = try await db.raw(
            """
            SELECT id FROM decisions WHERE effect = \(bind: admitting) AND proposed_at >= \(bind: submittedAt)\
             ORDER BY id LIMIT 50
            """
        ).all().map { try $0.int("id") }
        var states: [DecisionState] = []
        for decision in ids {
            guard let found = try await Self.decision(decision, in: db) else { continue }
            states.append(ConsensusRule.state(of: found, at: now))
        }
        return ApplicationSummary(
            application: application, state: ParticipationRules.state(of: application, decisions: states),
            decisions: ids)
    }
}
