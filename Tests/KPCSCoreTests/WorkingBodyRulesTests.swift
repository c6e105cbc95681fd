import KPCSCore
import Testing

/// The seats of a body: what a seat may be, how a chair succeeds another, who records, and who sees persons.
@Suite struct WorkingBodyRulesTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static let participants: [String: Participant] = Dictionary(
        uniqueKeysWithValues: [("BW", "BW"), ("ZA", "ZA"), ("EU", "EU"), ("BE", "EU")].map { code, of in
            (
                code,
                Participant(
                    code: code, nameEn: code, nameFr: code, kind: code == "EU" ? .organisation : .country,
                    participantCode: of, status: .active, joined: 2003, region: "")
            )
        })

    static func body(_ seats: [BodySeat] = [], dissolvedOn: String? = nil) -> WorkingBody {
        WorkingBody(
            id: 1, code: "WGS", kind: .workingGroup, nameEn: "Working Group on Statistics",
            nameFr: "Groupe de travail sur les statistiques", dissolvedOn: dissolvedOn.map(day), seats: seats)
    }

    static func validate(_ draft: SeatDraft, on body: WorkingBody = body()) throws -> ValidSeat {
        try WorkingBodyRules.validate(
            draft, body: body, participants: participants, organisations: ["WDC"], accounts: ["wgs-analyst"])
    }

    @Test func aSeatNamesAKnownHolderOfItsKindAndEveryFaultIsNamed() throws {
        let seat = try Self.validate(SeatDraft(holderKind: "participant", code: "bw", startsOn: "2026-01-01"))
        #expect(seat.holder == .participant("BW") && seat.role == .member && seat.endsOn == nil)
        #expect(
            try Self.validate(SeatDraft(holderKind: "organisation", code: "WDC", startsOn: "2026-01-01")).holder
                == .organisation("WDC"))
        do {
            _ = try Self.validate(
                SeatDraft(holderKind: "person", code: "nobody", role: "chair", startsOn: "2026-13-01", endsOn: "x"))
            Issue.record("a bad seat passed")
        } catch let error as KPCSError {
            #expect(error.violations.map(\.pointer).sorted() == ["/code", "/endsOn", "/role", "/startsOn"])
        }
        // An EU member state sits through the EU; a term may not end before it starts.
        #expect(throws: KPCSError.self) {
            try Self.validate(SeatDraft(holderKind: "participant", code: "BE", startsOn: "2026-01-01"))
        }
        #expect(throws: KPCSError.self) {
            try Self.validate(
                SeatDraft(holderKind: "participant", code: "BW", startsOn: "2026-02-01", endsOn: "2026-01-31"))
        }
        #expect(throws: KPCSError.self) { try Self.validate(SeatDraft(code: "BW", startsOn: "2026-01-01")) }
    }

    @Test func aNewChairSucceedsTheOneInOfficeAndNoHolderSitsTwiceInOneRole() throws {
        let chair = BodySeat(
            id: 7, holder: .participant("ZA"), role: .chair, startsOn: Self.day("2024-01-01"), endsOn: nil)
        let member = BodySeat(
            id: 8, holder: .participant("BW"), role: .member, startsOn: Self.day("2024-01-01"), endsOn: nil)
        let body = Self.body([chair, member])
        let next = try Self.validate(
            SeatDraft(holderKind: "participant", code: "BW", role: "chair", startsOn: "2026-01-01"), on: body)
        #expect(next.succeeded.map(\.id) == [7] && next.succeeded.map(\.endsOn) == [Self.day("2026-01-01")])
        // BW is a member already: a second member seat over the same days is refused, a later one is not.
        #expect(throws: KPCSError.self) {
            try Self.validate(SeatDraft(holderKind: "participant", code: "BW", startsOn: "2026-01-01"), on: body)
        }
        // A chair whose term would start before the one in office began is a conflict, not a silent rewrite.
        #expect(throws: KPCSError.self) {
            try Self.validate(
                SeatDraft(holderKind: "participant", code: "BW", role: "chair", startsOn: "2023-06-01"), on: body)
        }
        // Members do not succeed one another.
        let other = try Self.validate(
            SeatDraft(holderKind: "organisation", code: "WDC", startsOn: "2025-01-01"), on: body)
        #expect(other.succeeded.isEmpty)
    }

    @Test func aTermHoldsFromItsFirstDayUpToItsEndDay() {
        let seat = BodySeat(
            id: 1, holder: .participant("BW"), role: .member, startsOn: Self.day("2025-01-01"),
            endsOn: Self.day("2026-01-01"))
        #expect(!seat.isHeld(on: Self.day("2024-12-31")))
        #expect(seat.isHeld(on: Self.day("2025-01-01")) && seat.isHeld(on: Self.day("2025-12-31")))
        #expect(!seat.isHeld(on: Self.day("2026-01-01")))
        #expect(!seat.overlaps(startsOn: Self.day("2026-01-01"), endsOn: nil))
        #expect(seat.overlaps(startsOn: Self.day("2025-12-31"), endsOn: Self.day("2026-01-01")))
    }

    @Test func aDissolvedBodyTakesNoNewSeatAndEndsTheTermsItHas() throws {
        let body = Self.body(dissolvedOn: "2026-06-01")
        #expect(throws: KPCSError.self) {
            try Self.validate(SeatDraft(holderKind: "participant", code: "BW", startsOn: "2026-06-01"), on: body)
        }
        let before = try Self.validate(
            SeatDraft(holderKind: "participant", code: "BW", startsOn: "2026-01-01"), on: body)
        #expect(before.endsOn == Self.day("2026-06-01"))
    }

    @Test func onlyAnAdministratorSeatsAPersonAndOnlyAdministratorsSeeThem() throws {
        let admin = Principal(accountId: 1, username: "admin", role: .administrator, authority: nil)
        let chairDelegate = Principal(
            accountId: 2, username: "bw-delegate", role: .delegate, authority: nil, delegation: "BW")
        let otherDelegate = Principal(
            accountId: 3, username: "za-delegate", role: .delegate, authority: nil, delegation: "ZA")
        try WorkingBodyRules.authorizeSeat(admin, holder: .person, chair: "BW", year: 2026)
        #expect(throws: KPCSError.self) {
            try WorkingBodyRules.authorizeSeat(chairDelegate, holder: .person, chair: "BW", year: 2026)
        }
        try WorkingBodyRules.authorizeSeat(chairDelegate, holder: .participant, chair: "BW", year: 2026)
        #expect(throws: KPCSError.self) {
            try WorkingBodyRules.authorizeSeat(otherDelegate, holder: .participant, chair: "BW", year: 2026)
        }
        let body = Self.body([
            BodySeat(
                id: 1, holder: .person("wgs-analyst"), role: .member, startsOn: Self.day("2026-01-01"), endsOn: nil),
            BodySeat(id: 2, holder: .participant("BW"), role: .chair, startsOn: Self.day("2026-01-01"), endsOn: nil),
        ])
        #expect(WorkingBodyRules.visible(body, to: admin).seats.count == 2)
        for who in [nil, chairDelegate] {
            #expect(WorkingBodyRules.visible(body, to: who).seats.map(\.id) == [2])
        }
        #expect(SchemeBody(bodyCode: "WGS") == .statistics && SchemeBody(bodyCode: "CHAIR") == .chair)
        #expect(SchemeBody(bodyCode: "CPC") == nil)
    }

    @Test func aBodysMeetingIsRecordedByItsChairOnTheFirstDayAndOnlyWhileTheBodyExists() throws {
        func delegate(_ code: String) -> Principal {
            Principal(accountId: 2, username: code, role: .delegate, authority: nil, delegation: code)
        }
        let body = Self.body([
            BodySeat(id: 1, holder: .participant("ZA"), role: .chair, startsOn: Self.day("2026-01-01"), endsOn: nil),
            BodySeat(
                id: 2, holder: .participant("BW"), role: .viceChair, startsOn: Self.day("2026-01-01"),
                endsOn: Self.day("2026-07-01")),
            BodySeat(id: 3, holder: .participant("EU"), role: .member, startsOn: Self.day("2026-01-01"), endsOn: nil),
        ])
        func authorize(_ who: Principal, chair: String? = "CA", on day: String) throws {
            try MeetingRules.authorizeRecord(who, chair: chair, year: 2026, body: body, startsOn: Self.day(day))
        }
        try authorize(delegate("ZA"), on: "2026-03-01")
        try authorize(delegate("BW"), on: "2026-06-30")
        try authorize(delegate("CA"), on: "2026-06-30")
        try authorize(
            Principal(accountId: 1, username: "admin", role: .administrator, authority: nil), on: "2026-01-01")
        #expect(throws: KPCSError.self, "the vice-chair's term has ended") {
            try authorize(delegate("BW"), on: "2026-07-01")
        }
        #expect(throws: KPCSError.self, "a member does not record") { try authorize(delegate("EU"), on: "2026-03-01") }
        #expect(throws: KPCSError.self, "no year without a Chair opens it to all") {
            try authorize(delegate("EU"), chair: nil, on: "2026-03-01")
        }
        #expect(throws: KPCSError.self, "an observer does not record") {
            try authorize(
                Principal(accountId: 3, username: "wdc", role: .observer, authority: nil, organisation: "WDC"),
                on: "2026-03-01")
        }
        try MeetingRules.checkMeets(Self.body(dissolvedOn: "2026-05-01"), startsOn: Self.day("2026-04-30"))
        #expect(throws: KPCSError.self) {
            try MeetingRules.checkMeets(Self.body(dissolvedOn: "2026-05-01"), startsOn: Self.day("2026-05-01"))
        }
        var young = Self.body()
        young.establishedOn = Self.day("2026-02-01")
        #expect(throws: KPCSError.self) { try MeetingRules.checkMeets(young, startsOn: Self.day("2026-01-31")) }
        try MeetingRules.checkMeets(young, startsOn: Self.day("2026-02-01"))
    }

    @Test func aMeetingNamesItsBodyExactlyWhenItIsABodys() throws {
        let draft = MeetingDraft(
            kind: "working-body", body: " wgs ", titleEn: "WGS", titleFr: "WGS", startsOn: "2026-03-01",
            endsOn: "2026-03-01", format: "online")
        #expect(try MeetingRules.validate(draft).body == "WGS")
        var plenary = draft
        plenary.kind = "plenary"
        #expect(throws: KPCSError.self) { try MeetingRules.validate(plenary) }
        plenary.body = nil
        #expect(try MeetingRules.validate(plenary).body == nil)
        var nameless = draft
        nameless.body = nil
        #expect(throws: KPCSError.self) { try MeetingRules.validate(nameless) }
        #expect(DecisionVenue(meeting: .workingBody) == nil && DecisionVenue(meeting: .plenary) == .plenary)
    }
}
