import Foundation
import KPCSCore
import Testing

/// A locked username reads how long to wait, in whole minutes rounded up and never less than one, and when the lock
/// ends as HH:MM UTC, in English and in French; the message keeps the instant itself for `Retry-After`.
@Suite struct LockoutTextTests {
    /// The lockout message of a lock ending at `end`, read `wait` seconds before it ends.
    static func message(
        end text: String = "2026-12-01T15:20:01.123Z", secondsBefore wait: TimeInterval
    ) throws -> AccountMessage {
        let until = try #require(Timestamp.date(text))
        return AccountMessage.lockout(until: until, now: until.addingTimeInterval(-wait))
    }

    @Test func theWaitIsRoundedUpToWholeMinutesAndTheEndShownInUTC() throws {
        let message = try Self.message(secondsBefore: 14 * 60 + 1)
        #expect(message.text(in: .en) == "Too many failed logins: try again in 15 minutes (after 15:20 UTC).")
        #expect(
            message.text(in: .fr)
                == "Trop d'échecs de connexion : réessayez dans 15 minutes (après 15 h 20 UTC).")
    }

    @Test func aWholeNumberOfMinutesIsNotRoundedFurther() throws {
        let message = try Self.message(secondsBefore: 15 * 60)
        #expect(message.text(in: .en) == "Too many failed logins: try again in 15 minutes (after 15:20 UTC).")
    }

    @Test func aLockAboutToEndOrJustEndedReadsOneMinute() throws {
        for wait in [0.2, 0, -30] {
            let message = try Self.message(secondsBefore: wait)
            #expect(
                message.text(in: .en) == "Too many failed logins: try again in 1 minute (after 15:20 UTC).", "\(wait)")
            #expect(
                message.text(in: .fr)
                    == "Trop d'échecs de connexion : réessayez dans 1 minute (après 15 h 20 UTC).", "\(wait)")
        }
    }

    @Test func theHourAndMinuteHaveTwoDigits() throws {
        let message = try Self.message(end: "2026-12-02T00:05:00.000Z", secondsBefore: 61)
        #expect(message.text(in: .en) == "Too many failed logins: try again in 2 minutes (after 00:05 UTC).")
        #expect(
            message.text(in: .fr) == "Trop d'échecs de connexion : réessayez dans 2 minutes (après 00 h 05 UTC).")
    }

    @Test func theMessageKeepsTheInstantTheLockEnds() throws {
        let message = try Self.message(secondsBefore: 600)
        guard case .accountLocked(let until, _, _, _) = message else {
            Issue.record("not a lockout: \(message)")
            return
        }
        #expect(Timestamp.string(until) == "2026-12-01T15:20:01.123Z")
        #expect(message.code == "account-locked")
    }
}
