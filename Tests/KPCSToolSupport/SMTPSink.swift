import Foundation

/// A real SMTP server for the tests: `scripts/interop/smtp_sink.py` (aiosmtpd from PyPI) with STARTTLS required and
/// a certificate made by openssl for the run. Every message it accepts is a line of ``received``, its subject and
/// body decoded by Python's email module.
public final class SMTPSink: @unchecked Sendable {
    public let port: Int
    public let folder: URL
    /// The certificate (PEM) the sink presents, to be trusted by the client.
    public let certificate: String
    let process: Process
    /// The sink's standard input: closing it stops the sink (a signal may be blocked in a child of the tests).
    let input = Pipe()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whether the sink can run here: Python with aiosmtpd, and openssl.
    public static var available: Bool {
        guard ExternalTool.available("python3"), ExternalTool.available("openssl") else { return false }
        let probe = try? ExternalTool.withWorkDirectory { folder in
            try ExternalTool.run("python3", ["-c", "import aiosmtpd"], in: folder)
        }
        return probe?.status == 0
    }

    /// Starts a sink in `folder`; with `failFirst`, it answers the first messages 451 (try again later).
    public init(folder: URL, failFirst: Int = 0) throws {
        self.folder = folder
        let made = try ExternalTool.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days",
                "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ], in: folder)
        guard made.status == 0 else { throw Failure(made.standardError) }
        certificate = try String(contentsOf: folder.appendingPathComponent("cert.pem"), encoding: .utf8)
        port = Int.random(in: 30_000..<60_000)
        let log = folder.appendingPathComponent("sink.log")
        try Data().write(to: log)
        process = Process()
        process.executableURL = ExternalTool.find("python3")
        process.arguments = [
            Self.repository.appendingPathComponent("scripts/interop/smtp_sink.py").path, "--port", String(port),
            "--dir", folder.path, "--cert", folder.appendingPathComponent("cert.pem").path, "--key",
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
        throw Failure("the SMTP sink did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    /// One line per accepted message: `N tls=yes|no FROM TO | SUBJECT | BODY` (body lines joined by ` / `).
    public var received: [String] {
        ((try? String(contentsOf: folder.appendingPathComponent("received.txt"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Runs `body` with a sink in a fresh folder, or returns without running it when the tools are missing and not
    /// required (KPCS_REQUIRE_TOOLS=1 makes a missing tool fail the test instead).
    public static func with(failFirst: Int = 0, _ body: (SMTPSink) async throws -> Void) async throws {
        guard available || ExternalTool.toolsRequired else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sink = try SMTPSink(folder: folder, failFirst: failFirst)
        defer { sink.stop() }
        try await body(sink)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
