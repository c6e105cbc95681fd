import Foundation
import Hummingbird
import KPCSCore
import KPCSStore
import NIOCore

/// The documents of meetings, working bodies and applications: added (titles) and given their versions (the bytes,
/// as `application/pdf` or `text/plain`, at most ``DocumentRules/maximumBytes``) by whoever records their owner;
/// read by anyone when public, by the deliberation otherwise, through the API (token) or the site
/// (`/documents/{id}/{language}`, session).
enum DocumentAPI {
    static func documentId(_ context: KPCSRequestContext) throws -> Int64 {
        try context.idParameter { DocumentMessage.documentUnknown(id: $0) }
    }

    static func language(_ context: KPCSRequestContext) throws -> Language {
        try DocumentRules.language(context.pathParameter("language"), document: context.pathParameter("id"))
    }

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        // Each owner's list and its addition. A list looks its owner up first (an unknown one is a 404); an addition
        // checks its body before the store looks the owner up, so a 422 comes before the 404.
        let owners: [(GovernanceURL, @Sendable (KPCSRequestContext) throws -> DocumentOwner)] = [
            (GovernanceURL.apiMeetingDocuments(.key), { .meeting(try MeetingAPI.meetingId($0)) }),
            (GovernanceURL.apiBodyDocuments(.key), { .body(try WorkingBodyAPI.bodyCode($0)) }),
            (GovernanceURL.apiApplicationDocuments(.key), { .application(try ApplicationAPI.applicationId($0)) }),
        ]
        return owners.flatMap { url, owner in
            [
                Operation(.get, url, .anyone) { _, context in
                    let owner = try owner(context)
                    try await requireOwner(owner, store)
                    let documents = try await store.governance.documents(
                        of: owner, for: try context.optionalPrincipal())
                    return JSONBody.response(documents.map(DocumentJSON.init))
                },
                Operation(.post, url, recorders) { request, context in
                    let draft = try await JSONBody.decode(DocumentDraft.self, from: request)
                    let document = try await store.governance.addDocument(
                        to: try owner(context), draft, by: try context.principal())
                    return JSONBody.response(DocumentJSON(document), status: .created)
                },
            ]
        } + [
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

    /// Refuses an owner that does not exist (404), as a meeting, a body or an application unknown.
    static func requireOwner(_ owner: DocumentOwner, _ store: Store) async throws {
        switch owner {
        case .meeting(let id): _ = try await store.governance.meeting(id, for: nil)
        case .body(let code): _ = try await store.governance.workingBody(code, for: nil)
        case .application(let id): _ = try await store.governance.application(id, for: nil)
        }
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

/// A document as the API gives it: its owner (one of `meetingId`, `body`, `applicationId`), titles, whether it is
/// public, and each version's format, size and SHA-256.
struct DocumentJSON: Codable, Sendable {
    struct Version: Codable, Sendable {
        let language: String
        let format: String
        let size: Int
        let sha256: String
    }

    let id: Int64
    let meetingId: Int64?
    let body: String?
    let applicationId: Int64?
    let titleEn: String
    let titleFr: String
    let `public`: Bool
    let versions: [Version]
    let createdAt: String

    init(_ document: GovernanceDocument) {
        id = document.id
        switch document.owner {
        case .meeting(let id): (meetingId, body, applicationId) = (id, nil, nil)
        case .body(let code): (meetingId, body, applicationId) = (nil, code, nil)
        case .application(let id): (meetingId, body, applicationId) = (nil, nil, id)
        }
        titleEn = document.titleEn
        titleFr = document.titleFr
        self.public = document.isPublic
        versions = document.versions.map {
            Version(language: $0.language.rawValue, format: $0.format.rawValue, size: $0.size, sha256: $0.sha256)
        }
        createdAt = document.createdAt
    }
}
