import Crypto
import Foundation

/// A C2SP signed note (c2sp.org/signed-note) with Ed25519 signatures (type 0x01): the text, a blank line, and one
/// line per signature, `— <key name> base64(key ID ‖ signature)`.
public struct SignedNote: Sendable, Equatable {
    /// The note text, ending in a newline.
    public var text: String
    public var signatures: [Signature]

    public struct Signature: Sendable, Equatable {
        public var keyName: String
        /// Key ID (4 bytes) followed by the signature bytes.
        public var blob: [UInt8]

        public var keyID: UInt32 { blob.count >= 4 ? blob.prefix(4).reduce(0) { $0 << 8 | UInt32($1) } : 0 }
        public var signature: [UInt8] { Array(blob.dropFirst(4)) }

        public init(keyName: String, blob: [UInt8]) {
            self.keyName = keyName
            self.blob = blob
        }
    }

    public static let maximumSize = 1_000_000

    /// The whole note as served.
    public var serialized: String {
        text + "\n" + signatures.map { "— \($0.keyName) \(Data($0.blob).base64EncodedString())\n" }.joined()
    }

    public init(text: String, signatures: [Signature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note; throws on anything the spec forbids (control characters, no signature, bad lines).
    public init(parsing note: String) throws(NoteError) {
        guard note.utf8.count <= Self.maximumSize else { throw .malformed("the note is too large") }
        guard !note.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) else {
            throw .malformed("control characters")
        }
        // The last blank line followed by a signature line starts the signatures (the text may hold blank lines).
        guard let separator = note.range(of: "\n\n\u{2014} ", options: .backwards) else {
            throw .malformed("no signature lines")
        }
        let text = String(note[..<separator.lowerBound]) + "\n"
        let signatureBlock = String(note[note.index(after: separator.lowerBound)...]).dropFirst()
        var signatures: [Signature] = []
        for line in signatureBlock.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            guard line.hasPrefix("— ") else { throw .malformed("a signature line does not start with an em dash") }
            let parts = line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let blob = Data(base64Encoded: String(parts[1])), blob.count > 4
            else {
                throw .malformed("a signature line is not `— name base64`")
            }
            signatures.append(Signature(keyName: String(parts[0]), blob: Array(blob)))
        }
        guard signatureBlock.hasSuffix("\n"), !signatures.isEmpty else {
            throw .malformed("the signatures do not end in a newline")
        }
        self.init(text: text, signatures: signatures)
    }
}

/// Why a note or checkpoint is refused.
public enum NoteError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)
    case noValidSignature(String)
    case badSignature(String)

    public var description: String {
        switch self {
        case .malformed(let reason): return "malformed note: \(reason)"
        case .noValidSignature(let name): return "no signature by \(name)"
        case .badSignature(let name): return "the signature by \(name) does not verify"
        }
    }
}

/// An Ed25519 signed-note key: a name and a public key, with the C2SP key ID and the `name+hash+base64` verifier
/// key text that monitors and witnesses configure.
public struct NoteVerifierKey: Sendable, Equatable {
    public let name: String
    public let publicKey: [UInt8]
    public let signatureType: UInt8

    public init(name: String, publicKey: [UInt8], signatureType: UInt8 = 0x01) {
        self.name = name
        self.publicKey = publicKey
        self.signatureType = signatureType
    }

    /// SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian.
    public var keyID: UInt32 {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8) + [0x0A, signatureType] + publicKey)
        return Array(hasher.finalize()).prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// `name+hex(keyID)+base64(type ‖ public key)`.
    public var verifierKey: String {
        "\(name)+\(String(format: "%08x", keyID))+\(Data([signatureType] + publicKey).base64EncodedString())"
    }

    /// Reads a `name+hash+base64` verifier key, checking that the hash matches.
    public init?(verifierKey text: String) {
        // The name and the hash contain no "+"; the base64 key may.
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[1].count == 8, let id = UInt32(parts[1], radix: 16),
            let decoded = Data(base64Encoded: String(parts[2])), decoded.count == 33
        else { return nil }
        self.init(
            name: String(parts[0]), publicKey: Array(decoded.dropFirst()), signatureType: decoded[decoded.startIndex])
        guard keyID == id else { return nil }
    }

    /// Signs a note text (Ed25519, type 0x01).
    public static func sign(_ text: String, name: String, key: Curve25519.Signing.PrivateKey) throws -> SignedNote {
        let verifier = NoteVerifierKey(name: name, publicKey: Array(key.publicKey.rawRepresentation))
        let signature = try key.signature(for: Array(text.utf8))
        return SignedNote(text: text, signatures: [.init(keyName: name, blob: verifier.keyIDBytes + Array(signature))])
    }

    var keyIDBytes: [UInt8] { withUnsafeBytes(of: keyID.bigEndian) { Array($0) } }

    /// Checks that `note` carries a valid Ed25519 signature by this key over its text.
    public func verify(_ note: SignedNote) throws(NoteError) {
        let mine = note.signatures.filter { $0.keyName == name && $0.keyID == keyID }
        guard !mine.isEmpty else { throw .noValidSignature(name) }
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            throw .badSignature(name)
        }
        for signature in mine where !key.isValidSignature(signature.signature, for: Array(note.text.utf8)) {
            throw .badSignature(name)
        }
    }
}
