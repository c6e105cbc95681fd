import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore
import NIOCore

/// The public transparency log: the C2SP checkpoint and tiles under `/log/`, witnesses' cosignatures, and proofs
/// and a summary under `/api/v1/log/`.
enum LogAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, LogURL.checkpoint, .anyone) { _, _ in
                let signed = try await store.log.signedCheckpoint()
                return Response(
                    status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: signed.note)))
            },
            Operation(.get, LogURL.tile(.key), .anyone) { _, context in
                let text = context.parameters.getCatchAll().joined(separator: "/")
                guard let path = TilePath(path: text), let bytes = try await store.log.tile(path) else {
                    throw KPCSError.notFound(LogMessage.logTileUnknown(tile: text))
                }
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "application/octet-stream",
                        .cacheControl: path.isPartial ? "public, max-age=60" : "public, max-age=31536000, immutable",
                    ],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            },
            Operation(.post, LogURL.cosignature, .anyone) { request, _ in
                let body = try await JSONBody.collect(request, upTo: 64 * 1024)
                let names = try await store.log.addCosignatures(String(decoding: body.readableBytesView, as: UTF8.self))
                return JSONBody.response(["accepted": names], status: .created)
            },
            Operation(.get, LogURL.apiLog, .anyone) { _, _ in
                let key = try await store.log.key()
                let witnesses = store.configuration.logWitnesses.map(\.verifierKey)
                return JSONBody.response(
                    LogSummaryJSON(
                        origin: key.verifier.name, verifierKey: key.verifier.verifierKey,
                        size: try await store.log.size(), witnesses: witnesses))
            },
            Operation(.get, LogURL.apiInclusionProof, .anyone) { request, _ in
                let leafIndex = try request.sizeQuery("leafIndex")
                let treeSize = try request.sizeQuery("treeSize")
                let proof = try await store.log.inclusionProof(leafIndex: leafIndex, treeSize: treeSize)
                return JSONBody.response(
                    InclusionProofJSON(leafIndex: leafIndex, treeSize: treeSize, proof: proof.map(base64)))
            },
            Operation(.get, LogURL.apiConsistencyProof, .anyone) { request, _ in
                let from = try request.sizeQuery("from")
                let to = try request.sizeQuery("to")
                let proof = try await store.log.consistencyProof(from: from, to: to)
                return JSONBody.response(ConsistencyProofJSON(from: from, to: to, proof: proof.map(base64)))
            },
            Operation(.get, LogURL.apiCertificateProof(.key), .signedIn) { _, context in
                let number = context.pathParameter("number")
                _ = try await store.certificates.certificate(number, for: try context.principal())
                let bundle = try await store.log.certificateProof(number)
                return JSONBody.response(CertificateProofJSON(bundle))
            },
        ]
    }

    static func base64(_ hash: Merkle.Hash) -> String { Data(hash).base64EncodedString() }
}

extension Request {
    /// A required whole-number query parameter of the log (a size or an index): 422 naming it otherwise.
    func sizeQuery(_ name: String) throws -> UInt64 {
        guard let text = query(name) else {
            throw KPCSError.invalid(RequestMessage.fieldRequired(field: name), pointer: "/\(name)")
        }
        guard let value = UInt64(text) else {
            throw KPCSError.invalid(
                RequestMessage.fieldWrongType(field: name, expected: "a whole number from 0"), pointer: "/\(name)")
        }
        return value
    }
}

struct LogSummaryJSON: Encodable, Sendable {
    let origin: String
    /// The C2SP verifier key (`name+keyid+base64`) that checks the checkpoints.
    let verifierKey: String
    let size: UInt64
    let witnesses: [String]
}

struct InclusionProofJSON: Encodable, Sendable {
    let leafIndex: UInt64
    let treeSize: UInt64
    /// Base64 hashes, from the leaf up (RFC 9162 §2.1.3).
    let proof: [String]
}

struct ConsistencyProofJSON: Encodable, Sendable {
    let from: UInt64
    let to: UInt64
    let proof: [String]
}

/// The offline bundle: the signed checkpoint and, for each of the certificate's events, its entry and inclusion path.
struct CertificateProofJSON: Encodable, Sendable {
    let number: String
    let checkpoint: String
    let leaves: [Leaf]

    struct Leaf: Encodable, Sendable {
        let index: UInt64
        /// The entry's exact bytes (canonical JSON text); its leaf hash is SHA-256(0x00 ‖ entry).
        let entry: String
        let proof: [String]
    }

    init(_ bundle: CertificateProofBundle) {
        number = bundle.number
        checkpoint = bundle.checkpointNote
        leaves = bundle.leaves.map {
            Leaf(index: $0.index, entry: String(decoding: $0.entry, as: UTF8.self), proof: $0.proof.map(LogAPI.base64))
        }
    }
}
