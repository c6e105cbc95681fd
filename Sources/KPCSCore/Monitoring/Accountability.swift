/// What the public knows of a participant's standing in the scheme, gathered from the records, every figure computed
/// when read: its status and the decisions behind it, its annual reports (on time, late, missing), its peer reviews
/// with their open and overdue recommendations, its mining zones (a zone no decision reviewed is "not reviewed",
/// never compliant), the public summaries of incident reports about it, and the public statistics flags of the last
/// full year.
public struct ParticipantAccountability: Sendable {
    public var participant: Participant
    public var statusHistory: [ParticipantStatusChange]
    public var annualReports: [AnnualReportStanding]
    public var reviews: [(review: PeerReview, recommendations: [ReviewRecommendation])]
    public var zones: [MiningZone]
    /// The year the statistics flags are of: the last full year.
    public var flagsYear: Int
    /// Pairs of the mirror check in which the participant exports or imports, flagged in that year.
    public var mirrorFlags: [MirrorPair]
    /// The trading-centre check, when it flags the participant in that year.
    public var hubFlag: HubMarkup?
    /// The public summaries of the incident reports about the participant, as published on the day read.
    public var incidents: [IncidentSummary]
    /// The zones the deployment's conflict definition puts under review today.
    public var zonesUnderReview: [String]

    public init(
        participant: Participant, statusHistory: [ParticipantStatusChange], annualReports: [AnnualReportStanding],
        reviews: [(review: PeerReview, recommendations: [ReviewRecommendation])], zones: [MiningZone],
        flagsYear: Int, mirrorFlags: [MirrorPair], hubFlag: HubMarkup?, incidents: [IncidentSummary],
        zonesUnderReview: [String] = []
    ) {
        self.zonesUnderReview = zonesUnderReview
        self.incidents = incidents
        self.participant = participant
        self.statusHistory = statusHistory
        self.annualReports = annualReports
        self.reviews = reviews
        self.zones = zones
        self.flagsYear = flagsYear
        self.mirrorFlags = mirrorFlags
        self.hubFlag = hubFlag
    }

    /// How many of the listed years' reports are in each timeliness.
    public var reportCounts: [ReportTimeliness: Int] {
        Dictionary(grouping: annualReports, by: \.timeliness).mapValues(\.count)
    }

    /// Every recommendation of the participant's reviews.
    public var recommendations: [ReviewRecommendation] { reviews.flatMap(\.recommendations) }

    /// Recommendations not signed off yet.
    public var openRecommendations: Int { recommendations.filter { !$0.status.isClosed }.count }

    public func overdueRecommendations(today: CalendarDate) -> [ReviewRecommendation] {
        recommendations.filter { $0.isOverdue(today: today) }
    }

    /// The zones by their status on that day; nil is "not reviewed".
    public func zoneCounts(on day: CalendarDate) -> [ZoneStatus?: Int] {
        Dictionary(grouping: zones) { $0.statusChange(on: day)?.status }.mapValues(\.count)
    }
}
