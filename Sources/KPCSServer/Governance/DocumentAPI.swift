import Foundation
import Hummingbird
import KPCSCore
import KPCSStore
import NIOCore

/// The documents of meetings: added (titles) and given their versions (the bytes, as `application/pdf` or
/// `text/plain`, at most ``DocumentRules/maximumBytes``) by whoever records the meeting; read by anyone when
/// public, by the deliberation otherwise, through the API (token) or the site (`/documents/{id}/{language}`,
/// session).
enum DocumentAPI {
    static func documentId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { DocumentMessage.documentUnknown(id: $0) }
    }

    static func language(_ context: KPCSRequestContext) throws -> Language {
        try DocumentRules.language(context.pathParameter("language"), document: context.pathParameter("id"))
    }

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation(.get, GovernanceURL.apiMeetingDocuments(.key), .anyone) { _, context in
                let meeting = try MeetingAPI.meetingId(context)
                _ = try await store.governance.meeting(meeting, for: try context.optionalPrincipal())
                let documents = try await store.governance.documents(of: meeting, for: try context.optionalPrincipal())
                return JSONBody.response(documents.map(DocumentJSON.init))
            },
            Operation(.post, GovernanceURL.apiMeetingDocuments(.key), recorders) { request, context in
                let draft = try await JSONBody.decode(DocumentDraft.self, from: request)
                let document = try await store.governance.addDocument(
                    to: try MeetingAPI.meetingId(context), draft, by: try context.principal())
                return JSONBody.response(DocumentJSON(document), status: .created)
            },
            Operation(.put, GovernanceURL.apiDocument(.key, .key), recorders) { request, context in
                let id = try documentId(context)
                let language = try language(context)
                let mediaType = request.headers[.contentType].flatMap { MediaType($0) }
                let buffer = try await JSONBody.collect(request, upTo: DocumentRules.maximumBytes)
                let document = try await store.governance.putVersion(
                    of: id, language: language, mediaType: mediaType?.essence ?? "",
                    bytes: Array(buffer.readableBytesView),
                    by: try context.principal())
                return JSONBody.response(DocumentJSON(document))
            },
            Operation(.get, GovernanceURL.apiDocument(.key, .key), .anyone) { _, context in
                try await content(store, context: context, principal: try context.optionalPrincipal())
            },
            Operation.page(.get, GovernanceURL.document(.key, .key), .anyone) { request, context in
                try await content(store, context: context, principal: WebChrome(request, context).principal)
            },
        ]
    }

    /// The bytes of a version, with their media type and SHA-256 as the entity tag.
    static func content(_ store: Store, context: KPCSRequestContext, principal: Principal?) async throws -> Response {
        let id = try documentId(context)
        let language = try language(context)
        let content = try await store.governance.documentContent(id, language: language, for: principal)
        let name = "kp-document-\(id)-\(language.rawValue).\(content.format == .pdf ? "pdf" : "txt")"
        return Response(
            status: .ok,
            headers: [
                .contentType: content.format.mediaType, .contentDisposition: "inline; filename=\"\(name)\"",
                .eTag: "\"\(content.sha256)\"", .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: content.bytes)))
    }
}

/// A document as the API gives it: titles, whether it is public, and each version's format, size and SHA-256.
struct DocumentJSON: Codable, Sendable {
    struct Version: Codable, Sendable {
        let language: String
        let format: String
        let size: Int
        let sha256: String
    }

    let id: Int64
    let meetingId: Int64
    let titleEn: String
    let titleFr: String
    let `public`: Bool
    let versions: [Version]
    let createdAt: String

    init(_ document: MeetingDocument) {
        id = document.id
        meetingId = document.meetingId
        titleEn = document.titleEn
        titleFr = document.titleFr
        self.public = document.isPublic
        versions = document.versions.map {
            Version(language: $0.language.rawValue, format: $0.format.rawValue, size: $0.size, sha256: $0.sha256)
        }
        createdAt = document.createdAt
    }
}
