import KPCSCore

/// A participant's accountability as the API gives it: every part computed when read.
struct AccountabilityJSON: Codable, Sendable {
    struct Zone: Codable, Sendable {
        let code: String
        let name: String
        /// Null: not reviewed, which never means compliant (written as null, not left out).
        let status: ZoneStatus?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
        }
    }

    struct Review: Codable, Sendable {
        let review: PeerReviewJSON
        let recommendations: Int
        let open: Int
        let overdue: Int
    }

    struct Mirror: Codable, Sendable {
        let exporter: String
        let importer: String
        let certifiedCaratsX100: Int64
        let receivedCaratsX100: Int64
    }

    struct Flags: Codable, Sendable {
        let year: Int
        let mirror: [Mirror]
        /// The export unit value over the import unit value, when the trading-centre check flags the participant.
        let hubRatio: Double?
    }

    let participant: String
    let status: String
    let statusHistory: [StatusChangeJSON]
    let annualReports: [AnnualReportStandingsJSON.Standing]
    let reportCounts: [String: Int]
    let peerReviews: [Review]
    let openRecommendations: Int
    let overdueRecommendations: [RecommendationJSON]
    let zones: [Zone]
    let incidents: [IncidentSummaryJSON]
    /// The zones the deployment's conflict definition puts under review today.
    let zonesUnderReview: [String]
    let flags: Flags

    init(_ record: ParticipantAccountability, today: CalendarDate) {
        participant = record.participant.code
        status = record.participant.status.rawValue
        statusHistory = record.statusHistory.map(StatusChangeJSON.init)
        annualReports = AnnualReportStandingsJSON(participant: participant, record.annualReports).reports
        reportCounts = Dictionary(uniqueKeysWithValues: record.reportCounts.map { ($0.key.rawValue, $0.value) })
        peerReviews = record.reviews.map { review, items in
            Review(
                review: PeerReviewJSON(review), recommendations: items.count,
                open: items.filter { !$0.status.isClosed }.count,
                overdue: items.filter { $0.isOverdue(today: today) }.count)
        }
        openRecommendations = record.openRecommendations
        overdueRecommendations = record.overdueRecommendations(today: today).map {
            RecommendationJSON($0, today: today)
        }
        zones = record.zones.map {
            Zone(code: $0.code, name: $0.name, status: $0.statusChange(on: today)?.status)
        }
        incidents = record.incidents.map(IncidentSummaryJSON.init)
        zonesUnderReview = record.zonesUnderReview
        flags = Flags(
            year: record.flagsYear,
            mirror: record.mirrorFlags.map {
                Mirror(
                    exporter: $0.exporter, importer: $0.importer, certifiedCaratsX100: $0.certified.caratsX100,
                    receivedCaratsX100: $0.receivedCaratsX100)
            }, hubRatio: record.hubFlag?.ratio)
    }
}
