import Foundation
import KPCSSMTP
import KPCSToolSupport
import Testing

/// The SMTP client against a real server, aiosmtpd (PyPI) with STARTTLS required and a certificate made by openssl
/// for the test; the message read back by Python's email module. Skipped when Python, aiosmtpd or openssl are
/// missing, unless KPCS_REQUIRE_TOOLS=1.
@Suite(.serialized) struct SMTPClientTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A running sink: its port, its folder, the certificate it presents.
    final class Sink {
        let port: Int
        let folder: URL
        let certificate: String
        let process: Process
        /// The sink's standard input: closing it stops the sink (a signal may be blocked in a child of the tests).
        let input = Pipe()

        init(folder: URL, failFirst: Int = 0) throws {
            self.folder = folder
            let made = try ExternalTool.run(
                "openssl",
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days",
                    "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                ], in: folder)
            guard made.status == 0 else { throw ToolFailure(made.standardError) }
            certificate = try String(contentsOf: folder.appendingPathComponent("cert.pem"), encoding: .utf8)
            port = Int.random(in: 30_000..<60_000)
            let log = folder.appendingPathComponent("sink.log")
            try Data().write(to: log)
            process = Process()
            process.executableURL = ExternalTool.find("python3")
            process.arguments = [
                SMTPClientTests.repository.appendingPathComponent("scripts/interop/smtp_sink.py").path, "--port",
                String(port), "--dir", folder.path, "--cert", folder.appendingPathComponent("cert.pem").path, "--key",
                folder.appendingPathComponent("key.pem").path, "--fail-first", String(failFirst),
            ]
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = process.standardOutput
            process.standardInput = input
            try process.run()
            for _ in 0..<100 {
                if (try? String(contentsOf: log, encoding: .utf8))?.contains("ready") == true { return }
                guard process.isRunning else { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            stop()
            throw ToolFailure("the SMTP sink did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }

        var received: [String] {
            ((try? String(contentsOf: folder.appendingPathComponent("received.txt"), encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    struct ToolFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs `body` with a sink, or returns when the tools are missing and not required.
    static func withSink(failFirst: Int = 0, _ body: (Sink) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let probe = try ExternalTool.run("python3", ["-c", "import aiosmtpd"], in: folder)
        if (probe.status != 0 || ExternalTool.find("openssl") == nil) && !ExternalTool.toolsRequired { return }
        let sink = try Sink(folder: folder, failFirst: failFirst)
        defer { sink.stop() }
        try await body(sink)
    }

    static func message(to: String = "eu-delegate@example.org") throws -> MailMessage {
        MailMessage(
            from: try #require(MailAddress("kpcs@example.org")), to: try #require(MailAddress(to)),
            subject: "Procédure écrite ouverte : Budget 2027 — échéance le 15 décembre",
            body: "Written procedure opened: Budget 2027.\n.\n.leading dot\nProcédure écrite ouverte : Budget 2027.",
            date: Date(timeIntervalSince1970: 1_796_000_000), messageID: "notification-1@kpcs.test")
    }

    @Test(.enabled(if: ExternalTool.available("python3")))
    func aMessageGoesThroughStartTLSAndReadsBackAsWritten() async throws {
        try await Self.withSink { sink in
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

    @Test(.enabled(if: ExternalTool.available("python3")))
    func aServerWhoseCertificateIsNotTrustedIsRefused() async throws {
        try await Self.withSink { sink in
            let client = SMTPClient(server: SMTPServerAddress(host: "localhost", port: sink.port))
            await #expect(throws: SMTPError.self) { try await client.send(try Self.message()) }
            #expect(sink.received.isEmpty)
        }
    }

    @Test(.enabled(if: ExternalTool.available("python3")))
    func aTemporaryRefusalIsToldApartAndTheNextTryGoesThrough() async throws {
        try await Self.withSink(failFirst: 1) { sink in
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

    @Test(.enabled(if: ExternalTool.available("python3")))
    func withoutStartTLSTheServerRefusesAndNothingIsSent() async throws {
        try await Self.withSink { sink in
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
        for bad in ["a@b", "x@y.z\r\nRCPT TO:<evil@x.y>", "a b@c.d", "<a@b.c>", "a@b.c,d@e.f", "é@x.fr", "@x.y", "a@.y"] {
            #expect(MailAddress(bad) == nil, "\(bad.debugDescription)")
        }
        var message = try Self.message()
        message.subject = "Line\r\nBcc: evil@example.org"
        message.messageID = "id\r\nX-Evil: 1"
        let rendered = message.rendered
        #expect(!rendered.contains("\r\nBcc:") && !rendered.contains("\r\nX-Evil"))
        #expect(rendered.contains("Subject: LineBcc: evil@example.org\r\n"))
        #expect(
            SMTPServerAddress.parse("smtp://kpcs:secret@mail.example.org:2525?tls=none")
                == .success(
                    SMTPServerAddress(
                        host: "mail.example.org", port: 2525, username: "kpcs", password: "secret", security: .none)))
        #expect(try SMTPServerAddress.parse("smtp://kpcs:secret@mail.example.org").get().description
            == "smtp://kpcs:*****@mail.example.org:587")
        for bad in ["http://x", "smtp://", "smtp://h:0", "smtp://h?tls=maybe", "smtp://h/path"] {
            #expect((try? SMTPServerAddress.parse(bad).get()) == nil, "\(bad)")
        }
    }
}
