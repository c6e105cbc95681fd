import Logging
import ServiceLifecycle

/// Runs the ``MailSender`` at start and then at its interval, while the server runs.
struct MailService: Service {
    let sender: MailSender

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let outcome = try await sender.deliverDue()
                if outcome.sent + outcome.failed > 0 {
                    sender.logger.info(
                        "e-mails sent", metadata: ["sent": "\(outcome.sent)", "failed": "\(outcome.failed)"])
                }
            } catch {
                sender.logger.error("e-mail run failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: sender.settings.interval) }
        }
    }
}
