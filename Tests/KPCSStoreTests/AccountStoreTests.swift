import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import SQLKit
import Testing

/// Passwords, tokens, lockout and the registry's administration.
@Suite struct AccountStoreTests {
    @Test(arguments: TestEngine.all)
    func loginIssuesATokenThatExpiresAndCanBeRevoked(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let world = try await Fixture.make(store)
            let token = try await store.accounts.login(username: "bw-officer", password: Fixture.password)
            #expect(try await store.accounts.principal(forToken: token.token)?.authority?.participantCode == "BW")
            #expect(try await store.accounts.principal(forToken: token.token + "x") == nil)
            clock.advance(days: 1)
            #expect(try await store.accounts.principal(forToken: token.token) == nil)
            let fresh = try await store.accounts.login(username: "bw-officer", password: Fixture.password)
            try await store.accounts.revoke(token: fresh.token)
            #expect(try await store.accounts.principal(forToken: fresh.token) == nil)
            _ = world
        }
    }

    @Test(arguments: TestEngine.all)
    func passwordsAreStoredAsBcryptHashesAndTokensAsSHA256(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            _ = try await Fixture.make(store)
            let token = try await store.accounts.login(username: "admin", password: Fixture.password)
            let stored = try await store.database.read { db in
                (
                    try await db.raw("SELECT password_hash FROM accounts WHERE username = 'admin'").first()?.decode(
                        column: "password_hash", as: String.self) ?? "",
                    try await db.raw("SELECT token_hash FROM access_tokens").all().map {
                        try $0.decode(column: "token_hash", as: String.self)
                    }
                )
            }
            #expect(stored.0.hasPrefix("$2") && !stored.0.contains(Fixture.password))
            #expect(stored.1.count == 1 && stored.1[0].count == 64 && stored.1[0] != token.token)
        }
    }

    @Test(arguments: TestEngine.all)
    func repeatedFailuresLockTheAccountForAWhile(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            _ = try await Fixture.make(store)
            for _ in 0..<5 {
                await #expect(throws: KPCSError.unauthenticated(AccountMessage.loginFailed)) {
                    try await store.accounts.login(username: "eu-officer", password: "wrong-password")
                }
            }
            let locked = await #expect(throws: KPCSError.self) {
                try await store.accounts.login(username: "eu-officer", password: Fixture.password)
            }
            #expect(locked?.kind == .locked)
            clock.advance(days: 1)
            _ = try await store.accounts.login(username: "eu-officer", password: Fixture.password)
            await #expect(throws: KPCSError.unauthenticated(AccountMessage.loginFailed)) {
                try await store.accounts.login(username: "nobody", password: "whatever-password")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func accountsAreValidatedAndPasswordsReset(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            await #expect(throws: KPCSError.conflict(AccountMessage.usernameTaken(username: "admin"))) {
                try await store.accounts.create(
                    username: "admin", password: "long-enough-1", role: .observer, authorityId: nil)
            }
            await #expect(throws: KPCSError.self) {
                try await store.accounts.create(
                    username: "x y", password: "long-enough-1", role: .observer, authorityId: nil)
            }
            await #expect(throws: KPCSError.self) {
                try await store.accounts.create(username: "short", password: "short", role: .observer, authorityId: nil)
            }
            await #expect(throws: KPCSError.invalid(AccountMessage.officerNeedsAuthority, pointer: "/authorityId")) {
                try await store.accounts.create(
                    username: "officer2", password: "long-enough-1", role: .officer, authorityId: nil)
            }
            await #expect(
                throws: KPCSError.invalid(RegistryMessage.authorityUnknown(id: "999"), pointer: "/authorityId")
            ) {
                try await store.accounts.create(
                    username: "officer2", password: "long-enough-1", role: .officer, authorityId: 999)
            }
            let token = try await store.accounts.login(username: "observer", password: Fixture.password)
            try await store.accounts.resetPassword(username: "observer", password: "a-new-password")
            #expect(try await store.accounts.principal(forToken: token.token) == nil)
            _ = try await store.accounts.login(username: "observer", password: "a-new-password")
            _ = world
        }
    }

    @Test(arguments: TestEngine.all)
    func companiesAreRegisteredAndSuspendedByTheirOwnParticipant(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let company = try await store.registry.registerCompany(
                CompanyDraft(
                    name: "Gaborone Sorting", licenceNumber: "BW-9", address: "Plot 9\nGaborone", canExport: true,
                    canImport: false),
                by: world.bwOfficer)
            #expect(company.participantCode == "BW" && company.registeredBy == world.bwOfficer.authority?.id)
            await #expect(
                throws: KPCSError.forbidden(CertificateMessage.officerOtherParticipant(own: "BW", asked: "AE"))
            ) {
                try await store.registry.registerCompany(
                    CompanyDraft(
                        participantCode: "AE", name: "X", licenceNumber: "1", canExport: true, canImport: true),
                    by: world.bwOfficer)
            }
            await #expect(throws: KPCSError.conflict(RegistryMessage.licenceTaken(participant: "BW", licence: "BW-9")))
            {
                try await store.registry.registerCompany(
                    CompanyDraft(
                        name: "Other", licenceNumber: "BW-9", address: "Maun", canExport: true, canImport: false),
                    by: world.bwOfficer)
            }
            await #expect(
                throws: KPCSError.forbidden(
                    RegistryMessage.companyOtherParticipant(
                        company: "Gaborone Sorting", licensedBy: "BW", authorityParticipant: "AE"))
            ) {
                try await store.registry.setCompanySuspended(
                    company.id, suspended: true, reason: "x", by: world.aeOfficer)
            }
            await #expect(throws: KPCSError.self) {
                try await store.registry.registerCompany(
                    CompanyDraft(name: "Obs", licenceNumber: "O", canExport: true, canImport: false), by: world.observer
                )
            }
            let suspended = try await store.registry.setCompanySuspended(
                company.id, suspended: true, reason: "licence lapsed", by: world.bwOfficer)
            #expect(suspended.suspended && suspended.suspensionReason == "licence lapsed")
        }
    }

    @Test(arguments: TestEngine.all)
    func registryIsLoadedAndStatusChangesAreAdministratorsOnly(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let participants = try await store.registry.participants()
            #expect(participants.count == 88)
            #expect(participants.filter { $0.participantCode == "EU" && $0.code != "EU" }.count == 27)
            await #expect(throws: KPCSError.self) {
                try await store.registry.changeParticipantStatus(
                    "VE", to: .suspended, reason: "x", effectiveOn: nil, by: world.bwOfficer)
            }
            await #expect(throws: KPCSError.conflict(RegistryMessage.statusUnchanged(code: "VE", status: "active"))) {
                try await store.registry.changeParticipantStatus(
                    "VE", to: .active, reason: "x", effectiveOn: nil, by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.registry.changeParticipantStatus(
                    "BE", to: .suspended, reason: "x", effectiveOn: nil, by: world.admin)
            }
            await #expect(throws: KPCSError.self) {
                try await store.registry.changeParticipantStatus(
                    "VE", to: .suspended, reason: "x", effectiveOn: "2999-01-01", by: world.admin)
            }
            let changed = try await store.registry.changeParticipantStatus(
                "VE", to: .suspended, reason: "self-suspension", effectiveOn: "2008-11-01", by: world.admin)
            #expect(changed.status == .suspended)
            let history = try await store.registry.statusHistory(of: "VE")
            #expect(
                history.count == 1 && history[0].effectiveOn.description == "2008-11-01"
                    && history[0].recordedBy == "admin")
            await #expect(throws: KPCSError.self) {
                try await store.registry.createAuthority(
                    AuthorityDraft(
                        participantCode: "EU", memberState: "US", name: "x", canExport: true, canImport: false),
                    by: world.admin)
            }
        }
    }
}
