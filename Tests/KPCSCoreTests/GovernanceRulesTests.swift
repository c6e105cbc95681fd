import Foundation
import KPCSCore
import Testing

/// The governance rules without a database: consensus, the deadline, the chair table, deadlines as written.
@Suite struct GovernanceRulesTests {
    static let opened = "2026-07-01T12:00:00.000Z"
    static let deadline = "2026-07-15T12:00:00.000Z"

    static func decision(_ stances: [(String, StancePosition, String)], quorum: Int = 1) -> Decision {
        Decision(
            id: 1, titleEn: "t", titleFr: "t", textEn: "x", textFr: "x", proposer: "BW", proposedBy: "bw",
            proposedAt: opened, effect: nil,
            procedure: DecisionProcedure(
                venue: .writtenProcedure, openedAt: opened, openedBy: "bw", closesAt: deadline, quorum: quorum),
            electorate: ["AE", "BW", "EU", "ZA"],
            stances: stances.map {
                Stance(participant: $0.0, position: $0.1, reason: nil, recordedAt: $0.2, recordedBy: "")
            })
    }

    @Test func oneObjectionBlocksAndSilenceIsNoObjection() {
        let before = "2026-07-02T00:00:00.000Z"
        let adopted = Self.decision([("BW", .supports, before)])
        #expect(
            ConsensusRule.tally(adopted)
                == DecisionTally(supports: 1, noObjection: 0, objectedBy: [], silent: 3, quorum: 1))
        #expect(ConsensusRule.tally(adopted).outcome == .adopted)
        let blocked = Self.decision([("BW", .supports, before), ("ZA", .objects, before)])
        #expect(
            ConsensusRule.tally(blocked).outcome == .notAdopted && ConsensusRule.tally(blocked).objectedBy == ["ZA"])
    }

    @Test func onlyTheElectorateAndStancesBeforeTheDeadlineCount() {
        let late = Self.decision([("BW", .supports, "2026-07-02T00:00:00.000Z"), ("ZA", .objects, Self.deadline)])
        #expect(ConsensusRule.tally(late).outcome == .adopted)
        let outsider = Self.decision([
            ("BW", .supports, "2026-07-02T00:00:00.000Z"), ("CF", .objects, "2026-07-03T00:00:00.000Z"),
        ])
        #expect(ConsensusRule.tally(outsider).outcome == .adopted)
        let changed = Self.decision([
            ("ZA", .objects, "2026-07-02T00:00:00.000Z"), ("ZA", .supports, "2026-07-03T00:00:00.000Z"),
        ])
        #expect(ConsensusRule.tally(changed).outcome == .adopted)
    }

    @Test func theQuorumCountsSupportsOnly() {
        let day = "2026-07-02T00:00:00.000Z"
        let short = Self.decision([("BW", .supports, day), ("EU", .noObjection, day)], quorum: 2)
        #expect(ConsensusRule.tally(short).outcome == .notAdopted)
        let enough = Self.decision([("BW", .supports, day), ("EU", .supports, day)], quorum: 2)
        #expect(ConsensusRule.tally(enough).outcome == .adopted)
        #expect(ConsensusRule.tally(Self.decision([], quorum: 0)).outcome == .adopted)
    }

    @Test func theStateIsComputedAtTheInstantOfReading() throws {
        let decision = Self.decision([("BW", .supports, "2026-07-02T00:00:00.000Z")])
        let before = try #require(Timestamp.date("2026-07-15T11:59:59.999Z"))
        let at = try #require(Timestamp.date(Self.deadline))
        #expect(ConsensusRule.state(of: decision, at: before) == .open)
        #expect(ConsensusRule.state(of: decision, at: at) == .adopted)
        var proposed = decision
        proposed.procedure = nil
        #expect(ConsensusRule.state(of: proposed, at: at) == .proposed)
        var closed = decision
        closed.closing = DecisionClosing(outcome: .notAdopted, number: nil, closedAt: Self.deadline, effect: nil)
        #expect(ConsensusRule.state(of: closed, at: at) == .notAdopted, "a written outcome is what reads")
    }

    @Test func theChairFollowsTheTable() {
        let rows = ChairHistory.rows
        #expect(ChairRule.chair(of: 2019, in: rows) == "IN")
        #expect(ChairRule.chair(of: 2020, in: rows) == nil)
        #expect(ChairRule.chair(of: 2021, in: rows) == "RU")
        #expect(ChairRule.chair(of: 2024, in: rows) == "AE" && ChairRule.chair(of: 2025, in: rows) == "AE")
        #expect(ChairRule.chair(of: 2026, in: rows) == nil, "no Vice-Chair is recorded for 2025")
        let elected = rows + [Chairmanship(year: 2026, chair: "BW", viceChair: "EU")]
        #expect(ChairRule.chair(of: 2027, in: elected) == "EU", "the Vice-Chair becomes Chair the year after")
        #expect(rows.map(\.year) == Array(2003...2025))
    }

    @Test func deadlinesAreReadAsPeopleAndFormsWriteThem() throws {
        #expect(UTCInstant.parse("2026-12-15T12:00").map(Timestamp.string) == "2026-12-15T12:00:00.000Z")
        #expect(UTCInstant.parse("2026-12-15T12:00Z").map(Timestamp.string) == "2026-12-15T12:00:00.000Z")
        #expect(UTCInstant.parse("2026-12-15T12:00:30.250Z").map(Timestamp.string) == "2026-12-15T12:00:30.250Z")
        for bad in [
            "", "2026-12-15", "2026-12-15T24:00", "2026-02-30T10:00", "2026-12-15T12:60", "2026-12-15T1:00",
            "2026-12-15T12:00:00.5Z", "٢٠٢٦-12-15T12:00", String(repeating: "9", count: 100), "2026-12-15T12:00+01:00",
        ] {
            #expect(UTCInstant.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func decisionNumbersFollowTheKPsForm() {
        #expect(
            ConsensusRule.number(year: 2017, venue: .plenary, sequence: 1)
                == "KP/2017/Plenary/Administrative Decision 1")
        #expect(
            ConsensusRule.number(year: 2026, venue: .writtenProcedure, sequence: 3)
                == "KP/2026/WP/Administrative Decision 3")
    }
}
