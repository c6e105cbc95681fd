import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import SQLKit
import Testing

/// What a printed certificate says of its parties beyond their names: companies' addresses and licence numbers,
/// the issuing officer's name and function; saved and read on both engines, and added to an existing database.
@Suite struct PartyDetailsStoreTests {
    static let profile = AccountProfile(
        displayName: "Mpho Dube", function: "KP certificate officer, Ministry of Minerals")

    @Test(arguments: TestEngine.all)
    func aCompanyKeepsItsAddressAndCertificatesNameItWithTheLicence(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let company = try await store.registry.registerCompany(
                CompanyDraft(
                    name: "Okavango Rough", licenceNumber: "BW-9", address: " Plot 9 \r\nMaun\r\n\r\nBotswana ",
                    canExport: true, canImport: false),
                by: world.bwOfficer)
            #expect(company.address == "Plot 9\nMaun\nBotswana")
            #expect(try await store.registry.company(company.id)?.address == "Plot 9\nMaun\nBotswana")
            let listed = try await store.registry.companies(participant: "BW", page: try PageRequest()).items
            #expect(listed.first { $0.id == company.id }?.address == "Plot 9\nMaun\nBotswana")
            let required = KPCSError.validation([Violation("/address", RequestMessage.fieldRequired(field: "address"))])
            await #expect(throws: required) {
                try await store.registry.registerCompany(
                    CompanyDraft(name: "No Address", licenceNumber: "BW-10", canExport: true, canImport: false),
                    by: world.bwOfficer)
            }

            let issued = try await world.issue()
            #expect(issued.exporter.licenceNumber == "L-Kalahari Exports")
            #expect(issued.exporter.address == "Kalahari Exports House\n1 Fixture Road\nBW")
            #expect(issued.importer.licenceNumber == "L-Antwerp Imports")
            #expect(issued.importer.address == "Antwerp Imports House\n1 Fixture Road\nEU")
            let read = try await store.certificates.certificate(issued.certificate.number, for: world.euOfficer)
            #expect(read == issued)
        }
    }

    @Test(arguments: TestEngine.all)
    func anAccountKeepsItsProfileWhichOnlyTheAdministratorChanges(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let created = try await store.accounts.create(
                username: "bw-clerk", password: Fixture.password, role: .officer,
                authorityId: world.bwOfficer.authority?.id,
                profile: AccountProfile(displayName: " Mpho Dube ", function: ""))
            #expect(created.profile == AccountProfile(displayName: "Mpho Dube", function: nil))
            #expect(try await store.accounts.list().first { $0.username == "bw-clerk" }?.profile == created.profile)

            let changed = try await store.accounts.setProfile(
                username: "bw-clerk", profile: Self.profile, by: world.admin)
            #expect(changed.profile == Self.profile)
            #expect(try await store.accounts.list().first { $0.username == "bw-clerk" }?.profile == Self.profile)
            for refused in [world.bwOfficer, world.observer] {
                await #expect(throws: KPCSError.self) {
                    try await store.accounts.setProfile(
                        username: "bw-clerk", profile: AccountProfile(displayName: "Forged"), by: refused)
                }
            }
            await #expect(throws: KPCSError.notFound(AccountMessage.accountUnknown(username: "nobody"))) {
                try await store.accounts.setProfile(username: "nobody", profile: Self.profile, by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.accounts.setProfile(
                    username: "bw-clerk", profile: AccountProfile(displayName: String(repeating: "x", count: 101)),
                    by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.accounts.create(
                    username: "bw-clerk2", password: Fixture.password, role: .observer, authorityId: nil,
                    profile: AccountProfile(function: "two\nlines"))
            }
            #expect(try await store.accounts.list().first { $0.username == "bw-clerk" }?.profile == Self.profile)
            #expect(try await store.accounts.list().contains { $0.username == "bw-clerk2" } == false)
            let cleared = try await store.accounts.setProfile(
                username: "bw-clerk", profile: AccountProfile(displayName: " ", function: nil), by: world.admin)
            #expect(cleared.profile == AccountProfile())
        }
    }

    @Test(arguments: TestEngine.all)
    func aCertificateNamesItsIssuingOfficerAsTheAccountIsNamedOnlyToThoseWhoMayReadIt(
        engine: TestEngine
    ) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let before = try await world.issue()
            #expect(before.issuedBy == IssuingOfficer(username: "bw-officer"))
            #expect(before.issuedBy?.printedName == "bw-officer")
            _ = try await store.accounts.setProfile(username: "bw-officer", profile: Self.profile, by: world.admin)
            let issued = try await world.issue()
            #expect(issued.issuedBy == IssuingOfficer(username: "bw-officer", profile: Self.profile))
            #expect(issued.issuedBy?.printedName == "Mpho Dube")
            #expect(try await store.certificates.certificate(issued.certificate.number, for: world.admin) == issued)
            // Read as the account is named now, for the earlier certificate too.
            let earlier = try await store.certificates.certificate(before.certificate.number, for: world.observer)
            #expect(earlier.issuedBy?.profile == Self.profile)
            let page = try await store.certificates.list(
                CertificateFilter(), page: try PageRequest(), for: world.euOfficer)
            #expect(page.items.allSatisfy { $0.issuedBy?.printedName == "Mpho Dube" })
            // A reader the certificate's rule refuses gets nothing of it.
            await #expect(throws: KPCSError.self) {
                try await store.certificates.certificate(issued.certificate.number, for: world.aeOfficer)
            }
            let theirs = try await store.certificates.list(
                CertificateFilter(), page: try PageRequest(), for: world.aeOfficer)
            #expect(theirs.items.isEmpty)
        }
    }

    /// The migration on a database made before it: the columns are added empty, the rows already there read with
    /// no address and no profile, and they take new values.
    @Test(arguments: TestEngine.all)
    func migrationNineAddsEmptyColumnsToAnExistingDatabase(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            try await store.database.transaction { db in
                try await db.raw("DELETE FROM kpcs_migrations WHERE version = 9").run()
                for statement in [
                    "ALTER TABLE companies DROP COLUMN address", "ALTER TABLE accounts DROP COLUMN display_name",
                    "ALTER TABLE accounts DROP COLUMN official_function",
                ] {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await db.raw(
                    """
                    INSERT INTO companies (participant_code, name, licence_number, can_export, can_import, created_at)
                    VALUES ('BW', 'Old Exports', 'OLD-1', 1, 0, '2025-01-01T00:00:00.000Z')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO accounts (username, password_hash, role, created_at)
                    VALUES ('old-observer', 'not-a-hash', 'observer', '2025-01-01T00:00:00.000Z')
                    """
                ).run()
            }
            #expect(try await Migrator.migrate(store.database) == ["009 party details"])
            #expect(try await Migrator.migrate(store.database).isEmpty)

            let companies = try await store.registry.companies(participant: "BW", page: try PageRequest()).items
            let old = try #require(companies.first { $0.licenceNumber == "OLD-1" })
            #expect(old.name == "Old Exports" && old.address == nil)
            #expect(companies.first { $0.id == world.bwExporter.id }?.address == nil, "the dropped column is empty")
            let accounts = try await store.accounts.list()
            #expect(accounts.first { $0.username == "old-observer" }?.profile == AccountProfile())
            let named = try await store.accounts.setProfile(
                username: "old-observer", profile: AccountProfile(displayName: "A. Reader"), by: world.admin)
            #expect(named.profile.displayName == "A. Reader")
            // A certificate between companies without an address names them without one.
            let issued = try await world.issue()
            #expect(issued.exporter.address == nil && issued.exporter.licenceNumber == "L-Kalahari Exports")
            #expect(
                try await store.certificates.certificate(issued.certificate.number, for: world.admin).exporter.address
                    == nil)
        }
    }
}
