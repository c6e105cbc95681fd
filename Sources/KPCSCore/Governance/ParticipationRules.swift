import Foundation

/// The rules of participation: who records an application and the CPC's review, what each must hold, where an
/// application stands (computed), and who reads its letter and contacts.
public enum ParticipationRules {
    /// The body that reviews applications: the Committee on Participation and Chairmanship.
    public static let committee = "CPC"
    public static let maximumLetterLength = 20_000
    public static let maximumContacts = 10

    /// An administrator records an application received by letter, or a delegate of the candidate itself; the
    /// candidate must be a participant of the registry whose status is `candidate`.
    public static func authorizeSubmit(_ principal: Principal, candidate: Participant) throws {
        try principal.require(.administrator, .delegate)
        if principal.role == .delegate, principal.delegation != candidate.code {
            throw KPCSError.forbidden(ParticipationMessage.onlyCandidateApplies(candidate: candidate.code))
        }
        guard candidate.status == .candidate else {
            throw KPCSError.conflict(
                ParticipationMessage.notACandidate(candidate: candidate.code, status: candidate.status.rawValue))
        }
    }

    /// The letter (English, French or both, at least one) and one to ``maximumContacts`` contacts, each with a
    /// name and, when given, a function and a checked e-mail address.
    public static func validate(
        _ draft: ApplicationDraft
    ) throws -> (
        letterEn: String?, letterFr: String?, contacts: [ApplicationContact]
    ) {
        var violations: [Violation] = []
        func letter(_ text: String?, _ pointer: String) -> String? {
            guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return RegistryRules.checkName(text, pointer: pointer, maximum: maximumLetterLength, into: &violations)
        }
        let en = letter(draft.letterEn, "/letterEn")
        let fr = letter(draft.letterFr, "/letterFr")
        if en == nil, fr == nil, violations.isEmpty {
            violations.append(Violation("/letterEn", ParticipationMessage.letterRequired))
        }
        var contacts: [ApplicationContact] = []
        let typed = draft.contacts ?? []
        if typed.isEmpty || typed.count > maximumContacts {
            violations.append(
                Violation("/contacts", ParticipationMessage.contactsCount(maximum: String(maximumContacts))))
        } else {
            for (index, contact) in typed.enumerated() {
                let name = RegistryRules.checkName(contact.name, pointer: "/contacts/\(index)/name", into: &violations)
                var function: String?
                if let text = contact.function, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    function = RegistryRules.checkName(
                        text, pointer: "/contacts/\(index)/function", into: &violations)
                }
                var email: String?
                do { email = try EmailAddress.checked(contact.email, pointer: "/contacts/\(index)/email") } catch {
                    violations += (error as? KPCSError)?.violations ?? []
                }
                if let name { contacts.append(ApplicationContact(name: name, function: function, email: email)) }
            }
        }
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        return (en, fr, contacts)
    }

    /// An administrator, or a delegate of the participant that chairs the CPC today, records its review.
    public static func authorizeReview(_ principal: Principal, cpcChair: SeatHolder?) throws {
        try principal.require(.administrator, .delegate)
        guard principal.role == .delegate else { return }
        guard case .participant(let chair)? = cpcChair, principal.delegation == chair else {
            throw KPCSError.forbidden(ParticipationMessage.onlyCPCChairReviews(chair: cpcChair?.code ?? "—"))
        }
    }

    /// A recommendation and its reasons in both languages.
    public static func validate(_ draft: ReviewDraft) throws -> (Recommendation, String, String) {
        var violations: [Violation] = []
        let recommendation = MeetingRules.choice(
            draft.recommendation, Recommendation.self, field: "recommendation", into: &violations)
        let en = RegistryRules.checkName(
            draft.textEn, pointer: "/textEn", maximum: maximumLetterLength, into: &violations)
        let fr = RegistryRules.checkName(
            draft.textFr, pointer: "/textFr", maximum: maximumLetterLength, into: &violations)
        guard violations.isEmpty, let recommendation, let en, let fr else { throw KPCSError.validation(violations) }
        return (recommendation, en, fr)
    }

    /// Where an application stands, from its review and the states (as read now) of the decisions that would
    /// admit its candidate, proposed since it was submitted: admitted once one is adopted; before a decision
    /// while one is proposed or open; not admitted when every one was not adopted.
    public static func state(
        of application: ParticipationApplication, decisions: [DecisionState]
    )
        -> ApplicationState
    {
        if decisions.contains(.adopted) { return .admitted }
        if decisions.contains(where: { $0 == .proposed || $0 == .open }) { return .beforeDecision }
        if !decisions.isEmpty { return .notAdmitted }
        return application.review == nil ? .submitted : .reviewed
    }

    /// The application as the principal may see it: the letter and the contacts are for the deliberation
    /// (delegates, observers, administrators); the candidate, the dates, the state and the review are public.
    public static func visible(
        _ application: ParticipationApplication, to principal: Principal?
    )
        -> ParticipationApplication
    {
        guard !GovernanceAccess.seesDeliberation(principal) else { return application }
        var visible = application
        visible.letterEn = nil
        visible.letterFr = nil
        visible.contacts = []
        return visible
    }
}
