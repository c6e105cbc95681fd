import Foundation
import KPCSCore
import KPCSSMTP
import KPCSStore
import Logging

/// Where and how notifications are e-mailed: `KPCS_SMTP_URL`, `KPCS_SMTP_FROM` and the certificates of
/// `KPCS_SMTP_CA_FILE`.
public struct MailSettings: Sendable {
    public var server: SMTPServerAddress
    public var from: MailAddress
    /// Certificates (PEM) trusted besides the system's, for a relay with a private certificate authority.
    public var additionalTrust: String?
    /// How often the outbox is read for due e-mails.
    public var interval: Duration

    public init(
        server: SMTPServerAddress, from: MailAddress, additionalTrust: String? = nil, interval: Duration = .seconds(15)
    ) {
        self.server = server
        self.from = from
        self.additionalTrust = additionalTrust
        self.interval = interval
    }
}

/// Sends the outbox's due e-mails, one claimed row at a time, and records each outcome: sent, retried later after
/// a temporary failure, or given up. Any number of processes may run one on the same database.
public struct MailSender: Sendable {
    let store: Store
    let settings: MailSettings
    /// The server's public address, for the link to the decision.
    let publicURL: String
    /// This process's name in the outbox's claims.
    let worker: String
    let logger: Logger

    public init(store: Store, settings: MailSettings, publicURL: String, logger: Logger, worker: String? = nil) {
        self.store = store
        self.settings = settings
        self.publicURL = publicURL
        self.logger = logger
        self.worker = worker ?? "\(ProcessInfo.processInfo.hostName)-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    /// Sends what is due now, at most `limit` messages; returns how many were sent and how many failed.
    @discardableResult
    public func deliverDue(limit: Int = 500) async throws -> (sent: Int, failed: Int) {
        let client = SMTPClient(server: settings.server, additionalTrust: settings.additionalTrust)
        var sent = 0
        var failed = 0
        while sent + failed < limit, let mail = try await store.notifications.claimNextMail(worker: worker) {
            do {
                try await client.send(message(for: mail))
                try await store.notifications.recordSent(mail, worker: worker)
                sent += 1
            } catch {
                let smtp = error as? SMTPError
                let reason = smtp?.description ?? "\(error)"
                try await store.notifications.recordFailure(
                    mail, worker: worker, error: reason, permanent: smtp?.isPermanent ?? false)
                logger.warning(
                    "e-mail not sent",
                    metadata: ["mail": "\(mail.id)", "attempt": "\(mail.attempts + 1)", "error": "\(reason)"])
                failed += 1
            }
        }
        return (sent, failed)
    }

    /// The e-mail of a claimed notification, in English then French, with the link to its decision.
    func message(for mail: ClaimedMail) throws -> MailMessage {
        guard let to = MailAddress(mail.address) else { throw SMTPError.rejected(command: "RCPT", code: 553, text: "") }
        let link = publicURL + GovernanceURL.decision(.value(String(mail.notification.decisionId))).path
        let (subject, body) = mail.notification.mail(decisionURL: link)
        let host = URLComponents(string: publicURL)?.host ?? "kpcs.local"
        return MailMessage(
            from: settings.from, to: to, subject: subject, body: body, date: Date(),
            messageID: "notification-\(mail.notification.id)@\(host)")
    }
}
