/// Who sees what of governance. Decisions, who proposed them, each participant's stance, the outcome and the
/// effect are public: anyone can check what the scheme decided. The reasons of objections, the observers'
/// comments and who recorded a stance are for the scheme's deliberation: its delegates, observers and
/// administrators.
public enum GovernanceAccess {
    /// Whether the principal takes part in the deliberation.
    public static func seesDeliberation(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.role == .delegate || principal.role == .observer || principal.role == .administrator
    }

    /// The decision as the principal may see it: reasons, comments and recorders removed for the public.
    public static func visible(_ decision: Decision, to principal: Principal?) -> Decision {
        guard !seesDeliberation(principal) else { return decision }
        var visible = decision
        visible.stances = decision.stances.map { stance in
            var stance = stance
            stance.reason = nil
            stance.recordedBy = ""
            return stance
        }
        visible.comments = []
        visible.proposedBy = ""
        if var procedure = visible.procedure {
            procedure.openedBy = ""
            visible.procedure = procedure
        }
        return visible
    }
}
