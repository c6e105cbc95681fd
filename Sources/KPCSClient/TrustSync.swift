import Foundation
import KPCSCore
import KPCSSeal

/// What a sync saved.
public struct SyncResult: Sendable, Equatable {
    public let keys: Int
    public let voided: Int
    /// Certificates answered (received or refused) and not yet expired.
    public let answered: Int
    /// Unix seconds: the earlier of the two lists' expiry.
    public let freshUntil: Int64
}

/// Why the saved lists cannot be used or refreshed, in words for the person at the terminal.
public struct TrustSyncError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// The verifier's saved copy of the scheme's lists: fetched over HTTP, checked against the pinned root key, then
/// written to the trust folder.
public struct TrustSync: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// A verifier over the saved lists, after checking them against the saved root key.
    public func savedVerifier() throws -> SealVerifier {
        let root = try pinnedRoot()
        do {
            let trustList = try TrustList(signed: try read("trust-list.jws"), root: root)
            let voidList = try VoidList(signed: try read("void-list.jws"), root: root)
            return SealVerifier(trustList: trustList, voidList: voidList)
        } catch let error as TrustListError {
            throw TrustSyncError(
                "The saved lists in \(folder.path) cannot be used: \(error). Sync again with --sync URL.")
        }
    }

    /// Fetches root.jwk (only to compare with a pinned thumbprint), trust-list.jws and void-list.jws from a kpcs
    /// server, checks both signatures against the pinned root key, and saves them. Nothing is saved on any failure.
    @discardableResult
    public func sync(from base: String, pinnedThumbprint: String?, pinnedKeyFile: String?) async throws -> SyncResult {
        guard let baseURL = URL(string: base), baseURL.scheme == "https" || baseURL.scheme == "http" else {
            throw TrustSyncError("--sync needs a server address such as https://kpcs.example.org, not \(base).")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root: Ed25519JWK
        if let pinnedKeyFile {
            guard let data = FileManager.default.contents(atPath: pinnedKeyFile), let jwk = Self.jwk(from: data) else {
                throw TrustSyncError("\(pinnedKeyFile) is not an Ed25519 public JWK.")
            }
            root = jwk
        } else if let pinnedThumbprint {
            let data = try await fetch(baseURL, "root.jwk")
            guard let jwk = Self.jwk(from: data) else {
                throw TrustSyncError("The server's root.jwk is not an Ed25519 public JWK.")
            }
            guard jwk.thumbprint == pinnedThumbprint else {
                throw TrustSyncError(
                    "The server's root key \(jwk.thumbprint) is not the pinned \(pinnedThumbprint): refusing it.")
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
            if let saved = try? savedVerifier(),
                trustList.issuedAt < saved.trustList.issuedAt || voidList.issuedAt < saved.voidList.issuedAt
            {
                // An older list, replayed, could hide a recent void or revocation.
                throw TrustSyncError(
                    "The lists from \(base) are older than the saved ones: refusing them. Nothing was saved.")
            }
            try Data((root.publishedJSON + "\n").utf8).write(to: folder.appendingPathComponent("root.jwk"))
            try Data(trustText.utf8).write(to: folder.appendingPathComponent("trust-list.jws"))
            try Data(voidText.utf8).write(to: folder.appendingPathComponent("void-list.jws"))
            return SyncResult(
                keys: trustList.keys.count, voided: voidList.entries.count, answered: voidList.answered.count,
                freshUntil: min(trustList.expiresAt, voidList.expiresAt))
        } catch let error as TrustListError {
            throw TrustSyncError("The lists from \(base) were refused: \(error). Nothing was saved.")
        }
    }

    private func pinnedRoot() throws -> Ed25519JWK {
        let path = folder.appendingPathComponent("root.jwk")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            throw TrustSyncError(
                """
                No pinned root key in \(folder.path). Sync first: kpcs verify --sync https://SERVER --root-thumbprint\
                 KID
                """
            )
        }
        guard let jwk = Self.jwk(from: data) else { throw TrustSyncError("\(path.path) is not an Ed25519 public JWK.") }
        return jwk
    }

    private func read(_ name: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            throw TrustSyncError("No \(name) in \(folder.path). Sync first: kpcs verify --sync https://SERVER")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func fetch(_ base: URL, _ name: String) async throws -> Data {
        let url = base.appendingPathComponent(".well-known/kpcs/\(name)")
        guard let data = try await HTTPFetch.get(url, limit: 16 * 1024 * 1024) else {
            throw TrustSyncError("\(url) answered 404, not 200.")
        }
        return data
    }

    /// An Ed25519 public JWK from a small JSON file; nil for anything else.
    static func jwk(from data: Data) -> Ed25519JWK? {
        guard data.count <= 4096, let value = try? JSONParser.parse(data), let members = value.objectValue else {
            return nil
        }
        return Ed25519JWK(members: members)
    }
}
