import ArgumentParser
import Foundation
import KPCSCore
import KPCSSeal
import KPCSServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `kpcs verify`: checks a `KP1:` seal offline against the saved trust list and void list, or refreshes them.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a certificate's seal offline; --sync refreshes the saved trust list and void list.",
        discussion: """
            The seal is the text of the certificate's QR code (it starts with KP1:), given as an argument, with --file, \
            or on standard input. Exit status: 0 genuine, 2 any other verdict, 1 an error.
            First sync: pin the scheme's root key with --root-thumbprint (published by the scheme; `kpcs keys root \
            --thumbprint` on the server) or --root-key FILE.
            """)

    @Argument(help: "The KP1: text (default: --file, else standard input).") var seal: String?
    @Option(help: "Read the KP1: text from this file.") var file: String?
    @Option(help: "Folder of the saved root.jwk, trust-list.jws and void-list.jws (env KPCS_TRUST_DIR; default ~/.kpcs/trust).")
    var trustDir: String?
    @Option(help: "Fetch the signed lists from this kpcs server (https://…) and save them.") var sync: String?
    @Option(help: "Pin the root key by its thumbprint (kid) on first sync.") var rootThumbprint: String?
    @Option(help: "Pin the root key from this JWK file on first sync.") var rootKey: String?
    @Option(help: "Language of the report: en or fr (default: from LANG).") var language: String?
    @Option(help: "Verify as of this instant, ISO 8601 UTC (default: now).") var at: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: trustDir ?? environment["KPCS_TRUST_DIR"] ?? (NSHomeDirectory() + "/.kpcs/trust"))
        let lang = try language.map { text -> Language in
            guard let value = Language(rawValue: text) else { throw ValidationError("--language must be en or fr, not \(text).") }
            return value
        } ?? Language.fromLocale(environment)
        var now = Date()
        if let at {
            guard let date = Timestamp.date(at) else { throw ValidationError("--at must look like 2026-11-23T14:05:09.120Z.") }
            now = date
        }
        if let sync {
            try await TrustSync(folder: folder).sync(from: sync, pinnedThumbprint: rootThumbprint, pinnedKeyFile: rootKey)
            if seal == nil && file == nil { return }
        }
        let text = try readSeal()
        let verifier = try TrustSync(folder: folder).savedVerifier()
        let result = verifier.verify(text, at: now)
        say(SealReport.text(result, language: lang))
        if !result.verdict.isAcceptable { throw ExitCode(2) }
    }

    private func readSeal() throws -> String {
        let data: Data
        if let seal {
            data = Data(seal.utf8)
        } else if let file {
            guard let contents = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
            data = contents
        } else {
            data = FileHandle.standardInput.readData(ofLength: 65_536)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The verifier's saved copy of the scheme's lists: fetched over HTTP, checked against the pinned root key, then
/// written to the trust folder.
struct TrustSync {
    let folder: URL

    func savedVerifier() throws -> SealVerifier {
        let root = try pinnedRoot()
        do {
            let trustList = try TrustList(signed: try read("trust-list.jws"), root: root)
            let voidList = try VoidList(signed: try read("void-list.jws"), root: root)
            return SealVerifier(trustList: trustList, voidList: voidList)
        } catch let error as TrustListError {
            throw ValidationError("The saved lists in \(folder.path) cannot be used: \(error). Sync again with --sync URL.")
        }
    }

    func sync(from base: String, pinnedThumbprint: String?, pinnedKeyFile: String?) async throws {
        guard let baseURL = URL(string: base), baseURL.scheme == "https" || baseURL.scheme == "http" else {
            throw ValidationError("--sync needs a server address such as https://kpcs.example.org, not \(base).")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root: Ed25519JWK
        if let pinnedKeyFile {
            guard let data = FileManager.default.contents(atPath: pinnedKeyFile), let jwk = Self.jwk(from: data) else {
                throw ValidationError("\(pinnedKeyFile) is not an Ed25519 public JWK.")
            }
            root = jwk
        } else if let pinnedThumbprint {
            let data = try await fetch(baseURL, "root.jwk")
            guard let jwk = Self.jwk(from: data) else { throw ValidationError("The server's root.jwk is not an Ed25519 public JWK.") }
            guard jwk.thumbprint == pinnedThumbprint else {
                throw ValidationError("The server's root key \(jwk.thumbprint) is not the pinned \(pinnedThumbprint): refusing it.")
            }
            root = jwk
        } else {
            root = try pinnedRoot()
        }
        let trustText = String(decoding: try await fetch(baseURL, "trust-list.jws"), as: UTF8.self)
        let voidText = String(decoding: try await fetch(baseURL, "void-list.jws"), as: UTF8.self)
        do {
            let trustList = try TrustList(signed: trustText, root: root)
            let voidList = try VoidList(signed: voidText, root: root)
            try Data((root.publishedJSON + "\n").utf8).write(to: folder.appendingPathComponent("root.jwk"))
            try Data(trustText.utf8).write(to: folder.appendingPathComponent("trust-list.jws"))
            try Data(voidText.utf8).write(to: folder.appendingPathComponent("void-list.jws"))
            let expires = Date(timeIntervalSince1970: TimeInterval(min(trustList.expiresAt, voidList.expiresAt)))
            say("kpcs: saved \(trustList.keys.count) keys and \(voidList.entries.count) voided certificates in \(folder.path); fresh until \(Timestamp.string(expires))")
        } catch let error as TrustListError {
            throw ValidationError("The lists from \(base) were refused: \(error). Nothing was saved.")
        }
    }

    private func pinnedRoot() throws -> Ed25519JWK {
        let path = folder.appendingPathComponent("root.jwk")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            throw ValidationError(
                "No pinned root key in \(folder.path). Sync first: kpcs verify --sync https://SERVER --root-thumbprint KID")
        }
        guard let jwk = Self.jwk(from: data) else { throw ValidationError("\(path.path) is not an Ed25519 public JWK.") }
        return jwk
    }

    private func read(_ name: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            throw ValidationError("No \(name) in \(folder.path). Sync first: kpcs verify --sync https://SERVER")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func fetch(_ base: URL, _ name: String) async throws -> Data {
        let url = base.appendingPathComponent(".well-known/kpcs/\(name)")
        let (data, response) = try await URLSession.shared.data(from: url)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw ValidationError("\(url) answered \((response as? HTTPURLResponse)?.statusCode ?? 0), not 200.")
        }
        guard data.count <= 16 * 1024 * 1024 else { throw ValidationError("\(url) is larger than 16 MiB.") }
        return data
    }

    static func jwk(from data: Data) -> Ed25519JWK? {
        guard data.count <= 4096, let value = try? JSONParser.parse(data), let members = value.objectValue else { return nil }
        return Ed25519JWK(members: members)
    }
}
