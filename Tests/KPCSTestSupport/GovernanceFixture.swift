import Foundation
import KPCSCore
import KPCSStore

/// A governance world on top of ``Fixture``: BW chairs the current year; delegates for BW, EU and AE; an observer
/// of the World Diamond Council.
public struct GovernanceFixture: Sendable {
    public let world: Fixture
    public let bwDelegate: Principal
    public let euDelegate: Principal
    public let aeDelegate: Principal
    public let wdcObserver: Principal

    public var store: Store { world.store }

    public static func make(_ store: Store) async throws -> GovernanceFixture {
        try await make(on: try await Fixture.make(store))
    }

    /// The governance world on a fixture already made.
    public static func make(on world: Fixture) async throws -> GovernanceFixture {
        let store = world.store
        let year = CalendarDate(utcDayOf: store.configuration.now()).year
        _ = try await store.governance.setChairmanship(
            year: year, ChairmanshipDraft(chair: "BW", viceChair: "EU"), by: world.admin)
        func delegate(_ code: String) async throws -> Principal {
            let username = "\(code.lowercased())-delegate"
            let account = try await store.accounts.create(
                username: username, password: Fixture.password, role: .delegate, authorityId: nil,
                participantCode: code)
            return Principal(
                accountId: account.id, username: username, role: .delegate, authority: nil, delegation: code)
        }
        let observer = try await store.accounts.create(
            username: "wdc-observer", password: Fixture.password, role: .observer, authorityId: nil,
            organisation: "WDC")
        return GovernanceFixture(
            world: world, bwDelegate: try await delegate("BW"), euDelegate: try await delegate("EU"),
            aeDelegate: try await delegate("AE"),
            wdcObserver: Principal(
                accountId: observer.id, username: "wdc-observer", role: .observer, authority: nil,
                organisation: "WDC"))
    }

    /// A decision with an optional effect, proposed by the EU delegate.
    public func propose(
        _ title: String = "Budget 2027", effect: DecisionEffectDraft? = nil
    ) async throws
        -> DecisionSummary
    {
        try await store.governance.propose(
            DecisionDraft(
                titleEn: title, titleFr: "\(title) (fr)", textEn: "The participants decide: \(title).",
                textFr: "Les participants décident : \(title).", effect: effect),
            by: euDelegate)
    }

    /// Proposes and opens a written procedure closing `hours` from now.
    public func openProcedure(
        _ title: String = "Budget 2027", effect: DecisionEffectDraft? = nil, hours: Double = 48
    ) async throws -> Int64 {
        let id = try await propose(title, effect: effect).decision.id
        let closesAt = Timestamp.string(store.configuration.now().addingTimeInterval(hours * 3600))
        _ = try await store.governance.openWrittenProcedure(
            id, WrittenProcedureDraft(closesAt: closesAt), by: bwDelegate)
        return id
    }
}
