import Crypto
import Foundation
import KPCSCore

/// The operator's secret that encrypts every private signing key at rest (AES-256-GCM, the key id as associated
/// data so a sealed key cannot be moved to another row). It never enters the database.
public struct MasterKey: Sendable {
    fileprivate let key: SymmetricKey

    /// A new random master key.
    public init() {
        key = SymmetricKey(size: .bits256)
    }

    /// Reads a master key written as base64 (standard or URL alphabet, padding optional, surrounding space ignored).
    public init(base64 text: String) throws {
        var cleaned = String(text.trimmingWhitespace()).replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        while cleaned.count % 4 != 0 { cleaned += "=" }
        guard let bytes = Data(base64Encoded: cleaned) else {
            throw KPCSError.invalid(KeyMessage.masterKeyInvalid(reason: "not base64"))
        }
        guard bytes.count == 32 else {
            throw KPCSError.invalid(KeyMessage.masterKeyInvalid(reason: "\(bytes.count) bytes"))
        }
        key = SymmetricKey(data: bytes)
    }

    /// The key in standard base64, for writing the key file.
    public var base64: String {
        key.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// Encrypts a private key's 32 bytes; the result is base64 of nonce ‖ ciphertext ‖ tag.
    public func seal(_ privateKey: Curve25519.Signing.PrivateKey, keyId: String) throws -> String {
        let box = try AES.GCM.seal(privateKey.rawRepresentation, using: key, authenticating: Data(keyId.utf8))
        guard let combined = box.combined else {
            throw KPCSError.invalid(KeyMessage.masterKeyInvalid(reason: "nonce"))
        }
        return combined.base64EncodedString()
    }

    /// Decrypts what ``seal(_:keyId:)`` wrote; a wrong master key or a moved row is a `master-key-mismatch`.
    public func open(_ sealed: String, keyId: String) throws -> Curve25519.Signing.PrivateKey {
        guard let data = Data(base64Encoded: sealed),
            let box = try? AES.GCM.SealedBox(combined: data),
            let raw = try? AES.GCM.open(box, using: key, authenticating: Data(keyId.utf8)),
            let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else { throw KPCSError(kind: .internalError, message: LocalizedMessage(KeyMessage.masterKeyMismatch)) }
        return privateKey
    }

    /// A value that only this master key opens: stored once, it lets a server refuse to start with the wrong key.
    public func checkValue() throws -> String {
        let box = try AES.GCM.seal(Data(Self.checkText.utf8), using: key, authenticating: Data("check".utf8))
        guard let combined = box.combined else {
            throw KPCSError.invalid(KeyMessage.masterKeyInvalid(reason: "nonce"))
        }
        return combined.base64EncodedString()
    }

    /// True when `value` was made by ``checkValue()`` with this master key.
    public func opens(checkValue value: String) -> Bool {
        guard let data = Data(base64Encoded: value), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key, authenticating: Data("check".utf8))
        else { return false }
        return plain == Data(Self.checkText.utf8)
    }

    private static let checkText = "kpcs master key check v1"
}

extension MasterKey: CustomStringConvertible, CustomDebugStringConvertible {
    /// Never the key itself: a master key printed by mistake shows this.
    public var description: String { "MasterKey(redacted)" }
    public var debugDescription: String { description }
}

extension MasterKey {
    /// Encrypts a text that no reader may see (an incident's reporter), bound to `context` as associated data so
    /// that it cannot be moved to another record; base64 of nonce ‖ ciphertext ‖ tag.
    public func sealText(_ text: String, context: String) throws -> String {
        let box = try AES.GCM.seal(Data(text.utf8), using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else {
            throw KPCSError.invalid(KeyMessage.masterKeyInvalid(reason: "nonce"))
        }
        return combined.base64EncodedString()
    }

    /// Decrypts what ``sealText(_:context:)`` wrote; a wrong master key or a moved record is a `master-key-mismatch`.
    public func openText(_ sealed: String, context: String) throws -> String {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
        else { throw KPCSError(kind: .internalError, message: LocalizedMessage(KeyMessage.masterKeyMismatch)) }
        return String(decoding: plain, as: UTF8.self)
    }
}
