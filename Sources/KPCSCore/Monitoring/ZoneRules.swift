/// Who registers a mining zone and what a zone must be. A zone's status is never set here: only a decision's
/// `set-zone-status` effect sets it (``DecisionEffect``).
public enum ZoneRules {
    public static let maximumCodeLength = 32
    public static let maximumNameLength = 120
    /// The most zones a participant registers: a participant's zones are one list, one map, with no paging.
    public static let maximumZonesPerParticipant = 200

    /// An administrator, a delegate of the participant, or an officer of one of its authorities; a 403 otherwise.
    public static func authorizeRegistration(_ principal: Principal, participant: String) throws {
        let own = principal.role == .delegate || principal.role == .officer
        guard principal.role == .administrator || (own && principal.participantCode == participant) else {
            throw KPCSError.forbidden(ZoneMessage.onlyParticipantRegisters(participant: participant))
        }
    }

    /// Checks a draft for a participant that is not an EU member state; `taken` says whether the code is in use
    /// and `registered` how many zones the participant has.
    public static func validate(
        _ draft: ZoneDraft, participant: Participant, taken: Bool, registered: Int
    ) throws
        -> ValidZone
    {
        var violations: [Violation] = []
        if registered >= maximumZonesPerParticipant {
            violations.append(
                Violation(
                    "/participant",
                    ZoneMessage.tooManyZones(
                        participant: participant.code, maximum: String(maximumZonesPerParticipant))))
        }
        if participant.isMemberState {
            violations.append(
                Violation(
                    "/participant",
                    GovernanceMessage.effectMemberState(
                        state: participant.code, participant: participant.participantCode)
                ))
        }
        var code: String?
        if let given = draft.code {
            if isCode(given, of: participant.code) {
                code = given
                if taken { violations.append(Violation("/code", ZoneMessage.codeTaken(code: given))) }
            } else {
                violations.append(
                    Violation(
                        "/code",
                        ZoneMessage.codeInvalid(
                            code: given, participant: participant.code, maximum: String(maximumCodeLength))))
            }
        } else {
            violations.append(Violation("/code", RequestMessage.fieldRequired(field: "code")))
        }
        let name = RegistryRules.checkName(draft.name, pointer: "/name", maximum: maximumNameLength, into: &violations)
        var geometry: ZoneGeometry?
        if let given = draft.geometry {
            geometry = ZoneGeometryRules.check(given, pointer: "/geometry", into: &violations)
        } else {
            violations.append(Violation("/geometry", RequestMessage.fieldRequired(field: "geometry")))
        }
        guard violations.isEmpty, let code, let name, let geometry else { throw KPCSError.validation(violations) }
        return ValidZone(code: code, participantCode: participant.code, name: name, geometry: geometry)
    }

    /// `CF-BERBERATI`: the participant's code and a hyphen, then 1 to ``maximumCodeLength`` characters in all of
    /// capital letters and digits in groups joined by single hyphens.
    public static func isCode(_ code: String, of participant: String) -> Bool {
        guard code.count <= maximumCodeLength, code.hasPrefix(participant + "-") else { return false }
        let rest = code.dropFirst(participant.count + 1)
        return !rest.isEmpty
            && rest.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { group in
                !group.isEmpty && group.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            }
    }
}
