import Foundation
import KPCSCore
import KPCSStore
import KPCSTestSupport
import SQLKit
import Testing

/// Issuing through the store, on SQLite and (when configured) PostgreSQL.
@Suite struct IssueStoreTests {
    @Test(arguments: TestEngine.all)
    func issuedCertificateCarriesNumberNamesTotalsAndEvent(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            // setup
            let world = try await Fixture.make(store)
            // MUT
            let record = try await world.issue()
            // validate
            let certificate = record.certificate
            let year = CalendarDate(utcDayOf: Date()).year
            #expect(certificate.number == "BW-\(year)-000001")
            #expect(certificate.state == .issued)
            #expect(
                certificate.totals == CertificateTotals(caratsX100: 173_457, valueUsdCents: 198_765_401, parcels: 4))
            #expect(
                record.exportingParticipant.nameEn == "Botswana"
                    && record.importingParticipant.nameFr == "Union européenne")
            #expect(record.exporter.name == "Kalahari Exports" && record.importer.name == "Antwerp Imports")
            #expect(try await store.certificates.certificate(certificate.number, for: world.admin) == record)
            let events = try await store.certificates.events(of: certificate.number, for: .testReader)
            #expect(events.map(\.type) == [.issued] && events[0].actor == "bw-officer")
            let second = try await world.issue()
            #expect(second.certificate.number == "BW-\(year)-000002")
        }
    }

    @Test(arguments: TestEngine.all)
    func dryRunChecksEverythingAndStoresNothing(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let valid = try await store.certificates.validate(world.draft(), by: world.bwOfficer)
            #expect(valid.totals.parcels == 4)
            await #expect(throws: KPCSError.self) {
                try await store.certificates.validate(world.draft(lines: []), by: world.bwOfficer)
            }
            #expect(try await Self.count("certificates", store) == 0)
            #expect(try await Self.count("certificate_counters", store) == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func officerCannotIssueForAnotherParticipantNorWithoutExportRight(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            var forZA = world.draft()
            forZA.exportingParticipant = "ZA"
            await #expect(
                throws: KPCSError.forbidden(CertificateMessage.officerOtherParticipant(own: "BW", asked: "ZA"))
            ) {
                try await store.certificates.issue(forZA, by: world.bwOfficer)
            }
            // The AE officer names BW's exporter: not licensed by AE.
            let error = await #expect(throws: KPCSError.self) {
                try await store.certificates.issue(world.draft(), by: world.aeOfficer)
            }
            #expect(error?.violations.map(\.message.key.code) == [CertificateMessage.Code.exporterNotLicensed.rawValue])
            await #expect(
                throws: KPCSError.forbidden(CertificateMessage.authorityCannotExport(authority: "EU KP Frankfurt"))
            ) {
                try await store.certificates.issue(world.draft(), by: world.euImportOnlyOfficer)
            }
            await #expect(throws: KPCSError.self) {
                try await store.certificates.issue(world.draft(), by: world.observer)
            }
            await #expect(throws: KPCSError.self) { try await store.certificates.issue(world.draft(), by: world.admin) }
            #expect(try await Self.count("certificates", store) == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func suspendedParticipantOrCompanyCannotTrade(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            _ = try await store.registry.changeParticipantStatus(
                "EU", to: .suspended, reason: "test", effectiveOn: nil, by: world.admin)
            let error = await #expect(throws: KPCSError.self) { try await world.issue() }
            #expect(error?.violations.map(\.message.key.code) == [RegistryMessage.Code.participantNotActive.rawValue])
            _ = try await store.registry.changeParticipantStatus(
                "EU", to: .active, reason: "lifted", effectiveOn: nil, by: world.admin)
            _ = try await store.registry.setCompanySuspended(
                world.bwExporter.id, suspended: true, reason: "audit", by: world.bwOfficer)
            let suspended = await #expect(throws: KPCSError.self) { try await world.issue() }
            #expect(
                suspended?.violations.map(\.message.key.code) == [CertificateMessage.Code.companySuspended.rawValue])
            _ = try await store.registry.setCompanySuspended(
                world.bwExporter.id, suspended: false, reason: nil, by: world.bwOfficer)
            _ = try await world.issue()
            let history = try await store.registry.statusHistory(of: "EU")
            #expect(history.map(\.status) == [.suspended, .active] && history[0].reason == "test")
        }
    }

    @Test(arguments: TestEngine.all)
    func fiftyConcurrentIssuesGetFiftyDistinctGapFreeNumbers(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<50 { group.addTask { try await world.issue().certificate.number } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let sequences = numbers.compactMap { CertificateNumber.parse($0)?.sequence }.sorted()
            #expect(Set(numbers).count == 50)
            #expect(sequences == Array(1...50))
        }
    }

    @Test(arguments: TestEngine.all)
    func failureInTheMiddleOfAnIssueLeavesNothingBehind(engine: TestEngine) async throws {
        struct Injected: Error {}
        for step in IssueStep.allCases {
            try await withTestStore(
                engine,
                configure: { configuration in
                    configuration.faultInjector = { at in if at == step { throw Injected() } }
                }
            ) { store in
                let world = try await Fixture.make(store)
                await #expect(throws: Injected.self) { try await world.issue() }
                for table in ["certificates", "certificate_lines", "certificate_events", "certificate_counters"] {
                    #expect(try await Self.count(table, store) == 0, "\(table) after failure at \(step)")
                }
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func concurrentIssuesFailAloneAndLeaveNoGap(engine: TestEngine) async throws {
        struct Injected: Error {}
        let attempts = Counter()
        try await withTestStore(
            engine,
            configure: { configuration in
                // Every third issue fails after its lines are written, while others run beside it.
                configuration.faultInjector = { step in
                    if step == .linesInserted, attempts.increment() % 3 == 0 { throw Injected() }
                }
            }
        ) { store in
            let world = try await Fixture.make(store)
            let outcomes = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<30 { group.addTask { try? await world.issue().certificate.number } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let numbers = outcomes.compactMap { $0 }
            #expect(numbers.count == 20)
            #expect(numbers.compactMap { CertificateNumber.parse($0)?.sequence }.sorted() == Array(1...20))
            #expect(try await Self.count("certificates", store) == 20)
            #expect(try await Self.count("certificate_lines", store) == 40)
            #expect(try await Self.count("certificate_events", store) == 20)
        }
    }

    @Test(arguments: TestEngine.all)
    func aVoidedCertificateCanBeReplacedOnce(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            let first = try await world.issue().certificate.number
            let notVoided = await #expect(throws: KPCSError.self) {
                try await store.certificates.issue(world.draft(replaces: first), by: world.bwOfficer)
            }
            #expect(
                notVoided?.violations.map(\.message.key.code) == [CertificateMessage.Code.replacedNotVoided.rawValue])
            _ = try await store.certificates.void(first, reason: "typo in importer", by: world.bwOfficer)
            let replacement = try await store.certificates.issue(world.draft(replaces: first), by: world.bwOfficer)
            #expect(replacement.certificate.replaces == first)
            #expect(
                try await store.certificates.certificate(first, for: world.admin).certificate.replacedBy
                    == replacement.certificate.number)
            let twice = await #expect(throws: KPCSError.self) {
                try await store.certificates.issue(world.draft(replaces: first), by: world.bwOfficer)
            }
            #expect(twice?.violations.map(\.message.key.code) == [CertificateMessage.Code.replacedAlready.rawValue])
            #expect(
                try await store.certificates.events(of: replacement.certificate.number, for: .testReader).first?.detail
                    == "replaces \(first)")
        }
    }

    @Test(arguments: TestEngine.all)
    func listsShowEachOfficerOnlyItsOwnAndAddressedCertificates(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let world = try await Fixture.make(store)
            for _ in 0..<3 { _ = try await world.issue() }
            let page = try PageRequest(page: 1, perPage: 2)
            let bw = try await store.certificates.list(CertificateFilter(), page: page, for: world.bwOfficer)
            #expect(bw.total == 3 && bw.items.count == 2)
            #expect(try await store.certificates.list(CertificateFilter(), page: page, for: world.euOfficer).total == 3)
            #expect(try await store.certificates.list(CertificateFilter(), page: page, for: world.aeOfficer).total == 0)
            #expect(try await store.certificates.list(CertificateFilter(), page: page, for: world.observer).total == 3)
            #expect(
                try await store.certificates.list(CertificateFilter(state: .voided), page: page, for: world.admin).total
                    == 0)
            #expect(
                try await store.certificates.list(
                    CertificateFilter(importingParticipant: "EU"), page: page, for: world.admin
                ).total == 3)
            let number = bw.items[0].certificate.number
            await #expect(throws: KPCSError.forbidden(CertificateMessage.certificateNotVisible(number: number))) {
                try await store.certificates.certificate(number, for: world.aeOfficer)
            }
        }
    }

    /// A thread-safe counter for fault injection.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func increment() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }

    static func count(_ table: String, _ store: Store) async throws -> Int64 {
        try await store.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                column: "n", as: Int64.self) ?? -1
        }
    }
}
