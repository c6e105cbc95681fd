import Testing

@testable import KPCSCore

/// Peer reviews and recommendations without a database: who records and signs off, what a review holds, and that a
/// recommendation closes only with evidence and a reviewer's sign-off, its status and overdue flag computed.
@Suite struct PeerReviewRulesTests {
    static let day = CalendarDate(year: 2026, month: 6, day: 1)!
    static let participants: Set<String> = ["BW", "CA", "EU", "CF", "ZA"]

    static func delegate(_ code: String) -> Principal {
        Principal(
            accountId: 1, username: "\(code.lowercased())-delegate", role: .delegate, authority: nil, delegation: code)
    }

    static let wgm = WorkingBody(
        id: 1, code: "WGM", kind: .workingGroup, nameEn: "WGM", nameFr: "WGM",
        seats: [
            BodySeat(
                id: 1, holder: .participant("CA"), role: .chair, startsOn: CalendarDate(year: 2026, month: 1, day: 1)!,
                endsOn: nil),
            BodySeat(
                id: 2, holder: .participant("ZA"), role: .member, startsOn: CalendarDate(year: 2026, month: 1, day: 1)!,
                endsOn: nil),
        ])

    static let review = PeerReview(
        id: 7, participant: "CF", kind: .mission, startsOn: day, endsOn: day.adding(days: 5),
        team: [
            TeamMember(holderKind: .participant, code: "EU", role: .leader),
            TeamMember(holderKind: .organisation, code: "CSC", role: .member),
        ],
        decisionId: 3, recordedAt: "2026-05-01T00:00:00.000Z")

    static func faults(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as KPCSError {
            return error.violations.isEmpty
                ? [error.message.key.code] : error.violations.map { "\($0.pointer) \($0.message.key.code)" }
        } catch { return ["\(error)"] }
    }

    @Test func theWGMsChairRecordsAReviewAndAParticipantInvitesItsOwnVisit() throws {
        try PeerReviewRules.authorizeRecord(
            Self.delegate("CA"), kind: .mission, participant: "CF", monitoring: Self.wgm, today: Self.day)
        try PeerReviewRules.authorizeRecord(
            Self.delegate("CF"), kind: .visit, participant: "CF", monitoring: Self.wgm, today: Self.day)
        #expect(throws: KPCSError.self) {
            try PeerReviewRules.authorizeRecord(
                Self.delegate("CF"), kind: .mission, participant: "CF", monitoring: Self.wgm, today: Self.day)
        }
        #expect(throws: KPCSError.self) {
            try PeerReviewRules.authorizeRecord(
                Self.delegate("ZA"), kind: .mission, participant: "CF", monitoring: Self.wgm, today: Self.day)
        }
    }

    @Test func aReviewNamesEveryFaultAtOnce() throws {
        let faults = Self.faults {
            _ = try PeerReviewRules.validate(
                PeerReviewDraft(
                    participant: "CF", kind: "mission", startsOn: "2026-06-10", endsOn: "2026-06-01",
                    team: [
                        .init(holderKind: "participant", code: "CF", role: "leader"),
                        .init(holderKind: "organisation", code: "CSC", role: "chief"),
                    ]),
                participants: Self.participants, organisations: ["CSC", "WDC"], decision: nil)
        }
        #expect(faults.contains("/endsOn review-days-out-of-range"), "\(faults)")
        #expect(faults.contains("/team/0/code review-member-unknown"), "the reviewed participant is not on its team")
        #expect(faults.contains("/team/1/role field-value-invalid"))
        #expect(faults.contains("/decision review-mission-needs-decision"))
        let visit = try PeerReviewRules.validate(
            PeerReviewDraft(
                participant: "cf", kind: "visit", startsOn: "2026-06-01", endsOn: "2026-06-03",
                team: [
                    .init(holderKind: "participant", code: "eu", role: "leader"),
                    .init(holderKind: "organisation", code: "CSC", role: "expert"),
                ]),
            participants: Self.participants, organisations: ["CSC"], decision: nil)
        #expect(visit.participant == "CF" && visit.team.map(\.code) == ["EU", "CSC"] && visit.decisionId == nil)
        #expect(
            Self.faults {
                _ = try PeerReviewRules.validate(
                    PeerReviewDraft(
                        participant: "CF", kind: "visit", startsOn: "2026-06-01", endsOn: "2026-06-01",
                        team: [.init(holderKind: "participant", code: "EU", role: "member")]),
                    participants: Self.participants, organisations: [], decision: nil)
            } == ["/team review-team-one-leader"])
    }

    static func recommendation(_ kinds: [RecommendationEventKind]) -> ReviewRecommendation {
        ReviewRecommendation(
            id: 1, reviewId: 7, number: 1, textEn: "Register every artisanal site.", textFr: "Enregistrer chaque site.",
            owner: "CF", deadline: day,
            events: kinds.map { kind in
                RecommendationEvent(
                    kind: kind, progress: kind == .progress ? 40 : nil,
                    outcome: kind == .signOff ? .implemented : nil, recordedAt: "2026-05-01T00:00:00.000Z",
                    recordedBy: "x")
            })
    }

    @Test func aRecommendationClosesOnlyWithEvidenceAndAReviewersSignOff() throws {
        let signOff = RecommendationEventDraft(kind: "sign-off", outcome: "implemented")
        let bare = Self.recommendation([.made, .progress])
        #expect(bare.status == .inProgress && bare.progress == 40)
        #expect(
            Self.faults { _ = try RecommendationRules.validate(signOff, of: bare, today: Self.day) } == [
                "recommendation-sign-off-needs-evidence"
            ])
        let evidenced = Self.recommendation([.made, .progress, .evidence])
        let event = try RecommendationRules.validate(signOff, of: evidenced, today: Self.day)
        #expect(event.kind == .signOff && event.outcome == .implemented)
        let closed = Self.recommendation([.made, .evidence, .signOff])
        #expect(closed.status == .implemented && !closed.isOverdue(today: Self.day.adding(days: 30)))
        #expect(
            Self.faults {
                _ = try RecommendationRules.validate(
                    RecommendationEventDraft(kind: "progress", progress: 90), of: closed, today: Self.day)
            } == ["recommendation-closed"])

        // Who signs off: a reviewer of the team, or a delegate on the WGM; never the reviewed participant or the owner.
        func signs(_ principal: Principal) -> Bool {
            (try? RecommendationRules.authorizeEntry(
                principal, kind: .signOff, review: Self.review, owner: "CF", ownerBody: nil, monitoring: Self.wgm,
                today: Self.day)) != nil
        }
        #expect(signs(Self.delegate("EU")) && signs(Self.delegate("ZA")))
        #expect(signs(Principal(accountId: 2, username: "csc", role: .observer, authority: nil, organisation: "CSC")))
        #expect(!signs(Self.delegate("CF")) && !signs(Self.delegate("BW")))
        let officer = Principal(
            accountId: 3, username: "cf-officer", role: .officer,
            authority: Authority(
                id: 1, participantCode: "CF", memberState: nil, name: "CF", canExport: true, canImport: true))
        #expect(!signs(officer))
        try RecommendationRules.authorizeEntry(
            officer, kind: .evidence, review: Self.review, owner: "CF", ownerBody: nil, monitoring: Self.wgm,
            today: Self.day)
        #expect(throws: KPCSError.self) {
            try RecommendationRules.authorizeEntry(
                Self.delegate("EU"), kind: .progress, review: Self.review, owner: "CF", ownerBody: nil,
                monitoring: Self.wgm, today: Self.day)
        }
    }

    @Test func entriesAreCheckedAndOverdueIsComputed() {
        let open = Self.recommendation([.made])
        #expect(
            open.status == .open && !open.isOverdue(today: Self.day) && open.isOverdue(today: Self.day.adding(days: 1)))
        #expect(
            Self.faults {
                _ = try RecommendationRules.validate(
                    RecommendationEventDraft(kind: "progress", progress: 101), of: open, today: Self.day)
            } == ["/progress recommendation-progress-out-of-range"])
        #expect(
            Self.faults {
                _ = try RecommendationRules.validate(
                    RecommendationEventDraft(kind: "milestone", on: "2026-06-02"), of: open, today: Self.day)
            } == ["/on recommendation-milestone-in-future", "/note field-required"])
        #expect(
            Self.faults {
                _ = try RecommendationRules.validate(
                    RecommendationEventDraft(kind: "evidence", note: "  "), of: open, today: Self.day)
            } == ["/note text-empty"])
        #expect(
            Self.faults {
                _ = try RecommendationRules.validate(RecommendationEventDraft(kind: "made"), of: open, today: Self.day)
            }
                == ["/kind recommendation-made-once"])
    }

    @Test func theCSVRoundTripsAndHostileCSVIsRefusedWithItsLine() throws {
        let items = [
            Self.recommendation([.made]),
            ReviewRecommendation(
                id: 2, reviewId: 7, number: 2, textEn: "Say \"why\", then act, twice\nand again", textFr: "Dire",
                owner: "WGM", deadline: Self.day, events: []),
        ]
        let text = RecommendationCSV.export(items, today: Self.day.adding(days: 1))
        #expect(
            text.hasPrefix(
                "number,owner,deadline,status,progress,overdue,text_en,text_fr\r\n1,CF,2026-06-01,open,,yes,"))
        let read = try RecommendationCSV.parse(text)
        #expect(read.numbered == [1, 2] && read.drafts.isEmpty, "exported rows name their numbers")
        let upload = "text_fr,owner,deadline,text_en\n\"Oui, \"\"vraiment\"\"\",cf,2026-12-31,\"Yes,\nreally\"\n"
        let rows = try RecommendationCSV.parse(upload)
        #expect(
            rows.drafts.map(\.draft) == [
                RecommendationDraft(
                    textEn: "Yes,\nreally", textFr: "Oui, \"vraiment\"", owner: "cf", deadline: "2026-12-31")
            ])
        for bad in [
            "owner,deadline\nCF,2026-01-01", "owner,deadline,text_en,text_fr\n\"open",
            "owner,deadline,text_en,text_fr\nCF,x\"y,a,b",
        ] {
            #expect(throws: KPCSError.self) { try RecommendationCSV.parse(bad) }
        }
        for field in ["a\r\nb", "\r", "\"", "x,y", "", "\"\u{0301}a"] {
            let written = CSVRecords.record([field, "z"])
            #expect(
                try CSVRecords.parse(written, maximumRecords: 2, maximumFields: 2, maximumFieldLength: 10) == [
                    [field, "z"]
                ], "\(field.debugDescription) reads back (a CRLF, a quote with a combining mark: one Character each, found by the fuzzer)")
        }
        let many = "owner,deadline,text_en,text_fr\n" + String(repeating: "CF,2026-01-01,a,b\n", count: 300)
        #expect(throws: KPCSError.self) { try RecommendationCSV.parse(many) }
    }
}
