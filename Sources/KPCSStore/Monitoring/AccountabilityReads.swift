import Foundation
import KPCSCore
import SQLKit

/// A participant's public accountability: read from the registry, the annual reports, the peer reviews, the zones
/// and the statistics' public checks, each computed when read.
extension MonitoringStore {
    /// The participant's accountability today; an unknown participant is a 404.
    public func accountability(participant code: String) async throws -> ParticipantAccountability {
        guard let participant = try await RegistryStore(context: context).participant(code) else {
            throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
        }
        let page = try PageRequest(page: 1, perPage: PageRequest.maximumPerPage)
        var reviews: [(review: PeerReview, recommendations: [ReviewRecommendation])] = []
        for review in try await peerReviews(participant: participant.code, page: page).items {
            reviews.append(try await peerReview(review.id))
        }
        let year = today.year - 1
        let statistics = StatisticsStore(context: context)
        let mirror = try await statistics.mirrorCheck(.year(year)).filter {
            ($0.exporter == participant.code || $0.importer == participant.code)
                && $0.isFlagged(threshold: MirrorCheck.defaultThreshold)
        }
        let hub = HubMarkup.run(try await statistics.summary(.year(year))).first {
            $0.participant == participant.code && $0.flagged
        }
        return ParticipantAccountability(
            participant: participant,
            statusHistory: try await RegistryStore(context: context).statusHistory(of: participant.code),
            annualReports: try await annualReportStandings(participant: participant.code), reviews: reviews,
            zones: try await zones(of: participant.code), flagsYear: year, mirrorFlags: mirror, hubFlag: hub,
            incidents: try await incidentSummaries(participant: participant.code),
            zonesUnderReview: try await zonesUnderReview(participant: participant.code))
    }
}
