import Benchmark
import Foundation
import KPCSCore
import KPCSSeal
@_spi(Benchmarks) import KPCSStore
import Logging

/// Online verification of one genuine seal (`store.keys.verifyOnline`, behind `POST /api/v1/verify` and
/// `/verify`) on a database with 10 voided certificates and on one with 100,000, in the same run: the seal's key and
/// certificate are looked up in one statement, so the two should take the same time.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 100,
        maxDuration: .seconds(5), maxIterations: 100_000)

    for voided in [10, 100_000] {
        let name = "verify a seal online, \(voided.formatted()) voided certificates (SQLite)"
        Benchmark(name) { benchmark in
            let world = try VerificationWorld.current(voided)
            for _ in benchmark.scaledIterations {
                blackHole(try await world.store.keys.verifyOnline(world.seal))
            }
        } setup: {
            try await VerificationWorld.start(voided: voided)
        } teardown: {
            await VerificationWorld.stop(voided)
        }
    }

    // What online verification did before (issue 14): read the whole trust list and void list, then verify.
    Benchmark(
        "before: read every key and every voided certificate, then verify (100,000 voided, SQLite)",
        configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds, maxDuration: .seconds(10))
    ) { benchmark in
        let world = try VerificationWorld.current(100_000)
        for _ in benchmark.scaledIterations {
            let verifier = SealVerifier(
                trustList: try await world.store.keys.trustList(), voidList: try await world.store.keys.voidList())
            blackHole(verifier.verify(world.seal, at: Date()))
        }
    } setup: {
        try await VerificationWorld.start(voided: 100_000)
    } teardown: {
        await VerificationWorld.stop(100_000)
    }
}

/// A store with one authority, a genuine sealed certificate, and `voided` voided certificates.
struct VerificationWorld: Sendable {
    let store: Store
    let seal: String

    nonisolated(unsafe) static var worlds: [Int: VerificationWorld] = [:]

    struct NotStarted: Error {}

    static func current(_ voided: Int) throws -> VerificationWorld {
        guard let world = worlds[voided] else { throw NotStarted() }
        return world
    }

    static func start(voided: Int) async throws {
        var logger = Logger(label: "kpcs-bench")
        logger.logLevel = .error
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try await Store.open(
            .sqlite(path: folder.appendingPathComponent("kpcs.sqlite").path), configuration: StoreConfiguration(bcryptCost: 4),
            logger: logger)
        let console = Principal(accountId: 0, username: "bench", role: .administrator, authority: nil)
        let bw = try await store.registry.createAuthority(
            AuthorityDraft(participantCode: "BW", name: "BW office", canExport: true, canImport: true), by: console)
        let exporter = try await store.registry.registerCompany(
            CompanyDraft(participantCode: "BW", name: "Exporter", licenceNumber: "E1", address: "Gaborone", canExport: true, canImport: false),
            by: console)
        let importer = try await store.registry.registerCompany(
            CompanyDraft(participantCode: "EU", name: "Importer", licenceNumber: "I1", address: "Antwerp", canExport: false, canImport: true),
            by: console)
        let account = try await store.accounts.create(
            username: "bench-officer", password: "bench-password", role: .officer, authorityId: bw.id)
        let officer = Principal(accountId: account.id, username: account.username, role: .officer, authority: bw)
        let draft = CertificateDraft(
            importingParticipant: "EU", exporterId: exporter.id, importerId: importer.id, origin: .single("BW"),
            lines: [.init(hsCode: "7102.10", caratsX100: 123_456, valueUsdCents: 98_765_400, parcels: 3)])
        let genuine = try await store.certificates.issue(draft, by: officer)
        let toVoid = try await store.certificates.issue(draft, by: officer)
        _ = try await store.certificates.void(toVoid.certificate.number, reason: "benchmark", by: officer)
        try await store.keys.addVoidedCopiesForBenchmark(of: toVoid.certificate.number, count: voided - 1)
        let listed = try await store.keys.voidList().entries.count
        precondition(listed == voided, "\(listed) voided certificates, not \(voided)")
        guard let seal = genuine.seal else { throw NotStarted() }
        let verdict = try await store.keys.verifyOnline(seal).verification.verdict
        precondition(verdict == .genuine, "the benchmark's seal is \(verdict)")
        worlds[voided] = VerificationWorld(store: store, seal: seal)
    }

    static func stop(_ voided: Int) async {
        await worlds[voided]?.store.close()
        worlds[voided] = nil
    }
}
