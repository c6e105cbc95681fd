import Foundation
import KPCSCore
import KPCSStore

/// Demo authorities, companies, accounts and a few dozen certificates in every state, created through the same
/// store functions as real ones. Loaded by `kpcs serve --demo`; the accounts are printed by `kpcs demo accounts`.
///
/// Every name here is invented. The passwords are public by design: never load the demo into a real deployment.
public enum DemoData {
    /// A demo login.
    public struct DemoAccount: Sendable {
        public let username: String
        public let password: String
        public let role: Role
        /// The participant of the officer's authority, or the participant a delegate speaks for; empty for other
        /// roles.
        public let participant: String
        /// The scheme body the account sits on, if any.
        public var body: SchemeBody? = nil
        /// The observer organisation of an observer account, by code.
        public var organisation: String? = nil
    }

    struct DemoAuthority {
        let participant: String
        let memberState: String?
        let name: String
        let canExport: Bool
        let canImport: Bool
    }

    struct DemoCompany {
        let participant: String
        let name: String
        let licence: String
        let canExport: Bool
        let canImport: Bool
        let address: String
    }

    static let authorities: [DemoAuthority] = [
        DemoAuthority(
            participant: "BW", memberState: nil, name: "Botswana Demo KP Office", canExport: true, canImport: true),
        DemoAuthority(
            participant: "ZA", memberState: nil, name: "South Africa Demo Diamond Regulator", canExport: true,
            canImport: true),
        DemoAuthority(
            participant: "EU", memberState: "BE", name: "EU Demo KP Authority, Antwerp", canExport: true,
            canImport: true),
        DemoAuthority(
            participant: "EU", memberState: "DE", name: "EU Demo KP Authority, Frankfurt", canExport: false,
            canImport: true),
        DemoAuthority(
            participant: "AE", memberState: nil, name: "UAE Demo KP Office, Dubai", canExport: true, canImport: true),
        DemoAuthority(
            participant: "IN", memberState: nil, name: "India Demo KP Cell, Mumbai", canExport: true, canImport: true),
        DemoAuthority(
            participant: "CA", memberState: nil, name: "Canada Demo KP Office", canExport: true, canImport: true),
    ]

    static let companies: [DemoCompany] = [
        DemoCompany(
            participant: "BW", name: "Kalahari Rough Exports (demo)", licence: "BW-EXP-001", canExport: true,
            canImport: false, address: "Plot 1024, Demo Industrial Park\nGaborone, Botswana"),
        DemoCompany(
            participant: "BW", name: "Gaborone Diamond Sorting (demo)", licence: "BW-EXP-002", canExport: true,
            canImport: true, address: "Plot 2048, Sorting House Road\nGaborone, Botswana"),
        DemoCompany(
            participant: "ZA", name: "Kimberley Mine Traders (demo)", licence: "ZA-001", canExport: true,
            canImport: true, address: "14 Example Street\nKimberley 8301\nSouth Africa"),
        DemoCompany(
            participant: "EU", name: "Antwerp Rough Trading NV (demo)", licence: "BE-ANR-104", canExport: true,
            canImport: true, address: "Demostraat 12, bus 3\n2018 Antwerpen\nBelgium"),
        DemoCompany(
            participant: "AE", name: "Dubai Rough Diamonds DMCC (demo)", licence: "AE-DMCC-77", canExport: true,
            canImport: true, address: "Office 904, Demo Tower\nJumeirah Lakes Towers, Dubai\nUnited Arab Emirates"),
        DemoCompany(
            participant: "IN", name: "Surat Rough Imports Pvt Ltd (demo)", licence: "IN-SRT-12", canExport: true,
            canImport: true, address: "Office 12, Demo Diamond House\nVarachha Road, Surat 395006\nIndia"),
        DemoCompany(
            participant: "CA", name: "Northern Lights Diamonds Inc. (demo)", licence: "CA-NT-9", canExport: true,
            canImport: true, address: "100 Sample Avenue, Suite 2\nYellowknife NT X1A 0A1\nCanada"),
    ]

    /// Every demo account. Officers are tied to the first demo authority of their participant.
    public static let accounts: [DemoAccount] =
        [
            DemoAccount(username: "demo-admin", password: "demo-admin-password", role: .administrator, participant: ""),
            DemoAccount(username: "bw-officer", password: "demo-bw-password", role: .officer, participant: "BW"),
            DemoAccount(username: "za-officer", password: "demo-za-password", role: .officer, participant: "ZA"),
            DemoAccount(username: "eu-officer", password: "demo-eu-password", role: .officer, participant: "EU"),
            DemoAccount(username: "ae-officer", password: "demo-ae-password", role: .officer, participant: "AE"),
            DemoAccount(username: "in-officer", password: "demo-in-password", role: .officer, participant: "IN"),
            DemoAccount(username: "ca-officer", password: "demo-ca-password", role: .officer, participant: "CA"),
            DemoAccount(
                username: "wdc-observer", password: "demo-observer-password", role: .observer, participant: "",
                organisation: "WDC"),
            DemoAccount(
                username: "csc-observer", password: "demo-observer-password", role: .observer, participant: "",
                organisation: "CSC"),
            DemoAccount(
                username: "kp-chair", password: "demo-chair-password", role: .observer, participant: "", body: .chair),
            DemoAccount(
                username: "wgs-analyst", password: "demo-wgs-password", role: .observer, participant: "",
                body: .statistics),
        ]
        + DemoGovernance.delegates.map {
            DemoAccount(
                username: "\($0.lowercased())-delegate", password: "demo-delegate-password", role: .delegate,
                participant: $0)
        }

    /// The names and functions the demo officers' certificates print (invented, as every name here).
    static let profiles: [String: AccountProfile] = [
        "bw-officer": AccountProfile(
            displayName: "Mpho Dube", function: "KP certificate officer, Ministry of Minerals"),
        "za-officer": AccountProfile(
            displayName: "Thandiwe Nkosi", function: "Diamond export inspector, Diamond Regulator"),
        "eu-officer": AccountProfile(displayName: "Lotte Peeters", function: "KP officer, EU authority in Antwerp"),
        "ae-officer": AccountProfile(displayName: "Omar Al Falasi", function: "KP certificate officer, Dubai"),
        "in-officer": AccountProfile(displayName: "Priya Mehta", function: "KP validating officer, Mumbai"),
        "ca-officer": AccountProfile(displayName: "Claire Tremblay", function: "KP export officer, Canada"),
    ]

    /// The demo accounts as CSV: `username,password,role,participant,body,organisation`.
    public static var accountsCSV: String {
        (["username,password,role,participant,body,organisation"]
            + accounts.map {
                """
                \($0.username),\($0.password),\($0.role.rawValue),\($0.participant),\($0.body?.rawValue ?? ""),\
                \($0.organisation ?? "")
                """
            })
            .joined(separator: "\n") + "\n"
    }

    /// Loads the demo into a store, unless it is there already. Returns the number of certificates created.
    @discardableResult
    public static func load(into store: Store) async throws -> Int {
        if try await store.accounts.list().contains(where: { $0.username == accounts[0].username }) { return 0 }
        let admin = Principal(accountId: 0, username: "demo-loader", role: .administrator, authority: nil)
        var authorityByParticipant: [String: Authority] = [:]
        for demo in authorities {
            let authority = try await store.registry.createAuthority(
                AuthorityDraft(
                    participantCode: demo.participant, memberState: demo.memberState, name: demo.name,
                    canExport: demo.canExport, canImport: demo.canImport),
                by: admin)
            if authorityByParticipant[demo.participant] == nil { authorityByParticipant[demo.participant] = authority }
        }
        var companyByParticipant: [String: [Company]] = [:]
        for demo in companies {
            let company = try await store.registry.registerCompany(
                CompanyDraft(
                    participantCode: demo.participant, name: demo.name, licenceNumber: demo.licence,
                    address: demo.address, canExport: demo.canExport, canImport: demo.canImport),
                by: admin)
            companyByParticipant[demo.participant, default: []].append(company)
        }
        var officers: [String: Principal] = [:]
        var accountsByName: [String: Account] = [:]
        for demo in accounts {
            let authority = demo.role == .officer ? authorityByParticipant[demo.participant] : nil
            let account = try await store.accounts.create(
                username: demo.username, password: demo.password, role: demo.role, authorityId: authority?.id,
                body: demo.body, profile: profiles[demo.username] ?? AccountProfile(),
                participantCode: demo.role == .delegate ? demo.participant : nil, organisation: demo.organisation)
            if let authority {
                officers[demo.participant] = Principal(
                    accountId: account.id, username: account.username, role: .officer, authority: authority)
            }
            accountsByName[demo.username] = account
        }
        let created = try await DemoCertificates(store: store, officers: officers, companies: companyByParticipant)
            .create()
        try await DemoGovernance(store: store, accounts: accountsByName).create()
        return created
    }
}
