import ArgumentParser
import Foundation
import KPCSCore
import KPCSSeal
import KPCSServer
import KPCSStore

/// `kpcs keys`: the signing keys of the issuing authorities and the scheme's root key.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "List, rotate and revoke signing keys; print the root key verifiers pin.",
        subcommands: [List.self, Rotate.self, Revoke.self, Root.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every signing key (public parts only).")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { store in
                for key in try await store.keys.signingKeys() {
                    let owner = key.authority.map { "\($0.participantCode) \($0.name) (authority \($0.id))" } ?? "root"
                    var line =
                        """
                        \(key.kid)  \(key.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(owner)\
                          created \(key.createdAt)
                        """
                    if let retired = key.retiredAt { line += "  retired \(retired)" }
                    if let revoked = key.revokedAt { line += "  revoked \(revoked): \(key.revocationReason ?? "")" }
                    say(line)
                }
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an authority a new current key; the old one is retired and its seals stay valid.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The authority's id (see GET /api/v1/authorities).") var authority: Int64

        func run() async throws {
            try await database.withStore { store in
                let key = try await store.keys.rotate(authorityId: authority, by: AdminCommand.console)
                say("kpcs: authority \(authority) now seals with key \(key.kid)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a key: seals made with it from the revocation time on fail verification.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The key id (kid).") var kid: String
        @Option(help: "Why: shown in the key list.") var reason: String
        @Option(help: "When the key stopped being trustworthy, ISO 8601 UTC (default: now; never in the future).")
        var effectiveAt: String?

        func run() async throws {
            var at: Date?
            if let effectiveAt {
                guard let date = Timestamp.date(effectiveAt) else {
                    throw ValidationError("--effective-at must look like 2026-11-23T14:05:09.120Z, not \(effectiveAt).")
                }
                at = date
            }
            try await database.withStore { store in
                let key = try await store.keys.revoke(kid, reason: reason, effectiveAt: at, by: AdminCommand.console)
                say("kpcs: key \(key.kid) revoked from \(key.revokedAt ?? "")")
            }
        }
    }

    struct Root: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the root public key (JWK) that signs the trust list; verifiers pin its thumbprint.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Print only the thumbprint (the kid).") var thumbprint = false

        func run() async throws {
            try await database.withStore { store in
                let root = try await store.keys.rootKey()
                say(thumbprint ? root.kid : root.jwk.publishedJSON)
            }
        }
    }
}
