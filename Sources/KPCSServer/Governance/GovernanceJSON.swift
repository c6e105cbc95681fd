import KPCSCore
import KPCSStore

// The governance JSON shapes: decisions with their stances and tally, the chair table, observer organisations.

struct DecisionJSON: Codable, Sendable {
    struct StanceJSON: Codable, Sendable {
        let participant: String
        let position: String
        /// Shown to delegates, observers and administrators only.
        let reason: String?
        let recordedAt: String
        let recordedBy: String?
    }

    struct CommentJSON: Codable, Sendable {
        let organisation: String
        let position: String?
        let text: String
        let recordedAt: String
        let recordedBy: String
    }

    let id: Int64
    let titleEn: String
    let titleFr: String
    let textEn: String
    let textFr: String
    /// SHA-256 of the text as the `decision.proposed` log leaf gives it (docs/governance.md).
    let textSha256: String
    let proposer: String
    let proposedBy: String?
    let proposedAt: String
    let effect: DecisionEffect?
    /// `proposed`, `open`, `adopted` or `not-adopted`, computed when read.
    let state: String
    let venue: String?
    let openedAt: String?
    let closesAt: String?
    /// The meeting the decision is taken at; absent for a written procedure.
    let meetingId: Int64?
    let electorate: [String]
    let tally: DecisionTally
    let stances: [StanceJSON]
    let comments: [CommentJSON]
    /// What the closing wrote, once it ran: the number of an adopted decision and what became of its effect.
    let number: String?
    let closedAt: String?
    let effectResult: String?
    /// Recorded from the KP's own record of a decision taken before kpcs.
    let archived: Bool

    init(_ summary: DecisionSummary) {
        let d = summary.decision
        id = d.id
        titleEn = d.titleEn
        titleFr = d.titleFr
        textEn = d.textEn
        textFr = d.textFr
        textSha256 = DecisionTextHash.of(d)
        proposer = d.proposer
        proposedBy = d.proposedBy.isEmpty ? nil : d.proposedBy
        proposedAt = d.proposedAt
        effect = d.effect
        state = summary.state.rawValue
        venue = d.procedure?.venue.rawValue
        openedAt = d.procedure?.openedAt
        closesAt = d.procedure?.closesAt
        meetingId = d.procedure?.meetingId
        electorate = d.electorate
        tally = summary.tally
        stances = d.stances.map {
            StanceJSON(
                participant: $0.participant, position: $0.position.rawValue, reason: $0.reason,
                recordedAt: $0.recordedAt, recordedBy: $0.recordedBy.isEmpty ? nil : $0.recordedBy)
        }
        comments = d.comments.map {
            CommentJSON(
                organisation: $0.organisation, position: $0.position?.rawValue, text: $0.text,
                recordedAt: $0.recordedAt, recordedBy: $0.recordedBy)
        }
        number = d.closing?.number
        closedAt = d.closing?.closedAt
        effectResult = d.closing?.effect?.rawValue
        archived = d.archived
    }
}

struct ChairTableJSON: Codable, Sendable {
    struct Row: Codable, Sendable {
        let year: Int
        let chair: String?
        let viceChair: String?
        let decisionId: Int64?
    }

    /// This year and its Chair as the rule computes it (the Vice-Chair of the year before when no row says).
    let currentYear: Int
    let currentChair: String?
    let items: [Row]
}

struct ObserverOrganisationJSON: Codable, Sendable {
    let id: Int64
    let code: String
    let name: String
    let kind: String
    let admittedOn: String?

    init(_ o: ObserverOrganisation) {
        id = o.id
        code = o.code
        name = o.name
        kind = o.kind.rawValue
        admittedOn = o.admittedOn?.description
    }
}
