/// Who records peer reviews and makes their recommendations, and what a review must hold.
public enum PeerReviewRules {
    public static let maximumTeam = 20
    public static let maximumDays = 60

    /// Whether the principal speaks for the WGM's chair or vice-chair today.
    static func chairsMonitoring(_ principal: Principal, monitoring: WorkingBody?, today: CalendarDate) -> Bool {
        guard principal.role == .delegate, let delegation = principal.delegation, let monitoring else { return false }
        return monitoring.seats(on: today).contains { $0.role != .member && $0.holder == .participant(delegation) }
    }

    /// An administrator, or a delegate of the participant chairing or vice-chairing the WGM today, records a
    /// review; a visit also by a delegate of the participant that invites it.
    public static func authorizeRecord(
        _ principal: Principal, kind: PeerReviewKind?, participant: String?, monitoring: WorkingBody?,
        today: CalendarDate
    ) throws {
        if principal.role == .administrator || chairsMonitoring(principal, monitoring: monitoring, today: today) {
            return
        }
        if kind == .visit, principal.role == .delegate, let participant, principal.delegation == participant { return }
        throw KPCSError.forbidden(PeerReviewMessage.onlyMonitoringRecordsReviews)
    }

    /// Checks a review: a known participant, a kind, its days (at most ``maximumDays``), a team of participants and
    /// observer organisations with one leader and not the reviewed participant, and for a mission the adopted
    /// decision that sent it (a visit names none). Every fault is named at once.
    public static func validate(
        _ draft: PeerReviewDraft, participants: Set<String>, organisations: Set<String>, decision: Decision?
    ) throws -> ValidPeerReview {
        var violations: [Violation] = []
        let participant = draft.participant?.uppercased()
        if let participant, !participants.contains(participant) {
            violations.append(
                Violation("/participant", RegistryMessage.participantUnknown(code: String(participant.prefix(40)))))
        } else if participant == nil {
            violations.append(Violation("/participant", RequestMessage.fieldRequired(field: "participant")))
        }
        let kind = MeetingRules.choice(draft.kind, PeerReviewKind.self, field: "kind", into: &violations)
        let startsOn = MeetingRules.day(draft.startsOn, field: "startsOn", into: &violations)
        let endsOn = MeetingRules.day(draft.endsOn, field: "endsOn", into: &violations)
        if let startsOn, let endsOn {
            let days = endsOn.daysSinceEpoch - startsOn.daysSinceEpoch
            if !(0..<maximumDays).contains(days) {
                violations.append(Violation("/endsOn", PeerReviewMessage.daysOutOfRange(maximum: String(maximumDays))))
            }
        }
        let team = checkTeam(
            draft.team ?? [], reviewed: participant, participants: participants, organisations: organisations,
            into: &violations)
        switch kind {
        case .mission:
            if draft.decision == nil {
                violations.append(Violation("/decision", PeerReviewMessage.missionNeedsDecision))
            } else if decision?.closing?.outcome != .adopted {
                violations.append(
                    Violation("/decision", PeerReviewMessage.decisionNotAdopted(decision: String(draft.decision ?? 0))))
            }
        case .visit where draft.decision != nil:
            violations.append(Violation("/decision", PeerReviewMessage.visitNeedsNoDecision))
        default: break
        }
        guard violations.isEmpty, let participant, let kind, let startsOn, let endsOn else {
            throw KPCSError.validation(violations)
        }
        return ValidPeerReview(
            participant: participant, kind: kind, startsOn: startsOn, endsOn: endsOn, team: team,
            decisionId: kind == .mission ? draft.decision : nil)
    }

    private static func checkTeam(
        _ drafts: [PeerReviewDraft.TeamMemberDraft], reviewed: String?, participants: Set<String>,
        organisations: Set<String>, into violations: inout [Violation]
    ) -> [TeamMember] {
        guard (1...maximumTeam).contains(drafts.count) else {
            violations.append(Violation("/team", PeerReviewMessage.teamSize(maximum: String(maximumTeam))))
            return []
        }
        var team: [TeamMember] = []
        for (index, draft) in drafts.enumerated() {
            let pointer = "/team/\(index)"
            var local: [Violation] = []
            let kind = MeetingRules.choice(draft.holderKind, SeatHolderKind.self, field: "holderKind", into: &local)
            let role = MeetingRules.choice(draft.role, TeamRole.self, field: "role", into: &local)
            let code = draft.code?.uppercased() ?? ""
            switch kind {
            case .participant where !participants.contains(code) || code == reviewed:
                local.append(Violation("/code", PeerReviewMessage.memberUnknown(code: String(code.prefix(40)))))
            case .organisation where !organisations.contains(code):
                local.append(Violation("/code", PeerReviewMessage.memberUnknown(code: String(code.prefix(40)))))
            case .person:
                local.append(Violation("/holderKind", PeerReviewMessage.memberUnknown(code: String(code.prefix(40)))))
            default: break
            }
            violations += local.map { Violation(pointer: pointer + $0.pointer, message: $0.message) }
            if local.isEmpty, let kind, let role {
                let member = TeamMember(holderKind: kind, code: code, role: role)
                if team.contains(where: { $0.holderKind == kind && $0.code == code }) {
                    violations.append(Violation("\(pointer)/code", PeerReviewMessage.memberTwice(code: code)))
                } else {
                    team.append(member)
                }
            }
        }
        if violations.isEmpty, team.filter({ $0.role == .leader }).count != 1 {
            violations.append(Violation("/team", PeerReviewMessage.oneLeader))
        }
        return team
    }
}
