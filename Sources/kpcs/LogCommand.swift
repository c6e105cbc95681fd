import ArgumentParser
import Crypto
import Foundation
import KPCSClient
import KPCSCore
import KPCSSeal
import KPCSServer
import KPCSStore

/// `kpcs log`: the transparency log's key, a static export, and the outside checks: audit and witness.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The public transparency log: its key, a static export, audit and witness.",
        subcommands: [Key.self, Export.self, Audit.self, Witness.self])

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the log's verifier key (name+keyid+base64) that checks its checkpoints.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { store in say(try await store.log.key().verifier.verifierKey) }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the checkpoint and every tile and entry bundle to a folder (c2sp.org/tlog-tiles layout).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The folder to write; serve it as the log's prefix.") var folder: String

        func run() async throws {
            try await database.withStore { store in
                let files = try await store.log.export()
                let root = URL(fileURLWithPath: folder)
                for file in files {
                    let url = root.appendingPathComponent(file.path)
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.bytes).write(to: url)
                }
                say("kpcs: wrote \(files.count) files to \(folder) (checkpoint, tiles, entry bundles)")
            }
        }
    }

    /// What audit and witness share: where the log is, whose key signs it, where the last checkpoint seen is kept.
    struct Target: ParsableArguments {
        @Argument(help: "The log's prefix, e.g. https://kpcs.example.org/log") var url: String
        @Option(help: "The log's verifier key (kpcs log key on the server, or GET /api/v1/log).") var logKey: String
        @Option(help: "File keeping the last checkpoint seen (default ~/.kpcs/log/<origin>.checkpoint).") var state:
            String?

        func auditor() throws -> LogAuditor {
            guard let key = NoteVerifierKey(verifierKey: logKey), key.signatureType == 0x01 else {
                throw ValidationError("--log-key is not an Ed25519 verifier key (name+keyid+base64).")
            }
            guard let base = URL(string: url.hasSuffix("/") ? String(url.dropLast()) : url),
                base.scheme == "http" || base.scheme == "https"
            else { throw ValidationError("\(url) is not an http(s) address.") }
            return LogAuditor(key: key) { path in
                try await HTTPFetch.get(base.appendingPathComponent(path)).map { Array($0) }
            }
        }

        func stateFile(_ key: NoteVerifierKey) -> URL {
            if let state { return URL(fileURLWithPath: state) }
            let safe = key.name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
            return URL(fileURLWithPath: HomeFolder.logStateFolder(environment: ProcessInfo.processInfo.environment))
                .appendingPathComponent("\(String(safe)).checkpoint")
        }

        /// The last checkpoint seen, verified again with the log key.
        func previous(_ key: NoteVerifierKey) throws -> Checkpoint? {
            guard let data = FileManager.default.contents(atPath: stateFile(key).path) else { return nil }
            do { return try Checkpoint.open(String(decoding: data, as: UTF8.self), key: key).checkpoint } catch {
                throw CommandFailure("The saved checkpoint \(stateFile(key).path) does not verify: \(error).")
            }
        }

        func save(_ note: String, _ key: NoteVerifierKey) throws {
            let file = stateFile(key)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(note.utf8).write(to: file)
        }

        /// Audits and prints the outcome; throws exit code 2 when something is wrong.
        func auditAndReport() async throws -> (LogAuditor.Report, NoteVerifierKey) {
            let auditor = try auditor()
            let previous = try previous(auditor.key)
            let report = try await auditor.audit(previous: previous)
            guard report.isSound, let checkpoint = report.checkpoint, let note = report.note else {
                for problem in report.problems { say("PROBLEM  \(problem)") }
                throw ExitCode(2)
            }
            try save(note, auditor.key)
            let since = previous.map { " (consistent with the \($0.size) seen before)" } ?? " (first audit)"
            say(
                """
                OK  \(checkpoint.origin): \(checkpoint.size) entries, root\
                 \(Data(checkpoint.rootHash).base64EncodedString())\(since)
                """
            )
            return (report, auditor.key)
        }
    }

    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                """
                Check the log as a monitor: signature, entries against tiles and root, consistency with the last audit.
                """,
            discussion:
                """
                Exit status: 0 sound; 2 a problem was found (each printed as PROBLEM); 64 for a wrong argument (with\
                 the usage); 1 for any other error (the log cannot be fetched, the saved checkpoint does not verify).
                """
        )
        @OptionGroup var target: Target

        func run() async throws { _ = try await target.auditAndReport() }
    }

    struct Witness: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Audit the log, then cosign its checkpoint (c2sp.org/tlog-cosignature) and send the cosignature.")
        @OptionGroup var target: Target
        @Option(help: "The witness's name, a schema-less URL such as witness.example.org/w1.") var witnessName: String
        @Option(help: "File with the witness's Ed25519 private key (base64); created 0600 when missing.")
        var witnessKey: String
        @Flag(help: "Only print the witness's verifier key (give it to the log operator) and exit.") var printKey =
            false

        func run() async throws {
            let key = try loadOrCreateKey()
            let verifier = NoteVerifierKey(
                name: witnessName, publicKey: Array(key.publicKey.rawRepresentation),
                signatureType: Cosignature.signatureType)
            if printKey {
                say(verifier.verifierKey)
                return
            }
            let (report, _) = try await target.auditAndReport()
            guard let note = report.note, let signed = try? SignedNote(parsing: note) else { throw ExitCode(2) }
            let cosignature = try Cosignature.sign(
                signed.text, name: witnessName, key: key, timestamp: UInt64(Date().timeIntervalSince1970))
            let body = SignedNote(text: signed.text, signatures: [cosignature]).serialized
            let base = target.url.hasSuffix("/") ? String(target.url.dropLast()) : target.url
            guard let url = URL(string: base + "/cosignature") else {
                throw ValidationError("\(target.url) is not an address.")
            }
            let answer = try await HTTPFetch.post(url, text: body)
            guard answer.status == 201 else {
                throw CommandFailure("The log refused the cosignature (\(answer.status)): \(answer.body)")
            }
            say("kpcs: cosigned as \(witnessName) and sent")
        }

        func loadOrCreateKey() throws -> Curve25519.Signing.PrivateKey {
            if let data = FileManager.default.contents(atPath: witnessKey) {
                guard
                    let raw = Data(
                        base64Encoded: String(decoding: data, as: UTF8.self).trimmingCharacters(
                            in: .whitespacesAndNewlines)),
                    let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
                else { throw CommandFailure("\(witnessKey) does not hold a base64 Ed25519 private key.") }
                return key
            }
            let key = Curve25519.Signing.PrivateKey()
            try SecretFile.create(witnessKey, contents: key.rawRepresentation.base64EncodedString() + "\n")
            say("kpcs: created the witness key \(witnessKey) (mode 600)")
            return key
        }
    }
}
