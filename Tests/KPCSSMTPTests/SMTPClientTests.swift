import Foundation
import KPCSSMTP
import KPCSToolSupport
import Testing

/// The SMTP client against a real server, aiosmtpd (PyPI) with STARTTLS required and a certificate made by openssl
/// for the test; the message read back by Python's email module. Skipped when Python, aiosmtpd or openssl are
/// missing, unless KPCS_REQUIRE_TOOLS=1.
@Suite(.serialized) struct SMTPClientTests {
    static func message(to: String = "eu-delegate@example.org") throws -> MailMessage {
        MailMessage(
            from: try #require(MailAddress("kpcs@example.org")), to: try #require(MailAddress(to)),
            subject: "Procédure écrite ouverte : Budget 2027 — échéance le 15 décembre",
            body: "Written procedure opened: Budget 2027.\n.\n.leading dot\nProcédure écrite ouverte : Budget 2027.",
            date: Date(timeIntervalSince1970: 1_796_000_000), messageID: "notification-1@kpcs.test")
    }

    @Test
    func aMessageGoesThroughStartTLSAndReadsBackAsWritten() async throws {
        try await SMTPSink.with { sink in
            let client = SMTPClient(
                server: SMTPServerAddress(host: "localhost", port: sink.port), additionalTrust: sink.certificate)
            try await client.send(try Self.message())
            #expect(
                sink.received == [
                    """
                    1 tls=yes kpcs@example.org eu-delegate@example.org | Procédure écrite ouverte : Budget 2027 —\
                     échéance le 15 décembre | Written procedure opened: Budget 2027. / . / .leading dot / Procédure\
                     écrite ouverte : Budget 2027.
                    """
                ])
        }
    }

    @Test
    func aServerWhoseCertificateIsNotTrustedIsRefused() async throws {
        try await SMTPSink.with { sink in
            let client = SMTPClient(server: SMTPServerAddress(host: "localhost", port: sink.port))
            await #expect(throws: SMTPError.self) { try await client.send(try Self.message()) }
            #expect(sink.received.isEmpty)
        }
    }

    @Test
    func aTemporaryRefusalIsToldApartAndTheNextTryGoesThrough() async throws {
        try await SMTPSink.with(failFirst: 1) { sink in
            let client = SMTPClient(
                server: SMTPServerAddress(host: "localhost", port: sink.port), additionalTrust: sink.certificate)
            do {
                try await client.send(try Self.message())
                Issue.record("the first message was accepted")
            } catch let error as SMTPError {
                #expect(!error.isPermanent && error.description.contains("451"), "\(error)")
            }
            try await client.send(try Self.message())
            #expect(sink.received.count == 1)
        }
    }

    @Test
    func withoutStartTLSTheServerRefusesAndNothingIsSent() async throws {
        try await SMTPSink.with { sink in
            let client = SMTPClient(server: SMTPServerAddress(host: "localhost", port: sink.port, security: .none))
            do {
                try await client.send(try Self.message())
                Issue.record("sent in clear to a server that requires STARTTLS")
            } catch let error as SMTPError {
                #expect(error.isPermanent, "\(error)")
            }
            #expect(sink.received.isEmpty)
        }
    }

    @Test func nothingCanBreakOutOfAHeaderOrACommand() throws {
        for bad in [
            "a@b", "x@y.z\r\nRCPT TO:<evil@x.y>", "a b@c.d", "<a@b.c>", "a@b.c,d@e.f", "é@x.fr", "@x.y", "a@.y",
        ] {
            #expect(MailAddress(bad) == nil, "\(bad.debugDescription)")
        }
        var message = try Self.message()
        message.subject = "Line\r\nBcc: evil@example.org"
        message.messageID = "id\r\nX-Evil: 1"
        let rendered = message.rendered
        #expect(!rendered.contains("\r\nBcc:") && !rendered.contains("\r\nX-Evil"))
        #expect(rendered.contains("Subject: LineBcc: evil@example.org\r\n"))
        #expect(
            SMTPServerAddress.parse("smtp://relay.local:2525?tls=none")
                == .success(SMTPServerAddress(host: "relay.local", port: 2525, security: .none)))
        #expect(
            SMTPServerAddress.parse("smtp://kpcs:secret@mail.example.org:2525?tls=none")
                == .failure(.credentialsInClear))
        #expect(
            SMTPServerAddress.parse("smtp://kpcs:secret@mail.example.org:2525?tls=starttls")
                == .success(
                    SMTPServerAddress(host: "mail.example.org", port: 2525, username: "kpcs", password: "secret")))
        #expect(
            try SMTPServerAddress.parse("smtp://kpcs:secret@mail.example.org").get().description
                == "smtp://kpcs:*****@mail.example.org:587")
        for bad in ["http://x", "smtp://", "smtp://h:0", "smtp://h?tls=maybe", "smtp://h/path"] {
            #expect((try? SMTPServerAddress.parse(bad).get()) == nil, "\(bad)")
        }
    }
}
