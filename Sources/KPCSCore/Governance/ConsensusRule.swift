import Foundation

/// Whether a decision was adopted.
public enum DecisionOutcome: String, Codable, Sendable, CaseIterable {
    case adopted
    case notAdopted = "not-adopted"
}

/// Where a decision stands when it is read: computed from its stored facts and the instant of reading, never
/// stored as a flag. A decision past its deadline reads adopted or not adopted whether or not the closing ran.
public enum DecisionState: String, Codable, Sendable, CaseIterable {
    /// Proposed, not yet put to the participants by the Chair.
    case proposed
    /// Open for stances until its deadline.
    case open
    case adopted
    case notAdopted = "not-adopted"
}

/// The count behind an outcome: the latest stance of each entitled participant recorded before the deadline.
public struct DecisionTally: Codable, Sendable, Equatable {
    public var supports: Int
    public var noObjection: Int
    /// The entitled participants whose latest stance objects, in code order.
    public var objectedBy: [String]
    /// Entitled participants with no stance: silence is no objection.
    public var silent: Int
    /// The supports the rules require.
    public var quorum: Int

    public var outcome: DecisionOutcome {
        objectedBy.isEmpty && supports >= quorum ? .adopted : .notAdopted
    }

    public init(supports: Int, noObjection: Int, objectedBy: [String], silent: Int, quorum: Int) {
        self.supports = supports
        self.noObjection = noObjection
        self.objectedBy = objectedBy
        self.silent = silent
        self.quorum = quorum
    }
}

/// The KP's rule of consensus: a decision is adopted when no participant entitled to decide objects by the
/// deadline and at least the quorum of them support it. One objection blocks. Observers' comments never count,
/// nor does the stance of a participant outside the electorate.
public enum ConsensusRule {
    /// The tally of the stances recorded before the deadline.
    public static func tally(_ decision: Decision) -> DecisionTally {
        let electorate = Set(decision.electorate)
        let deadline = decision.procedure?.closesAt
        var latest: [String: StancePosition] = [:]
        for stance in decision.stances where electorate.contains(stance.participant) {
            if let deadline, stance.recordedAt >= deadline { continue }
            latest[stance.participant] = stance.position
        }
        return DecisionTally(
            supports: latest.values.filter { $0 == .supports }.count,
            noObjection: latest.values.filter { $0 == .noObjection }.count,
            objectedBy: latest.filter { $0.value == .objects }.map(\.key).sorted(),
            silent: electorate.count - latest.count, quorum: decision.procedure?.quorum ?? 0)
    }

    /// The state at an instant: the closing's outcome once written, else the tally's once the deadline passed.
    public static func state(of decision: Decision, at now: Date) -> DecisionState {
        if let closing = decision.closing { return closing.outcome == .adopted ? .adopted : .notAdopted }
        guard let procedure = decision.procedure else { return .proposed }
        guard isPast(procedure.closesAt, at: now) else { return .open }
        return tally(decision).outcome == .adopted ? .adopted : .notAdopted
    }

    /// Whether a deadline has passed at an instant (a stance at the deadline itself is late).
    public static func isPast(_ deadline: String, at now: Date) -> Bool {
        Timestamp.string(now) >= deadline
    }

    /// The number an adopted decision takes: `KP/2026/WP/Administrative Decision 3`.
    public static func number(year: Int, venue: DecisionVenue, sequence: Int) -> String {
        "KP/\(year)/\(venue.numberPart)/Administrative Decision \(sequence)"
    }
}
