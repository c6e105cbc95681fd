import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// The bodies of the scheme through the store, on both engines: the seeded bodies, who gives seats, a chair's
/// succession, persons' seats as the statistics access of an account, and the public leaves of seats.
@Suite struct WorkingBodyStoreTests {
    static func seats(_ store: Store, _ code: String) async throws -> Int {
        try await store.governance.workingBody(code, for: nil).seats.count
    }

    @Test(arguments: TestEngine.all)
    func theBodiesOfTheSchemeAreSeededAndPublic(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let page = try await store.governance.workingBodies(page: try PageRequest(), for: nil)
            #expect(page.items.map(\.code) == ["CHAIR", "CPC", "CRP", "WGAAP", "WGDE", "WGM", "WGS"])
            let wgs = try await store.governance.workingBody("WGS", for: nil)
            #expect(wgs.kind == .workingGroup && wgs.nameFr == "Groupe de travail sur les statistiques")
            #expect(wgs.establishedOn == nil && wgs.termsOfReference == nil && wgs.seats.isEmpty)
            await #expect(throws: KPCSError.self) { try await store.governance.workingBody("NOPE", for: nil) }
        }
    }

    @Test(arguments: TestEngine.all)
    func theChairsDelegateGivesSeatsAndOthersAreRefusedWithNothingWritten(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            let draft = SeatDraft(holderKind: "participant", code: "ZA", role: "chair", startsOn: "\(year)-01-01")
            let leavesBefore = try await store.log.entries(from: 0, limit: 1000).count
            for who in [g.euDelegate, g.world.bwOfficer, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.addSeat(to: "WGM", draft, by: who)
                }
            }
            // Not a term of another year: 2023 was Zimbabwe's.
            var archived = draft
            archived.startsOn = "2023-01-01"
            await #expect(throws: KPCSError.self) {
                try await store.governance.addSeat(to: "WGM", archived, by: g.bwDelegate)
            }
            #expect(try await Self.seats(store, "WGM") == 0, "nothing refused was written")
            #expect(try await store.log.entries(from: 0, limit: 1000).count == leavesBefore)

            let first = try await store.governance.addSeat(to: "WGM", draft, by: g.bwDelegate)
            #expect(first.holder(of: .chair, on: CalendarDate(utcDayOf: clock.now)) == .participant("ZA"))
            let old = try #require(first.seats.first)
            // The EU succeeds ZA from 1 July; ZA's term ends that day, and each change is a public leaf.
            let next = try await store.governance.addSeat(
                to: "WGM", SeatDraft(holderKind: "participant", code: "EU", role: "chair", startsOn: "\(year)-07-01"),
                by: g.world.admin)
            #expect(next.seats.first { $0.id == old.id }?.endsOn == CalendarDate(iso: "\(year)-07-01"))
            #expect(next.holder(of: .chair, on: CalendarDate(iso: "\(year)-07-01")!) == .participant("EU"))
            let ended = try await store.governance.endSeat(
                old.id, of: "WGM", SeatEndDraft(endsOn: "\(year)-03-01"), by: g.bwDelegate)
            #expect(ended.seats.first { $0.id == old.id }?.endsOn == CalendarDate(iso: "\(year)-03-01"))
            await #expect(throws: KPCSError.self, "a term is only made shorter") {
                try await store.governance.endSeat(
                    old.id, of: "WGM", SeatEndDraft(endsOn: "\(year)-05-01"), by: g.world.admin)
            }
            let leaves = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            .filter { $0.contains("\"event\":\"body.seat\"") }
            #expect(leaves.count == 4, "ZA given, ZA ended by succession, EU given, ZA shortened")
            #expect(leaves.allSatisfy { $0.contains("\"body\":\"WGM\"") && !$0.contains("delegate") })
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aPersonsSeatOnTheWGSIsTheStatisticsAccessOfTheAccount(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await store.accounts.create(
                username: "analyst", password: Fixture.password, role: .observer, authorityId: nil)
            func body() async throws -> SchemeBody? {
                let token = try await store.accounts.login(username: "analyst", password: Fixture.password)
                return try await store.accounts.principal(forToken: token.token)?.body
            }
            #expect(try await body() == nil)
            let today = CalendarDate(utcDayOf: clock.now).description
            let person = SeatDraft(holderKind: "person", code: "analyst", startsOn: today)
            await #expect(throws: KPCSError.self, "only an administrator seats a person") {
                try await store.governance.addSeat(to: "WGS", person, by: g.bwDelegate)
            }
            #expect(try await body() == nil)
            let leaves = try await store.log.entries(from: 0, limit: 1000).count
            let wgs = try await store.governance.addSeat(to: "WGS", person, by: g.world.admin)
            #expect(try await body() == .statistics)
            #expect(try await store.log.entries(from: 0, limit: 1000).count == leaves, "a person's seat is no leaf")
            #expect(try await store.governance.workingBody("WGS", for: nil).seats.isEmpty, "persons are not public")
            #expect(try await store.governance.workingBody("WGS", for: g.bwDelegate).seats.isEmpty)
            let seat = try #require(wgs.seats.first)
            _ = try await store.governance.endSeat(seat.id, of: "WGS", SeatEndDraft(endsOn: today), by: g.world.admin)
            #expect(try await body() == nil, "the term ended today")

            // The account's `body`, as before, now writes the seat: on the Chair's office, then off it.
            let onChair = try await store.accounts.setSchemeBody(username: "analyst", body: .chair, by: g.world.admin)
            let onChairNow = try await body()
            #expect(onChair.body == .chair && onChairNow == .chair)
            #expect(try await store.accounts.list().first { $0.username == "analyst" }?.body == .chair)
            let off = try await store.accounts.setSchemeBody(username: "analyst", body: nil, by: g.world.admin)
            let offNow = try await body()
            #expect(off.body == nil && offNow == nil)
            let office = try await store.governance.workingBody("CHAIR", for: g.world.admin)
            #expect(office.seats.map(\.holder) == [.person("analyst")] && office.seats.first?.endsOn != nil)
            // An account made with a body holds its seat from the day it is made.
            let made = try await store.accounts.create(
                username: "statistician", password: Fixture.password, role: .observer, authorityId: nil,
                body: .statistics)
            #expect(made.body == .statistics)
            #expect(try await store.accounts.list().first { $0.username == "statistician" }?.body == .statistics)
        }
    }
}
