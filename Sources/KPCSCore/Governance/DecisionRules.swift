import Foundation

/// A proposal that passed the rules: trimmed texts and a checked effect.
public struct ValidDecision: Sendable, Equatable {
    public var titleEn: String
    public var titleFr: String
    public var textEn: String
    public var textFr: String
    public var effect: DecisionEffect?
}

/// Who may propose, open and answer a decision, and what a request must hold. Pure: the store passes the registry
/// rows, the Chair of the year and the instant.
public enum DecisionRules {
    /// The longest decision text, in characters.
    public static let maximumTextLength = 20_000
    /// The latest deadline of a written procedure, in days after opening.
    public static let maximumDeadlineDays = 180
    /// The most export zones a suspension may list, and the longest zone name.
    public static let maximumExportZones = 50
    public static let maximumZoneNameLength = 100

    /// A delegate proposes for its own participant, which must be active.
    public static func authorizePropose(_ principal: Principal, participant: Participant?) throws -> String {
        try principal.require(.delegate)
        guard let participant, let code = principal.delegation else {
            throw KPCSError.forbidden(GovernanceMessage.delegateNeedsParticipant)
        }
        guard participant.status == .active else {
            throw KPCSError.forbidden(
                GovernanceMessage.proposerNotActive(participant: code, status: participant.status.rawValue))
        }
        return code
    }

    /// Titles and texts in both languages, and the effect checked against the registry, the bodies of the scheme
    /// (by code) and the observer organisations.
    public static func validate(
        _ draft: DecisionDraft, participants: [String: Participant], bodies: [String: WorkingBody],
        organisations: Set<String>, zones: [String: MiningZone] = [:]
    ) throws -> ValidDecision {
        var violations: [Violation] = []
        let titleEn = RegistryRules.checkName(draft.titleEn, pointer: "/titleEn", into: &violations)
        let titleFr = RegistryRules.checkName(draft.titleFr, pointer: "/titleFr", into: &violations)
        let textEn = RegistryRules.checkName(
            draft.textEn, pointer: "/textEn", maximum: maximumTextLength, into: &violations)
        let textFr = RegistryRules.checkName(
            draft.textFr, pointer: "/textFr", maximum: maximumTextLength, into: &violations)
        let effect = draft.effect.flatMap {
            checkEffect(
                $0, participants: participants, bodies: bodies, organisations: organisations, zones: zones,
                into: &violations)
        }
        guard violations.isEmpty, let titleEn, let titleFr, let textEn, let textFr else {
            throw KPCSError.validation(violations)
        }
        return ValidDecision(titleEn: titleEn, titleFr: titleFr, textEn: textEn, textFr: textFr, effect: effect)
    }

    /// An effect names a known kind, a participant that is not an EU member state and whose status the effect
    /// can change, and for the chair effects a year of the chair table; the body effects follow
    /// ``BodyEffectRules``, and a zone's status ``ZoneEffectRules``.
    static func checkEffect(
        _ draft: DecisionEffectDraft, participants: [String: Participant], bodies: [String: WorkingBody],
        organisations: Set<String>, zones: [String: MiningZone], into violations: inout [Violation]
    ) -> DecisionEffect? {
        guard let kindText = draft.kind else {
            violations.append(Violation("/effect/kind", RequestMessage.fieldRequired(field: "effect.kind")))
            return nil
        }
        guard let kind = DecisionEffectKind(rawValue: kindText) else {
            violations.append(Violation("/effect/kind", GovernanceMessage.effectKindUnknown(kind: kindText)))
            return nil
        }
        if kind == .setZoneStatus {
            return ZoneEffectRules.check(draft, zones: zones, participants: participants, into: &violations)
        }
        if kind.isBodyEffect {
            return BodyEffectRules.check(
                kind, draft, bodies: bodies, participants: participants, organisations: organisations,
                into: &violations)
        }
        let code = draft.participant.map(CertificateNumber.normalized)
        var participant: Participant?
        if let code {
            participant = participants[code]
            if participant == nil {
                violations.append(Violation("/effect/participant", RegistryMessage.participantUnknown(code: code)))
            } else if let found = participant, found.isMemberState {
                violations.append(
                    Violation(
                        "/effect/participant",
                        GovernanceMessage.effectMemberState(state: found.code, participant: found.participantCode)))
                participant = nil
            }
        } else if kind != .setChair {
            violations.append(
                Violation("/effect/participant", GovernanceMessage.effectNeedsParticipant(kind: kindText)))
        }
        var year: Int?
        if kind == .electViceChair || kind == .setChair {
            if let given = draft.year {
                if ChairRule.years.contains(given) {
                    year = given
                } else {
                    violations.append(
                        Violation(
                            "/effect/year",
                            GovernanceMessage.effectYearOutOfRange(
                                year: String(given), earliest: String(ChairRule.years.lowerBound),
                                latest: String(ChairRule.years.upperBound))))
                }
            } else {
                violations.append(Violation("/effect/year", GovernanceMessage.effectNeedsYear(kind: kindText)))
            }
        }
        let exportZones = checkZones(draft.exportZones, of: participant, zones: zones, into: &violations)
        let effect: DecisionEffect?
        switch kind {
        case .admit: effect = participant.map { .admit(participant: $0.code) }
        case .suspend:
            effect = participant.flatMap { p in exportZones.map { .suspend(participant: p.code, conditions: $0) } }
        case .readmit: effect = participant.map { .readmit(participant: $0.code) }
        case .withdraw: effect = participant.map { .withdraw(participant: $0.code) }
        case .electViceChair:
            effect = participant.flatMap { p in year.map { .electViceChair(year: $0, participant: p.code) } }
        case .setChair:
            effect = (code == nil || participant != nil) ? year.map { .setChair(year: $0, participant: code) } : nil
        case .establishBody, .dissolveBody, .appointBodyChair, .adoptTermsOfReference, .setZoneStatus: effect = nil
        }
        if let effect, let participant, let failure = statusFailure(of: effect, participant: participant) {
            violations.append(Violation("/effect/participant", failure))
            return nil
        }
        return effect
    }

    /// The zones a suspension lets export: codes of registered zones of the participant suspended.
    static func checkZones(
        _ given: [String]?, of participant: Participant?, zones: [String: MiningZone],
        into violations: inout [Violation]
    ) -> SuspensionConditions? {
        let names = (given ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() }
        guard names.count <= maximumExportZones, names.allSatisfy({ (1...maximumZoneNameLength).contains($0.count) })
        else {
            violations.append(
                Violation(
                    "/effect/exportZones",
                    GovernanceMessage.exportZonesInvalid(
                        maximum: String(maximumExportZones), length: String(maximumZoneNameLength))))
            return nil
        }
        var known = true
        for (index, name) in names.enumerated() where zones[name]?.participantCode != participant?.code {
            violations.append(
                Violation(
                    "/effect/exportZones/\(index)",
                    ZoneMessage.exportZoneUnknown(zone: name, participant: participant?.code ?? "")))
            known = false
        }
        return known ? SuspensionConditions(exportZones: names) : nil
    }

    /// Why the effect cannot apply to the participant as it stands, or nil when it can. The same rule runs when
    /// the decision is proposed and when its adoption is written: an effect that no longer holds then lapses.
    public static func statusFailure(of effect: DecisionEffect, participant: Participant) -> GovernanceMessage? {
        let needed: Set<ParticipantStatus>
        if let change = effect.statusChange {
            needed = change.from
        } else if case .setZoneStatus = effect {
            // A suspended participant's zones are reviewed too: that is how exports resume from some of them.
            needed = [.active, .suspended]
        } else {
            needed = [.active]
        }
        guard !needed.contains(participant.status) else { return nil }
        return .effectStatusWrong(
            participant: participant.code, status: participant.status.rawValue,
            needed: needed.map(\.rawValue).sorted().joined(separator: " / "))
    }

    /// Only the delegates of the participant that chairs the current year may put a decision to the participants.
    public static func authorizeOpen(_ principal: Principal, chair: String?, year: Int) throws {
        try principal.require(.delegate)
        guard let chair else { throw KPCSError.forbidden(GovernanceMessage.noChair(year: String(year))) }
        guard principal.delegation == chair else {
            throw KPCSError.forbidden(GovernanceMessage.onlyChairOpens(year: String(year), chair: chair))
        }
    }

    /// The deadline of a written procedure: a UTC instant at least `minimumNotice` after now and at most
    /// ``maximumDeadlineDays`` days after; returned as the store writes instants.
    public static func checkDeadline(
        _ draft: WrittenProcedureDraft, now: Date, minimumNotice: TimeInterval
    ) throws
        -> String
    {
        guard let text = draft.closesAt else {
            throw KPCSError.invalid(RequestMessage.fieldRequired(field: "closesAt"), pointer: "/closesAt")
        }
        guard let deadline = UTCInstant.parse(text.trimmingCharacters(in: .whitespaces)) else {
            throw KPCSError.invalid(GovernanceMessage.deadlineInvalid(field: "closesAt"), pointer: "/closesAt")
        }
        let earliest = now.addingTimeInterval(minimumNotice)
        if deadline < earliest {
            throw KPCSError.invalid(
                GovernanceMessage.deadlineTooSoon(earliest: display(earliest)), pointer: "/closesAt")
        }
        let latest = now.addingTimeInterval(Double(maximumDeadlineDays) * 86_400)
        if deadline > latest {
            throw KPCSError.invalid(GovernanceMessage.deadlineTooLate(latest: display(latest)), pointer: "/closesAt")
        }
        return Timestamp.string(deadline)
    }

    /// An instant as a message shows it: `2026-12-15 12:00 UTC`.
    public static func display(_ instant: Date) -> String {
        let text = Timestamp.string(instant)
        return "\(text.prefix(10)) \(text.dropFirst(11).prefix(5)) UTC"
    }

    /// A delegate records the stance of its own participant (never another's), which must be in the electorate, on
    /// an open decision, before its deadline.
    public static func authorizeStance(
        _ principal: Principal, _ draft: StanceDraft, decision: Decision, now: Date
    ) throws -> String {
        try principal.require(.delegate)
        guard let participant = principal.delegation else {
            throw KPCSError.forbidden(GovernanceMessage.delegateNeedsParticipant)
        }
        let id = String(decision.id)
        guard let procedure = decision.procedure else {
            throw KPCSError.conflict(GovernanceMessage.decisionNotOpen(id: id))
        }
        if ConsensusRule.isPast(procedure.closesAt, at: now) || decision.closing != nil {
            throw KPCSError.conflict(
                GovernanceMessage.stanceAfterDeadline(
                    id: id, deadline: Timestamp.date(procedure.closesAt).map(display) ?? procedure.closesAt))
        }
        if let asked = draft.participant.map(CertificateNumber.normalized), asked != participant {
            throw KPCSError.forbidden(GovernanceMessage.stanceForOtherParticipant(own: participant, asked: asked))
        }
        guard decision.electorate.contains(participant) else {
            throw KPCSError.forbidden(GovernanceMessage.participantNotEntitled(participant: participant, id: id))
        }
        return participant
    }

    /// A stance names a position; an objection carries its reason.
    public static func validateStance(_ draft: StanceDraft) throws -> (StancePosition, String?) {
        guard let text = draft.position else {
            throw KPCSError.invalid(RequestMessage.fieldRequired(field: "position"), pointer: "/position")
        }
        guard let position = StancePosition(rawValue: text) else {
            throw KPCSError.invalid(GovernanceMessage.positionUnknown(position: text), pointer: "/position")
        }
        let given = draft.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if position == .objects, given.isEmpty {
            throw KPCSError.invalid(GovernanceMessage.objectionNeedsReason, pointer: "/reason")
        }
        guard !given.isEmpty else { return (position, nil) }
        return (position, try ReasonRule.require(given))
    }

    /// An observer comments for its organisation, with an optional position that never counts.
    public static func authorizeComment(_ principal: Principal) throws -> String {
        try principal.require(.observer)
        guard let organisation = principal.organisation else {
            throw KPCSError.forbidden(GovernanceMessage.commentNeedsOrganisation(username: principal.username))
        }
        return organisation
    }

    public static func validateComment(_ draft: CommentDraft) throws -> (StancePosition?, String) {
        var position: StancePosition?
        if let text = draft.position, !text.isEmpty {
            guard let parsed = StancePosition(rawValue: text) else {
                throw KPCSError.invalid(GovernanceMessage.positionUnknown(position: text), pointer: "/position")
            }
            position = parsed
        }
        var violations: [Violation] = []
        guard
            let text = RegistryRules.checkName(
                draft.text, pointer: "/text", maximum: maximumReasonLength, into: &violations)
        else { throw KPCSError.validation(violations) }
        return (position, text)
    }
}

extension DecisionRules {
    /// A chair-table correction: a year of the table, and participants (not member states) for the Chair and the
    /// Vice-Chair, each optional (no Chair, none known).
    public static func checkChairmanship(
        _ draft: ChairmanshipDraft, year: Int, participants: [String: Participant]
    ) throws -> Chairmanship {
        var violations: [Violation] = []
        if !ChairRule.years.contains(year) {
            violations.append(
                Violation(
                    "/year",
                    GovernanceMessage.effectYearOutOfRange(
                        year: String(year), earliest: String(ChairRule.years.lowerBound),
                        latest: String(ChairRule.years.upperBound))))
        }
        func check(_ code: String?, _ pointer: String) -> String? {
            guard let code = code.map(CertificateNumber.normalized), !code.isEmpty else { return nil }
            guard let participant = participants[code] else {
                violations.append(Violation(pointer, RegistryMessage.participantUnknown(code: code)))
                return nil
            }
            if participant.isMemberState {
                violations.append(
                    Violation(
                        pointer,
                        GovernanceMessage.effectMemberState(state: code, participant: participant.participantCode)))
            }
            return code
        }
        let chair = check(draft.chair, "/chair")
        let viceChair = check(draft.viceChair, "/viceChair")
        guard violations.isEmpty else { throw KPCSError.validation(violations) }
        return Chairmanship(year: year, chair: chair, viceChair: viceChair)
    }
}
