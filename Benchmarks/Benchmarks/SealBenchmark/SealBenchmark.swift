import Benchmark
import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import KPCSServer
import KPCSStore

/// Seals: verifying one through `kpcs verify`'s code path (parse, look up the key, check the signature, the
/// revocation, the void list and the dates) beside a raw Ed25519 verification of the same bytes with swift-crypto,
/// in the same run; sealing a certificate; rendering its PDF with the QR code.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 100,
        maxDuration: .seconds(5), maxIterations: 200_000)

    let fixture = SealFixture()

    Benchmark("raw Ed25519 verify (swift-crypto)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(fixture.publicKey.isValidSignature(fixture.signature, for: fixture.signingInput))
        }
    }

    Benchmark("verify a seal (kpcs verify code path)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(fixture.verifier.verify(fixture.seal, at: fixture.now))
        }
    }

    Benchmark("seal a three-line certificate") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Seal.make(fixture.claims, keyId: fixture.key.kid, key: fixture.key.privateKey))
        }
    }

    Benchmark("render a certificate PDF with its QR code", configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds, maxIterations: 2_000)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try CertificatePDF.render(fixture.record, printedAt: fixture.now))
        }
    }
}

/// One authority key, a trust list of 200 keys and a void list of 10,000 certificates, and a sealed three-line certificate.
struct SealFixture: Sendable {
    let key = SigningKeyPair.generate()
    let now = Date()
    let claims: SealClaims
    let seal: String
    let verifier: SealVerifier
    let publicKey: Curve25519.Signing.PublicKey
    let signature: Data
    let signingInput: Data
    let record: CertificateRecord

    init() {
        let issued = CalendarDate(utcDayOf: now)
        let lines = [
            CertificateLine(hsCode: .unsorted, caratsX100: 1_254_075, valueUsdCents: 1_873_520_000, parcels: 4),
            CertificateLine(hsCode: .industrial, caratsX100: 380_050, valueUsdCents: 9_501_250, parcels: 1),
            CertificateLine(hsCode: .nonIndustrial, caratsX100: 212_600, valueUsdCents: 463_468_000, parcels: 2),
        ]
        let totals = CertificateTotals(lines: lines)!
        claims = SealClaims(
            number: "BW-2026-000042", sealedAt: Int64(now.timeIntervalSince1970), issuedOn: issued, expiresOn: issued.adding(days: 60),
            exportingParticipant: "BW", importingParticipant: "EU", exporterName: "Okavango Diamond Company",
            importerName: "Antwerp Rough Trading NV", origin: ["BW"], lines: lines, totals: totals, replaces: nil)
        seal = try! Seal.make(claims, keyId: key.kid, key: key.privateKey)
        var keys = (0..<199).map { index in
            TrustedKey(
                jwk: SigningKeyPair.generate().jwk, participant: "P\(index)", authorityId: Int64(index + 2), authorityName: "Authority \(index)",
                status: .current, createdAt: "2026-01-01T00:00:00.000Z")
        }
        keys.append(TrustedKey(
            jwk: key.jwk, participant: "BW", authorityId: 1, authorityName: "Ministry of Minerals", status: .current,
            createdAt: "2026-01-01T00:00:00.000Z"))
        let voids = (0..<10_000).map { VoidedCertificate(number: "ZA-2026-\(String(format: "%06d", $0))", voidedAt: "2026-06-01T00:00:00.000Z") }
        let expires = Int64(now.timeIntervalSince1970) + 86_400
        verifier = SealVerifier(
            trustList: TrustList(keys: keys, issuedAt: 0, expiresAt: expires), voidList: VoidList(entries: voids, issuedAt: 0, expiresAt: expires))
        let parts = seal.dropFirst(4).split(separator: ".")
        publicKey = key.privateKey.publicKey
        signingInput = Data("\(parts[0]).\(parts[1])".utf8)
        signature = Data(Base64URL.decode(parts[2])!)
        record = CertificateRecord(
            certificate: Certificate(
                number: claims.number, exportingParticipant: "BW", importingParticipant: "EU", issuingAuthorityId: 1, exporterId: 1,
                importerId: 2, origin: .single("BW"), lines: lines, totals: totals, issuedAt: Timestamp.string(now), issuedOn: issued,
                expiresOn: claims.expiresOn, state: .issued, replaces: nil),
            exportingParticipant: NamedParticipant(code: "BW", nameEn: "Botswana", nameFr: "Botswana"),
            importingParticipant: NamedParticipant(code: "EU", nameEn: "European Union", nameFr: "Union européenne"),
            exporter: NamedParty(id: 1, name: claims.exporterName), importer: NamedParty(id: 2, name: claims.importerName),
            issuingAuthority: NamedParty(id: 1, name: "Ministry of Minerals"), seal: seal)
    }
}
