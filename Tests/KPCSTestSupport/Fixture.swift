import KPCSCore
import KPCSStore

/// A small world for tests: Botswana exports, the EU imports, the UAE is a third party.
///
/// - BW: an exporting+importing authority, an export-only company and a suspended-later company
/// - EU: an authority in Belgium (both rights) and an import-only one in Germany, an importing company
/// - AE: an authority and a company, neither party to the fixture's certificates
public struct Fixture: Sendable {
    public let store: Store
    public let admin: Principal
    public let bwOfficer: Principal
    public let euOfficer: Principal
    /// Officer of the EU's import-only authority.
    public let euImportOnlyOfficer: Principal
    public let aeOfficer: Principal
    public let observer: Principal
    public let bwExporter: Company
    public let euImporter: Company
    public let aeCompany: Company
    public static let password = "fixture-password"

    public static func make(_ store: Store) async throws -> Fixture {
        let console = Principal(accountId: 0, username: "fixture", role: .administrator, authority: nil)
        func authority(
            _ participant: String, _ member: String?, _ name: String, export: Bool, import: Bool
        ) async throws -> Authority {
            try await store.registry.createAuthority(
                AuthorityDraft(
                    participantCode: participant, memberState: member, name: name, canExport: export,
                    canImport: `import`),
                by: console)
        }
        let bw = try await authority("BW", nil, "BW KP Office", export: true, import: true)
        let eu = try await authority("EU", "BE", "EU KP Antwerp", export: true, import: true)
        let euImportOnly = try await authority("EU", "DE", "EU KP Frankfurt", export: false, import: true)
        let ae = try await authority("AE", nil, "AE KP Office", export: true, import: true)
        func company(_ participant: String, _ name: String, export: Bool, import: Bool) async throws -> Company {
            try await store.registry.registerCompany(
                CompanyDraft(
                    participantCode: participant, name: name, licenceNumber: "L-\(name)",
                    address: "\(name) House\n1 Fixture Road\n\(participant)", canExport: export, canImport: `import`),
                by: console)
        }
        let bwExporter = try await company("BW", "Kalahari Exports", export: true, import: false)
        let euImporter = try await company("EU", "Antwerp Imports", export: true, import: true)
        let aeCompany = try await company("AE", "Dubai Traders", export: true, import: true)
        func principal(_ username: String, _ role: Role, _ authority: Authority?) async throws -> Principal {
            let account = try await store.accounts.create(
                username: username, password: password, role: role, authorityId: authority?.id)
            return Principal(accountId: account.id, username: username, role: role, authority: authority)
        }
        return Fixture(
            store: store, admin: try await principal("admin", .administrator, nil),
            bwOfficer: try await principal("bw-officer", .officer, bw),
            euOfficer: try await principal("eu-officer", .officer, eu),
            euImportOnlyOfficer: try await principal("eu-import-officer", .officer, euImportOnly),
            aeOfficer: try await principal("ae-officer", .officer, ae),
            observer: try await principal("observer", .observer, nil),
            bwExporter: bwExporter, euImporter: euImporter, aeCompany: aeCompany)
    }

    /// A valid BW → EU draft with two lines.
    public func draft(
        lines: [CertificateDraft.LineDraft]? = nil, replaces: String? = nil, expiresOn: String? = nil
    ) -> CertificateDraft {
        CertificateDraft(
            importingParticipant: "EU", exporterId: bwExporter.id, importerId: euImporter.id, origin: .single("BW"),
            lines: lines ?? [
                .init(hsCode: "7102.10", caratsX100: 123_456, valueUsdCents: 98_765_400, parcels: 3),
                .init(hsCode: "7102.31", caratsX100: 50_001, valueUsdCents: 1_000_000_01, parcels: 1),
            ],
            expiresOn: expiresOn, replaces: replaces)
    }

    /// Issues the default draft as the BW officer.
    public func issue() async throws -> CertificateRecord {
        try await store.certificates.issue(draft(), by: bwOfficer)
    }

    /// A confirmation receiving exactly what was certified.
    public static func exactReceipt(of certificate: Certificate, on day: String) -> ConfirmationDraft {
        ConfirmationDraft(
            receivedOn: day,
            lines: certificate.lines.map {
                .init(hsCode: $0.hsCode.rawValue, caratsX100: $0.caratsX100, parcels: $0.parcels)
            })
    }
}
