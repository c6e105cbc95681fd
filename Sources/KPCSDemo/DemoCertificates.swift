import Foundation
import KPCSCore
import KPCSStore

/// Issues the demo's certificates along a few trade routes and moves them into every state: confirmed,
/// discrepancy, refused, voided (one replaced), expired, and some still issued. Older certificates are issued
/// with the store's clock set back, exactly as they would have been on that day.
struct DemoCertificates {
    let store: Store
    let officers: [String: Principal]
    let companies: [String: [Company]]

    /// Exporter → importer routes, with their usual origins.
    static let routes: [(from: String, to: String, origin: CertificateDraft.OriginDraft)] = [
        ("BW", "EU", .single("BW")), ("BW", "AE", .single("BW")), ("ZA", "EU", .single("ZA")),
        ("EU", "IN", .mixed(["BW", "RU", "CA"])), ("AE", "IN", .mixed(["AO", "CD", "ZW"])), ("CA", "EU", .single("CA")),
        ("EU", "AE", .mixed(["ZA", "NA"])), ("IN", "AE", .mixed(["BW", "ZA"])), ("ZA", "CA", .single("ZA")),
    ]

    func create() async throws -> Int {
        var random = SeededRandom(seed: 2026)
        let now = store.configuration.now()
        var count = 0
        for index in 0..<36 {
            let route = Self.routes[index % Self.routes.count]
            // Spread issue days over the last 120 days; the oldest expire (default validity 90 days).
            let daysAgo = 120 - index * 3
            let issuedAt = now.addingTimeInterval(-Double(daysAgo) * 86_400)
            let then = store.at(issuedAt)
            guard let officer = officers[route.from], let exporter = companies[route.from]?.first(where: \.canExport),
                let importer = companies[route.to]?.first(where: \.canImport)
            else { continue }
            let lines = (0..<(1 + index % 3)).map { line in
                let carats = Int64(random.next(in: 5_000...900_000))
                let usdPerCaratCents = Int64(random.next(in: 4_000...60_000))
                return CertificateDraft.LineDraft(
                    hsCode: HSCode.allCases[(index + line) % 3].rawValue, caratsX100: carats,
                    valueUsdCents: carats * usdPerCaratCents / 100, parcels: Int64(random.next(in: 1...12)))
            }
            let draft = CertificateDraft(
                importingParticipant: route.to, exporterId: exporter.id, importerId: importer.id, origin: route.origin,
                lines: lines)
            let record = try await then.certificates.issue(draft, by: officer)
            count += 1
            count += try await advance(record, index: index, issuedAt: issuedAt, officer: officer, replacing: draft)
        }
        try await store.certificates.expireOverdue()
        return count
    }

    /// Moves a certificate on, by its index: most are confirmed, some differ, some are refused or voided (and
    /// a few of those replaced). Returns the number of replacements issued.
    private func advance(
        _ record: CertificateRecord, index: Int, issuedAt: Date, officer: Principal, replacing draft: CertificateDraft
    ) async throws -> Int {
        let number = record.certificate.number
        let daysAgo = 120 - index * 3
        // The oldest stay unanswered and expire; the newest stay issued.
        guard daysAgo <= 85, daysAgo > 21 else { return 0 }
        let answeredAt = issuedAt.addingTimeInterval(4 * 86_400)
        let later = store.at(answeredAt)
        let receivedOn = CalendarDate(utcDayOf: issuedAt.addingTimeInterval(3 * 86_400)).description
        guard let importer = officers[record.certificate.importingParticipant] else { return 0 }
        switch index % 6 {
        case 0, 1, 2:
            let received = record.certificate.lines.map {
                ConfirmationDraft.ReceivedLineDraft(
                    hsCode: $0.hsCode.rawValue, caratsX100: $0.caratsX100, parcels: $0.parcels)
            }
            _ = try await later.certificates.confirm(
                number, ConfirmationDraft(receivedOn: receivedOn, lines: received), by: importer)
        case 3:
            let received = record.certificate.lines.enumerated().map { offset, line in
                ConfirmationDraft.ReceivedLineDraft(
                    hsCode: line.hsCode.rawValue, caratsX100: offset == 0 ? line.caratsX100 - 1_250 : line.caratsX100,
                    parcels: line.parcels)
            }
            _ = try await later.certificates.confirm(
                number, ConfirmationDraft(receivedOn: receivedOn, lines: received), by: importer)
        case 4:
            _ = try await later.certificates.confirm(
                number,
                ConfirmationDraft(
                    outcome: "refused", receivedOn: receivedOn,
                    reason: "Seal of the container broken on arrival (demo)."),
                by: importer)
        default:
            _ = try await later.certificates.void(
                number, reason: "Importer details entered in error (demo).", by: officer)
            if index % 12 == 5 {
                var replacement = draft
                replacement.replaces = number
                _ = try await later.certificates.issue(replacement, by: officer)
                return 1
            }
        }
        return 0
    }
}

/// A small deterministic generator (SplitMix64), so every demo load creates the same data.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(nextBits() % UInt64(range.count))
    }

    /// A uniform value in [0, 1).
    mutating func unit() -> Double {
        Double(nextBits() >> 11) / Double(1 << 53)
    }

    /// A standard normal value (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-12)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * unit())
    }

    /// Picks a key with probability proportional to its weight.
    mutating func pick<Key>(_ weights: [(Key, Double)]) -> Key {
        let total = weights.reduce(0) { $0 + $1.1 }
        var target = unit() * total
        for (key, weight) in weights {
            if target < weight { return key }
            target -= weight
        }
        return weights[weights.count - 1].0
    }

    private mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
