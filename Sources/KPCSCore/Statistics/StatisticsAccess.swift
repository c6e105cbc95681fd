/// Who may see what in the statistics. Aggregates (the summary, trade flows, the mirror totals of each pair) are
/// public. The certificate-level lists behind a flag, the screening results and production-report history are
/// for the authorities of the participants concerned, the KP Chair and the Working Group on Statistics (persons with
/// a seat: officers or scheme-wide readers). An observer organisation's account sees the aggregates only: industry
/// and civil society sit on the WGS, but the detail is per certificate, which the KP's confidentiality keeps from them.
public enum StatisticsAccess {
    /// Whether the principal may see detail that concerns these participants (a certificate's exporter and
    /// importer, or the one participant of a production report).
    public static func maySeeDetail(_ principal: Principal?, concerning participants: [String]) -> Bool {
        guard let principal, !principal.isObserverOrganisation else { return false }
        if principal.body != nil { return true }
        guard principal.role == .officer, let own = principal.participantCode else { return false }
        return participants.contains(own)
    }

    /// Refuses anyone who may see no statistics detail at all: anonymous callers, administrators, observers
    /// outside the working group, and every observer organisation's account, whatever seat it holds (the detail is
    /// per certificate). Officers pass and see only their own participant's rows.
    public static func requireSomeDetail(_ principal: Principal?) throws -> Principal {
        guard let principal else { throw KPCSError.unauthenticated(AccountMessage.authenticationRequired) }
        guard !principal.isObserverOrganisation, principal.body != nil || principal.role == .officer else {
            throw KPCSError.forbidden(StatisticsMessage.statisticsDetailForbidden(username: principal.username))
        }
        return principal
    }
}

/// A body of the scheme an account belongs to, beyond its role: the KP Chair (and its secretariat), or the
/// Working Group on Statistics. Membership opens the statistics' detail of every participant.
public enum SchemeBody: String, Sendable, Codable, CaseIterable {
    case chair
    case statistics = "wgs"
}
