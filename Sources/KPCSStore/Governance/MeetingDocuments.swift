import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// The bytes of one version of a document, as served.
public struct DocumentContent: Sendable {
    public var format: DocumentFormat
    public var bytes: [UInt8]
    public var sha256: String
}

/// The documents of meetings: added by whoever records the meeting (an administrator, or a delegate of the Chair
/// of its year), each version (English, French) stored with its SHA-256 in the same transaction as the public
/// `document.version` leaf of a public document. Public documents are read by anyone, the others by the
/// deliberation (``DocumentRules/visible(_:to:)``).
extension GovernanceStore {
    /// Adds a document, without versions yet, to a meeting.
    public func addDocument(
        to meetingId: Int64, _ draft: DocumentDraft, by principal: Principal
    ) async throws
        -> MeetingDocument
    {
        try principal.require(.administrator, .delegate)
        let valid = try DocumentRules.validate(draft)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            let meeting = try await Self.meeting(meetingId, in: db)
            try await Self.authorizeRecord(on: meeting, by: principal, in: db)
            let row = try await db.raw(
                """
                INSERT INTO meeting_documents (meeting_id, title_en, title_fr, public, created_at, created_by) VALUES\
                 (\(bind: meetingId), \(bind: valid.titleEn), \(bind: valid.titleFr), \(bind: valid.isPublic ? 1 : 0),\
                 \(bind: createdAt), \(bind: principal.accountId)) RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            return try await Self.document(id, in: db)
        }
    }

    /// Stores (or replaces) a document's version in a language.
    public func putVersion(
        of documentId: Int64, language: Language, mediaType: String, bytes: [UInt8], by principal: Principal
    ) async throws -> MeetingDocument {
        try principal.require(.administrator, .delegate)
        let format = try DocumentRules.format(of: bytes, mediaType: mediaType)
        let digest = Hex.encode(Array(SHA256.hash(data: bytes)))
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            let document = try await Self.document(documentId, in: db)
            let meeting = try await Self.meeting(document.meetingId, in: db)
            try await Self.authorizeRecord(on: meeting, by: principal, in: db)
            try await db.raw(
                """
                DELETE FROM document_versions WHERE document_id = \(bind: documentId) AND\
                 language = \(bind: language.rawValue)
                """
            ).run()
            try await db.raw(
                """
                INSERT INTO document_versions (document_id, language, format, content, size, sha256, recorded_at,\
                 recorded_by) VALUES (\(bind: documentId), \(bind: language.rawValue), \(bind: format.rawValue),\
                 \(bind: Data(bytes)), \(bind: bytes.count), \(bind: digest), \(bind: recordedAt),\
                 \(bind: principal.accountId))
                """
            ).run()
            if document.isPublic {
                _ = try await db.appendToLog(
                    .governance(
                        "document.version", at: recordedAt,
                        details: [
                            "document": .integer(documentId), "meeting": .integer(document.meetingId),
                            "language": .string(language.rawValue), "sha256": .string(digest),
                            "size": .integer(Int64(bytes.count)),
                        ]))
            }
            return try await Self.document(documentId, in: db)
        }
    }

    /// A meeting's documents the principal may see, in the order they were added.
    public func documents(of meetingId: Int64, for principal: Principal?) async throws -> [MeetingDocument] {
        try await database.read { db in
            let ids = try await db.raw(
                "SELECT id FROM meeting_documents WHERE meeting_id = \(bind: meetingId) ORDER BY id LIMIT 200"
            ).all().map { try $0.int("id") }
            var documents: [MeetingDocument] = []
            for id in ids { documents.append(try await Self.document(id, in: db)) }
            return DocumentRules.visible(documents, to: principal)
        }
    }

    /// The bytes of a version; a document the principal may not see is unknown to it.
    public func documentContent(
        _ id: Int64, language: Language, for principal: Principal?
    ) async throws
        -> DocumentContent
    {
        try await database.read { db in
            let document = try await Self.document(id, in: db)
            guard !DocumentRules.visible([document], to: principal).isEmpty else {
                throw KPCSError.notFound(DocumentMessage.documentUnknown(id: String(id)))
            }
            guard
                let row = try await db.raw(
                    """
                    SELECT format, content, sha256 FROM document_versions WHERE document_id = \(bind: id) AND\
                     language = \(bind: language.rawValue)
                    """
                ).first()
            else {
                throw KPCSError.notFound(
                    DocumentMessage.versionUnknown(document: String(id), language: language.rawValue))
            }
            let text = try row.string("format")
            guard let format = DocumentFormat(rawValue: text) else { throw StoreCorruption.badValue("format", text) }
            let content = try row.decode(column: "content", as: Data.self)
            return DocumentContent(format: format, bytes: Array(content), sha256: try row.string("sha256"))
        }
    }

    static func document(_ id: Int64, in db: any SQLDatabase) async throws -> MeetingDocument {
        guard let row = try await db.raw("SELECT * FROM meeting_documents WHERE id = \(bind: id)").first() else {
            throw KPCSError.notFound(DocumentMessage.documentUnknown(id: String(id)))
        }
        let versions = try await db.raw(
            """
            SELECT language, format, size, sha256 FROM document_versions WHERE document_id = \(bind: id) ORDER BY\
             language
            """
        ).all().map { version in
            let language = try version.string("language")
            let format = try version.string("format")
            guard let parsedLanguage = Language(rawValue: language), let parsedFormat = DocumentFormat(rawValue: format)
            else { throw StoreCorruption.badValue("document_versions", "\(language) \(format)") }
            return DocumentVersion(
                language: parsedLanguage, format: parsedFormat, size: Int(try version.int("size")),
                sha256: try version.string("sha256"))
        }
        return MeetingDocument(
            id: id, meetingId: try row.int("meeting_id"), titleEn: try row.string("title_en"),
            titleFr: try row.string("title_fr"), isPublic: try row.bool("public"), versions: versions,
            createdAt: try row.string("created_at"))
    }
}
