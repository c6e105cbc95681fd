import Foundation

/// The rules of the body effects, checked when a decision is proposed and again when its adoption is written
/// (an effect whose condition no longer holds then lapses).
public enum BodyEffectRules {
    /// The longest terms of reference, in characters (each language).
    public static let maximumTermsLength = 20_000

    /// A body effect as it may be proposed: a body that exists and is not dissolved (or, to set one up, a free code
    /// of 2 to 12 capital letters or digits, a kind and both names); the Chair's office is never set up or
    /// dissolved by a decision; a chair is one participant (not an EU member state) or one observer organisation.
    static func check(
        _ kind: DecisionEffectKind, _ draft: DecisionEffectDraft, bodies: [String: WorkingBody],
        participants: [String: Participant], organisations: Set<String>, into violations: inout [Violation]
    ) -> DecisionEffect? {
        guard let code = bodyCode(draft.body) else {
            violations.append(Violation("/effect/body", RequestMessage.fieldRequired(field: "effect.body")))
            return nil
        }
        if kind == .establishBody {
            return charter(code, draft, bodies: bodies, into: &violations).map { .establishBody($0) }
        }
        guard let body = bodies[code] else {
            violations.append(Violation("/effect/body", WorkingBodyMessage.bodyUnknown(code: code)))
            return nil
        }
        if let dissolved = body.dissolvedOn {
            violations.append(
                Violation("/effect/body", WorkingBodyMessage.bodyDissolved(body: code, on: dissolved.description)))
            return nil
        }
        switch kind {
        case .dissolveBody:
            guard body.kind != .chair else {
                violations.append(Violation("/effect/body", WorkingBodyMessage.chairOfficeStays))
                return nil
            }
            return .dissolveBody(body: code)
        case .appointBodyChair:
            let role = appointedRole(draft.role, into: &violations)
            let holder = holder(draft, participants: participants, organisations: organisations, into: &violations)
            guard let role, let holder else { return nil }
            let effect = DecisionEffect.appointBodyChair(body: code, holder: holder, role: role)
            if case .participant(let chosen) = holder, let participant = participants[chosen],
                let failure = DecisionRules.statusFailure(of: effect, participant: participant)
            {
                violations.append(Violation("/effect/participant", failure))
                return nil
            }
            return effect
        case .adoptTermsOfReference:
            let en = RegistryRules.checkName(
                draft.textEn, pointer: "/effect/textEn", maximum: maximumTermsLength, into: &violations)
            let fr = RegistryRules.checkName(
                draft.textFr, pointer: "/effect/textFr", maximum: maximumTermsLength, into: &violations)
            guard let en, let fr else { return nil }
            return .adoptTermsOfReference(body: code, textEn: en, textFr: fr)
        default:
            return nil
        }
    }

    /// The body code a body effect names, trimmed, cut to 40 characters and in capitals; nil when blank.
    public static func bodyCode(_ text: String?) -> String? {
        guard let typed = text?.trimmingCharacters(in: .whitespaces), !typed.isEmpty else { return nil }
        return String(typed.prefix(40)).uppercased()
    }

    private static func charter(
        _ code: String, _ draft: DecisionEffectDraft, bodies: [String: WorkingBody],
        into violations: inout [Violation]
    ) -> BodyCharter? {
        var valid = true
        if !(2...12).contains(code.count) || !code.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        {
            violations.append(Violation("/effect/body", WorkingBodyMessage.bodyCodeInvalid(code: code)))
            valid = false
        } else if bodies[code] != nil {
            violations.append(Violation("/effect/body", WorkingBodyMessage.bodyCodeTaken(code: code)))
            valid = false
        }
        let kinds = WorkingBodyKind.allCases.filter { $0 != .chair }
        var kind: WorkingBodyKind?
        if let text = draft.bodyKind, let chosen = kinds.first(where: { $0.rawValue == text }) {
            kind = chosen
        } else {
            violations.append(
                Violation(
                    "/effect/bodyKind",
                    RequestMessage.fieldValueInvalid(
                        field: "effect.bodyKind", value: String((draft.bodyKind ?? "").prefix(40)),
                        allowed: kinds.map(\.rawValue).joined(separator: ", "))))
        }
        let en = RegistryRules.checkName(draft.nameEn, pointer: "/effect/nameEn", into: &violations)
        let fr = RegistryRules.checkName(draft.nameFr, pointer: "/effect/nameFr", into: &violations)
        guard valid, let kind, let en, let fr else { return nil }
        return BodyCharter(code: code, kind: kind, nameEn: en, nameFr: fr)
    }

    private static func appointedRole(_ text: String?, into violations: inout [Violation]) -> SeatRole? {
        guard let text else { return .chair }
        guard let role = SeatRole(rawValue: text), role != .member else {
            violations.append(
                Violation(
                    "/effect/role",
                    RequestMessage.fieldValueInvalid(
                        field: "effect.role", value: String(text.prefix(40)), allowed: "chair, vice-chair")))
            return nil
        }
        return role
    }

    private static func holder(
        _ draft: DecisionEffectDraft, participants: [String: Participant], organisations: Set<String>,
        into violations: inout [Violation]
    ) -> SeatHolder? {
        let participant = draft.participant.map { CertificateNumber.normalized(String($0.prefix(40))) }
        let organisation = draft.organisation.map { CertificateNumber.normalized(String($0.prefix(40))) }
        switch (participant, organisation) {
        case (let code?, nil):
            guard let found = participants[code], !found.isMemberState else {
                violations.append(
                    Violation(
                        "/effect/participant",
                        WorkingBodyMessage.holderUnknown(kind: SeatHolderKind.participant.rawValue, code: code)))
                return nil
            }
            return .participant(code)
        case (nil, let code?):
            guard organisations.contains(code) else {
                violations.append(
                    Violation(
                        "/effect/organisation",
                        WorkingBodyMessage.holderUnknown(kind: SeatHolderKind.organisation.rawValue, code: code)))
                return nil
            }
            return .organisation(code)
        default:
            violations.append(Violation("/effect/participant", WorkingBodyMessage.appointNeedsOneHolder))
            return nil
        }
    }
}
