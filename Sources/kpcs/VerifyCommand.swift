import ArgumentParser
import Foundation
import KPCSClient
import KPCSCore
import KPCSSeal
import KPCSServer

/// `kpcs verify`: checks a `KP1:` seal offline against the saved trust list and void list, or refreshes them.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a certificate's seal offline; --sync refreshes the saved trust list and void list.",
        discussion: """
            The seal is the text of the certificate's QR code (it starts with KP1:), given as an argument, with\
             --file, \
            or on standard input. The report says what the saved lists knew of the certificate at the last sync.\
             Exit status: 0 genuine and in transit (accept); 2 forged, altered, not a seal or signed with a revoked\
             key; 3 unknown key (sync); 4 already received (do not accept for another shipment); 5 refused; 6 voided;\
             7 expired; 8 saved lists out of date (sync); 9 genuine but the --proof bundle is not proven; 64 for an\
             error (a wrong argument, a file that cannot be read, a refused sync…), with its message on standard\
             error.
            First sync: pin the scheme's root key with --root-thumbprint (published by the scheme; `kpcs keys root \
            --thumbprint` on the server) or --root-key FILE.
            """)

    @Argument(help: "The KP1: text (default: --file, else standard input).") var seal: String?
    @Option(help: "Read the KP1: text from this file.") var file: String?
    @Option(
        help:
            """
            Folder of the saved root.jwk, trust-list.jws and void-list.jws (env KPCS_TRUST_DIR; default ~/.kpcs/trust).
            """
    )
    var trustDir: String?
    @Option(help: "Fetch the signed lists from this kpcs server (https://…) and save them.") var sync: String?
    @Option(help: "Pin the root key by its thumbprint (kid) on first sync.") var rootThumbprint: String?
    @Option(help: "Pin the root key from this JWK file on first sync.") var rootKey: String?
    @Option(help: "Language of the report: en or fr (default: from LANG).") var language: String?
    @Option(help: "Verify as of this instant, ISO 8601 UTC (default: now).") var at: String?
    @Option(
        help:
            """
            Also check this proof bundle (GET /api/v1/certificates/{number}/proof): the certificate's events are in\
             the public log.
            """
    )
    var proof: String?
    @Option(help: "The log's verifier key, to check the proof bundle's checkpoint (kpcs log key; GET /api/v1/log).")
    var logKey: String?

    /// Every error ends with status 64 (`EX_USAGE`, ArgumentParser's status for a wrong argument), as the discussion
    /// says, not with ArgumentParser's 1 for a runtime failure.
    func run() async throws {
        try await CommandFailure.exiting(with: .validationFailure) { try await check() }
    }

    private func check() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings: KPCSSettings
        do { settings = try KPCSSettings.read(environment) } catch { throw CommandFailure(error.description) }
        let folder = URL(
            fileURLWithPath: trustDir ?? settings.trustDir ?? HomeFolder.trustFolder(environment: environment))
        let lang =
            try language.map { text -> Language in
                guard let value = Language(rawValue: text) else {
                    throw ValidationError("--language must be en or fr, not \(text).")
                }
                return value
            } ?? Language.fromLocale(environment)
        var now = Date()
        if let at {
            guard let date = Timestamp.date(at) else {
                throw ValidationError("--at must look like 2026-11-23T14:05:09.120Z.")
            }
            now = date
        }
        do {
            if let sync {
                let saved = try await TrustSync(folder: folder).sync(
                    from: sync, pinnedThumbprint: rootThumbprint, pinnedKeyFile: rootKey)
                let fresh = Date(timeIntervalSince1970: TimeInterval(saved.freshUntil))
                say(
                    """
                    kpcs: saved \(saved.keys) keys, \(saved.voided) voided and \(saved.answered) answered\
                     certificates in \(folder.path); fresh until \(Timestamp.string(fresh))
                    """
                )
                if seal == nil && file == nil { return }
            }
        } catch let error as TrustSyncError {
            throw CommandFailure(error.description)
        }
        let text = try readSeal()
        let verifier: SealVerifier
        do { verifier = try TrustSync(folder: folder).savedVerifier() } catch let error as TrustSyncError {
            throw CommandFailure(error.description)
        }
        let result = verifier.verify(text, at: now)
        say(SealReport.text(result, listsIssuedAt: verifier.voidList.issuedAt, language: lang))
        var proven = true
        if let proof {
            guard let logKey, let key = NoteVerifierKey(verifierKey: logKey) else {
                throw ValidationError("--proof needs --log-key, the log's verifier key (name+keyid+base64).")
            }
            guard let data = FileManager.default.contents(atPath: proof) else {
                throw CommandFailure("Cannot read \(proof).")
            }
            let outcome: ProofBundle.Outcome
            do {
                outcome = try ProofBundle(json: Array(data)).check(
                    seal: text, number: result.claims?.number ?? "", logKey: key)
            } catch { throw CommandFailure("\(proof): \(error)") }
            say(SealReport.logText(outcome, language: lang))
            proven = outcome.problem == nil
        }
        if !result.verdict.isAcceptable { throw ExitCode(result.verdict.exitStatus) }
        if !proven { throw ExitCode(9) }
    }

    private func readSeal() throws -> String {
        let data: Data
        if let seal {
            data = Data(seal.utf8)
        } else if let file {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("Cannot read \(file).")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readData(ofLength: 65_536)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
