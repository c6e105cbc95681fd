import Foundation
import KPCSCore
import KPCSStore

/// The authorities, companies and officers the demo year trades through: the demo's own where they exist, and
/// for other participants an authority, a licensed company and an officer account (random password, never
/// printed: these accounts only sign the generated certificates).
struct DemoYearRegistry: Sendable {
    /// Officers by participant: one per authority; the first one exports.
    var officers: [String: [Principal]] = [:]
    /// A company that may export and import, by participant.
    var companies: [String: Company] = [:]
    /// The zones of each producer that no decision ever found non-compliant, by code.
    var zones: [String: [String]] = [:]

    static func prepare(_ store: Store, participants codes: [String]) async throws -> DemoYearRegistry {
        let admin = Principal(accountId: 0, username: "demo-year", role: .administrator, authority: nil)
        var registry = DemoYearRegistry()
        let accounts = try await store.accounts.list()
        for code in codes {
            var authorities = try await store.registry.authorities(participant: code)
            if !authorities.contains(where: { $0.canExport && $0.canImport }) {
                let name = try await store.registry.participant(code)?.nameEn ?? code
                authorities.append(
                    try await store.registry.createAuthority(
                        AuthorityDraft(
                            participantCode: code, memberState: code == "EU" ? "BE" : nil,
                            name: "\(name) KP Authority (demo year)",
                            canExport: true, canImport: true),
                        by: admin))
            }
            authorities.sort {
                ($0.canExport && $0.canImport ? 0 : 1, $0.id) < ($1.canExport && $1.canImport ? 0 : 1, $1.id)
            }
            for authority in authorities {
                let account: Account
                if let existing = accounts.first(where: {
                    $0.role == .officer && $0.authorityId == authority.id && !$0.disabled
                }) {
                    account = existing
                } else {
                    account = try await store.accounts.create(
                        username: "dy-\(code.lowercased())-\(authority.id)-officer",
                        password: UUID().uuidString + UUID().uuidString,
                        role: .officer, authorityId: authority.id)
                }
                registry.officers[code, default: []].append(
                    Principal(accountId: account.id, username: account.username, role: .officer, authority: authority))
            }
            let listed = try await store.registry.companies(participant: code, page: PageRequest(perPage: 200)).items
            if let company = listed.first(where: { $0.canExport && $0.canImport && !$0.suspended }) {
                registry.companies[code] = company
            } else {
                let name = try await store.registry.participant(code)?.nameEn ?? code
                registry.companies[code] = try await store.registry.registerCompany(
                    CompanyDraft(
                        participantCode: code, name: "\(name) Rough Trading (demo year)", licenceNumber: "DY-\(code)-1",
                        address: "1 Demo Year Street\n\(name)", canExport: true, canImport: true),
                    by: admin)
            }
        }
        for code in codes {
            let usable = try await store.monitoring.zones(of: code).filter { zone in
                !zone.history.contains { $0.status == .nonCompliant }
            }
            if !usable.isEmpty { registry.zones[code] = usable.map(\.code) }
        }
        return registry
    }
}
