import Foundation
import HummingbirdTesting
import KPCSCore
import KPCSSMTP
import KPCSStore
import KPCSTestSupport
import KPCSToolSupport
import Logging
import Testing

@testable import KPCSServer

/// E-mail of notifications against a real SMTP server (aiosmtpd from PyPI, STARTTLS required), on both engines:
/// one message per recipient, none twice even with two processes, a failing server retried with backoff, and what
/// fails visible to administrators.
@Suite(.serialized) struct MailDeliveryTests {
    static let recipients = [
        "bw-delegate": "bw-delegate@example.org", "eu-delegate": "eu.delegate@example.org",
        "ae-delegate": "ae-delegate@example.org", "wdc-observer": "wdc@example.org",
    ]

    static func withMailStore(
        _ engine: TestEngine, clock: TestClock, _ body: (Store, GovernanceFixture) async throws -> Void
    ) async throws {
        try await withTestStore(engine, clock: clock, configure: { $0.mailDelivery = true }) { store in
            let g = try await GovernanceFixture.make(store)
            for (username, address) in recipients {
                _ = try await store.accounts.setEmail(username: username, email: address, by: g.world.admin)
            }
            try await body(store, g)
        }
    }

    static func sender(_ store: Store, _ sink: SMTPSink?, worker: String = "test") throws -> MailSender {
        var logger = Logger(label: "kpcs-test")
        logger.logLevel = .critical
        let server = SMTPServerAddress(host: "localhost", port: sink?.port ?? 1)
        let from = try #require(MailAddress("kpcs@example.org"))
        return MailSender(
            store: store, settings: MailSettings(server: server, from: from, additionalTrust: sink?.certificate),
            publicURL: "https://kpcs.example.org", logger: logger, worker: worker)
    }

    static func deliveries(
        _ store: Store, _ g: GovernanceFixture, _ state: MailDeliveryState? = nil
    ) async throws
        -> [MailDelivery]
    {
        try await store.notifications.mailDeliveries(state: state, page: try PageRequest(), by: g.world.admin)
            .result.items
    }

    /// The recipient of each line the sink wrote (`N tls=yes FROM TO | …`).
    static func recipients(of lines: [String]) -> [String] {
        lines.map { String($0.split(separator: " ")[3]) }
    }

    @Test(arguments: TestEngine.all)
    func eachRecipientGetsOneMessageInBothLanguages(engine: TestEngine) async throws {
        let clock = TestClock()
        try await SMTPSink.with { sink in
            try await Self.withMailStore(engine, clock: clock) { store, g in
                let id = try await g.openProcedure("Budget 2027")
                #expect(try await Self.deliveries(store, g, .pending).count == 4)
                let outcome = try await Self.sender(store, sink).deliverDue()
                #expect(outcome.sent == 4 && outcome.failed == 0)
                #expect(try await Self.sender(store, sink).deliverDue().sent == 0, "nothing is sent twice")
                #expect(Set(Self.recipients(of: sink.received)) == Set(Self.recipients.values))
                #expect(sink.received.count == 4)
                let line = try #require(sink.received.first { $0.contains("eu.delegate@example.org") })
                #expect(line.contains("tls=yes kpcs@example.org"))
                #expect(line.contains("| KP: Written procedure opened: Budget 2027. Deadline "))
                #expect(line.contains("/ Procédure écrite ouverte : Budget 2027 (fr). Échéance le "))
                #expect(line.contains("https://kpcs.example.org/decisions/\(id) /"))
                #expect(line.contains("https://kpcs.example.org/decisions/\(id)?lang=fr"))
                let sent = try await Self.deliveries(store, g, .sent)
                #expect(sent.count == 4 && sent.allSatisfy { $0.attempts == 1 && $0.sentAt != nil })
                // A later event writes new messages only for it.
                _ = try await store.governance.recordStance(id, StanceDraft(position: "supports"), by: g.euDelegate)
                clock.advance(seconds: 49 * 3600)
                _ = try await store.governance.closeDue()
                #expect(try await Self.sender(store, sink).deliverDue().sent == 4)
                #expect(sink.received.filter { $0.contains("| KP: Adopted: Budget 2027 (KP/") }.count == 4)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func aServerThatRefusesForNowIsRetriedAfterItsWait(engine: TestEngine) async throws {
        let clock = TestClock()
        try await SMTPSink.with(failFirst: 1) { sink in
            try await Self.withMailStore(engine, clock: clock) { store, g in
                _ = try await g.openProcedure()
                let first = try await Self.sender(store, sink).deliverDue()
                #expect(first.sent == 3 && first.failed == 1)
                let waiting = try #require(try await Self.deliveries(store, g, .pending).first)
                #expect(waiting.attempts == 1 && waiting.lastError?.contains("451") == true)
                #expect(waiting.nextAttemptAt == Timestamp.string(clock.now.addingTimeInterval(60)))
                #expect(try await Self.sender(store, sink).deliverDue().sent == 0, "not before its wait")
                clock.advance(seconds: 61)
                #expect(try await Self.sender(store, sink).deliverDue().sent == 1)
                #expect(sink.received.count == 4)
                #expect(Set(Self.recipients(of: sink.received)).count == 4)
                let retried = try await Self.deliveries(store, g).first { $0.id == waiting.id }
                #expect(retried?.state == .sent && retried?.attempts == 2)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func aServerThatNeverAnswersIsGivenUpAfterEightAttemptsAndCanBeRetried(engine: TestEngine) async throws {
        let clock = TestClock()
        try await Self.withMailStore(engine, clock: clock) { store, g in
            _ = try await g.openProcedure()
            let sender = try Self.sender(store, nil)
            var waits: [String] = []
            for _ in 1...MailDeliveryRules.maximumAttempts {
                #expect(try await sender.deliverDue().failed == 4)
                waits.append(try await Self.deliveries(store, g).first?.nextAttemptAt ?? "given up")
                clock.advance(seconds: MailDeliveryRules.longestWait + 1)
            }
            #expect(waits.last == "given up")
            let failed = try await Self.deliveries(store, g, .failed)
            #expect(failed.count == 4)
            #expect(failed.allSatisfy { $0.attempts == 8 && $0.lastError?.hasPrefix("connection:") == true })
            #expect(try await sender.deliverDue().failed == 0, "a given-up message is not tried again by itself")
            await #expect(throws: KPCSError.self) {
                try await store.notifications.retryMail(id: failed[0].id, by: g.euDelegate)
            }
            try await store.notifications.retryMail(id: failed[0].id, by: g.world.admin)
            await #expect(throws: KPCSError.self) {
                try await store.notifications.retryMail(id: failed[0].id, by: g.world.admin)
            }
            #expect(try await Self.deliveries(store, g, .pending).map(\.id) == [failed[0].id])
            #expect(MailDeliveryRules.wait(afterAttempts: 1) == 60 && MailDeliveryRules.wait(afterAttempts: 3) == 240)
            #expect(MailDeliveryRules.wait(afterAttempts: 100) == MailDeliveryRules.longestWait)
        }
    }

    @Test(arguments: TestEngine.all)
    func withEmailOffOrNoAddressNothingIsWritten(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            let g = try await GovernanceFixture.make(store)
            _ = try await store.accounts.setEmail(username: "eu-delegate", email: "eu@example.org", by: g.world.admin)
            _ = try await g.openProcedure()
            #expect(try await Self.deliveries(store, g).isEmpty, "e-mail is off")
        }
        try await Self.withMailStore(engine, clock: TestClock()) { store, g in
            _ = try await store.accounts.setEmail(username: "ae-delegate", email: " ", by: g.world.admin)
            _ = try await g.openProcedure()
            #expect(
                try await Self.deliveries(store, g).map(\.username).sorted() == [
                    "bw-delegate", "eu-delegate", "wdc-observer",
                ])
            for bad in ["eu@x", "a b@example.org", "x@example.org\r\nBcc: y@example.org", "<a@example.org>"] {
                await #expect(throws: KPCSError.self) {
                    try await store.accounts.setEmail(username: "eu-delegate", email: bad, by: g.world.admin)
                }
            }
            await #expect(throws: KPCSError.self) {
                try await store.accounts.setEmail(username: "eu-delegate", email: "e@example.org", by: g.euDelegate)
            }
        }
    }

    /// Two stores with their own pools on one PostgreSQL database, as two `kpcs serve` processes, each with two
    /// senders running at once: every message reaches its recipient once.
    @Test(arguments: TestEngine.all.filter { $0 == .postgres })
    func twoProcessesNeverSendOneMessageTwice(engine: TestEngine) async throws {
        let clock = TestClock()
        try await SMTPSink.with { sink in
            try await Self.withMailStore(engine, clock: clock) { first, g in
                for index in 0..<24 {
                    _ = try await first.accounts.create(
                        username: "observer-\(index)", password: "observer-password", role: .observer,
                        authorityId: nil, organisation: "WDC", email: "observer-\(index)@example.org")
                }
                _ = try await g.openProcedure()
                #expect(try await Self.deliveries(first, g, .pending).count == 28)
                let location = try #require(TestLocation.current)
                let second = try await Store.open(location, configuration: first.configuration, logger: first.logger)
                let senders = [
                    try Self.sender(first, sink, worker: "a1"), try Self.sender(second, sink, worker: "b1"),
                    try Self.sender(first, sink, worker: "a2"), try Self.sender(second, sink, worker: "b2"),
                ]
                let sent = try await withThrowingTaskGroup(of: Int.self) { group in
                    for sender in senders { group.addTask { try await sender.deliverDue().sent } }
                    return try await group.reduce(0, +)
                }
                await second.close()
                #expect(sent == 28)
                #expect(sink.received.count == 28)
                #expect(Set(Self.recipients(of: sink.received)).count == 28)
            }
        }
    }

    /// The server built with mail settings runs the sender as one of its services: a procedure opened while it
    /// runs reaches the sink with no call from the test.
    @Test(arguments: TestEngine.all)
    func theServerSendsByItselfWhenMailIsConfigured(engine: TestEngine) async throws {
        try await SMTPSink.with { sink in
            try await Self.withMailStore(engine, clock: TestClock()) { store, g in
                var logger = Logger(label: "kpcs-test")
                logger.logLevel = .critical
                let mail = MailSettings(
                    server: SMTPServerAddress(host: "localhost", port: sink.port),
                    from: try #require(MailAddress("kpcs@example.org")), additionalTrust: sink.certificate,
                    interval: .milliseconds(100))
                let app = buildApplication(
                    store: store,
                    settings: ServerSettings(host: "127.0.0.1", port: 0, expiryInterval: .seconds(3600), mail: mail),
                    logger: logger)
                try await app.test(.live) { _ in
                    _ = try await g.openProcedure()
                    // Up to a minute: under the whole suite's load on two engines the first round can be slow.
                    for _ in 0..<600 where sink.received.count < 4 { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(Set(Self.recipients(of: sink.received)) == Set(Self.recipients.values))
            }
        }
    }
}
