/// The rules of the exporter's dashboard, as pure functions of the stored facts and the day it is read: whose
/// exports an account follows, whether an export still awaits receipt, and how many days it has left.
public enum DashboardRules {
    /// An export with at most this many days left (today included) expires soon.
    public static let soonDays = 7

    /// The participant whose exports the principal follows: an officer's, when its authority may issue
    /// certificates (export); nil for every other account, which has no exports of its own.
    public static func exportingParticipant(of principal: Principal) -> String? {
        guard principal.role == .officer, let authority = principal.authority, authority.canExport else { return nil }
        return authority.participantCode
    }

    /// Whole days from `today` to the expiry day: 0 when the certificate expires today (its last valid day), 1
    /// tomorrow, negative once the day has passed.
    public static func daysLeft(expiresOn: CalendarDate, today: CalendarDate) -> Int {
        today.days(until: expiresOn)
    }

    /// Whether an export with `daysLeft` days left expires within ``soonDays`` days.
    public static func expiresSoon(daysLeft: Int) -> Bool {
        (0...soonDays).contains(daysLeft)
    }

    /// Whether a certificate still awaits the importer's answer on `today`: stored `issued` and not expired when
    /// read (``ExpiryRule/state(_:expiresOn:today:)``), whether or not the expiry job has run yet.
    public static func awaitsReceipt(_ stored: CertificateState, expiresOn: CalendarDate, today: CalendarDate) -> Bool {
        ExpiryRule.state(stored, expiresOn: expiresOn, today: today) == .issued
    }
}
