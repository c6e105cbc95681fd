import KPCSCore
import KPCSStore

/// Carats, USD and certificates as the API writes them, with the unit value.
struct TotalsJSON: Codable, Sendable {
    let caratsX100: Int64
    let valueUsdCents: Int64
    let certificates: Int64
    let usdPerCaratCents: Int64?

    init(_ totals: TradeTotals) {
        caratsX100 = totals.caratsX100
        valueUsdCents = totals.valueUsdCents
        certificates = totals.certificates
        usdPerCaratCents = totals.usdPerCaratCents
    }
}

struct ProductionTotalsJSON: Codable, Sendable {
    let caratsX100: Int64
    let valueUsdCents: Int64
    let usdPerCaratCents: Int64?
    let halvesReported: [String]

    init(_ totals: ProductionTotals) {
        caratsX100 = totals.caratsX100
        valueUsdCents = totals.valueUsdCents
        usdPerCaratCents = totals.usdPerCaratCents
        halvesReported = totals.halvesReported
    }
}

struct SummaryJSON: Codable, Sendable {
    struct Row: Codable, Sendable {
        let participant: String
        let production: ProductionTotalsJSON?
        let exports: TotalsJSON
        let imports: TotalsJSON
        let memberStates: [MemberState]?
    }

    struct MemberState: Codable, Sendable {
        let memberState: String
        let exports: TotalsJSON
        let imports: TotalsJSON
    }

    struct World: Codable, Sendable {
        let production: ProductionTotalsJSON
        let exports: TotalsJSON
        let imports: TotalsJSON
    }

    let period: String
    let participants: [Row]
    let world: World
    let definitions: String

    init(_ summary: StatisticsSummary) {
        period = summary.period.description
        participants = summary.rows.map { row in
            Row(
                participant: row.participant, production: row.production.map(ProductionTotalsJSON.init),
                exports: TotalsJSON(row.exports), imports: TotalsJSON(row.imports),
                memberStates: row.memberStates.isEmpty
                    ? nil
                    : row.memberStates.map {
                        MemberState(
                            memberState: $0.memberState, exports: TotalsJSON($0.exports),
                            imports: TotalsJSON($0.imports))
                    })
        }
        world = World(
            production: ProductionTotalsJSON(summary.worldProduction), exports: TotalsJSON(summary.worldExports),
            imports: TotalsJSON(summary.worldImports))
        definitions = StatisticsURL.page.path + "#definitions"
    }
}

struct MirrorPairJSON: Codable, Sendable {
    let exporter: String
    let importer: String
    let certified: TotalsJSON
    let received: TotalsJSON
    let receivedCaratsX100: Int64
    let receiptDifferenceCaratsX100: Int64
    let refused: TotalsJSON
    let unconfirmed: TotalsJSON
    let expired: TotalsJSON
    let shortfallCaratsX100: Int64
    let shortfallShare: Double
    let flagged: Bool

    init(_ pair: MirrorPair) {
        exporter = pair.exporter
        importer = pair.importer
        certified = TotalsJSON(pair.certified)
        received = TotalsJSON(pair.received)
        receivedCaratsX100 = pair.receivedCaratsX100
        receiptDifferenceCaratsX100 = pair.receiptDifferenceCaratsX100
        refused = TotalsJSON(pair.refused)
        unconfirmed = TotalsJSON(pair.unconfirmed)
        expired = TotalsJSON(pair.expired)
        shortfallCaratsX100 = pair.shortfallCaratsX100
        shortfallShare = (pair.shortfallShare * 10_000).rounded() / 10_000
        flagged = pair.isFlagged(threshold: MirrorCheck.defaultThreshold)
    }
}

struct MirrorCertificateJSON: Codable, Sendable {
    let number: String
    let state: String
    let issuedOn: String
    let certifiedCaratsX100: Int64
    let valueUsdCents: Int64
    let receivedCaratsX100: Int64?

    init(_ certificate: MirrorCertificate) {
        number = certificate.number
        state = certificate.state.rawValue
        issuedOn = certificate.issuedOn.description
        certifiedCaratsX100 = certificate.certifiedCaratsX100
        valueUsdCents = certificate.valueUsdCents
        receivedCaratsX100 = certificate.receivedCaratsX100
    }
}

struct ScreeningJSON: Codable, Sendable {
    struct Group: Codable, Sendable {
        let origin: String
        let hsCode: String
        let lines: Int
        let medianUsdPerCaratCents: Int64?
        let lowerUsdPerCaratCents: Int64?
        let upperUsdPerCaratCents: Int64?
        let flagged: Int
    }

    struct Flag: Codable, Sendable {
        let certificateNumber: String
        let exportingParticipant: String
        let importingParticipant: String
        let origin: String
        let hsCode: String
        let issuedOn: String
        let caratsX100: Int64
        let valueUsdCents: Int64
        let usdPerCaratCents: Int64
        let position: String
        let medianUsdPerCaratCents: Int64
        let lowerUsdPerCaratCents: Int64
        let upperUsdPerCaratCents: Int64
        /// Scaled MADs from the median on the log scale; null when the group's MAD is zero.
        let score: Double?
        let reason: String
    }

    struct Benford: Codable, Sendable {
        let participant: String
        let lines: Int
        let observed: [Int]
        let chiSquare: Double
        let pValue: Double
        let meanAbsoluteDeviation: Double
        let conforms: Bool
    }

    struct Hub: Codable, Sendable {
        let participant: String
        let importUsdPerCaratCents: Int64
        let exportUsdPerCaratCents: Int64
        let ratio: Double
        let flagged: Bool
    }

    let period: String
    let notice: String
    let linesScreened: Int
    let linesFlagged: Int
    let groups: [Group]
    let flags: PageJSON<Flag>
    let benford: [Benford]
    let hubs: [Hub]

    init(_ report: ScreeningReport, language: Language) {
        period = report.period.description
        notice = StatisticsText.leadsNotVerdicts.text(language)
        linesScreened = report.linesScreened
        linesFlagged = report.linesFlagged
        groups = report.groups.map {
            Group(
                origin: $0.origin, hsCode: $0.hsCode, lines: $0.count, medianUsdPerCaratCents: $0.medianCentsPerCarat,
                lowerUsdPerCaratCents: $0.lowerCentsPerCarat, upperUsdPerCaratCents: $0.upperCentsPerCarat,
                flagged: $0.flagged)
        }
        flags = PageJSON(
            report.flags.map { flag in
                Flag(
                    certificateNumber: flag.line.number, exportingParticipant: flag.line.exporting,
                    importingParticipant: flag.line.importing,
                    origin: flag.line.origin, hsCode: flag.line.hsCode, issuedOn: flag.line.issuedOn.description,
                    caratsX100: flag.line.caratsX100, valueUsdCents: flag.line.valueUsdCents,
                    usdPerCaratCents: flag.line.usdPerCaratCents,
                    position: flag.position.rawValue, medianUsdPerCaratCents: flag.medianCentsPerCarat,
                    lowerUsdPerCaratCents: flag.lowerCentsPerCarat, upperUsdPerCaratCents: flag.upperCentsPerCarat,
                    score: flag.score.isFinite ? (flag.score * 100).rounded() / 100 : nil,
                    reason: StatisticsText.flagReason(flag, period: report.period, language))
            })
        benford = report.benford.map {
            Benford(
                participant: $0.participant, lines: $0.test.count, observed: $0.test.observed,
                chiSquare: $0.test.chiSquare,
                pValue: $0.test.pValue, meanAbsoluteDeviation: $0.test.meanAbsoluteDeviation, conforms: $0.conforms)
        }
        hubs = report.hubs.map {
            Hub(
                participant: $0.participant, importUsdPerCaratCents: $0.importUsdPerCaratCents,
                exportUsdPerCaratCents: $0.exportUsdPerCaratCents, ratio: ($0.ratio * 1000).rounded() / 1000,
                flagged: $0.flagged)
        }
    }
}

struct ProductionReportJSON: Codable, Sendable {
    struct Line: Codable, Sendable {
        let hsCode: String?
        let mining: String
        let caratsX100: Int64
        let valueUsdCents: Int64
    }

    let id: Int64
    let participant: String
    let year: Int
    let half: Int
    let version: Int
    let current: Bool
    let submittedAt: String
    let submittedBy: String
    let reason: String?
    let supersededAt: String?
    let caratsX100: Int64
    let valueUsdCents: Int64
    let lines: [Line]

    init(_ report: ProductionReportRecord) {
        id = report.id
        participant = report.participant
        year = report.year
        half = report.half
        version = report.version
        current = report.supersededAt == nil
        submittedAt = report.submittedAt
        submittedBy = report.submittedBy
        reason = report.reason
        supersededAt = report.supersededAt
        caratsX100 = report.caratsX100
        valueUsdCents = report.valueUsdCents
        lines = report.lines.map {
            Line(
                hsCode: $0.hsCode?.rawValue, mining: $0.mining.rawValue, caratsX100: $0.caratsX100,
                valueUsdCents: $0.valueUsdCents)
        }
    }
}
