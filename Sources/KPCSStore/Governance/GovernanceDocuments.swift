import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// One language's version of a document as uploaded: its bytes and the media type they came with.
public struct DocumentUpload: Sendable {
    public var language: Language
    public var mediaType: String
    public var bytes: [UInt8]

    public init(language: Language, mediaType: String, bytes: [UInt8]) {
        self.language = language
        self.mediaType = mediaType
        self.bytes = bytes
    }
}

/// The bytes of one version of a document, as served.
public struct DocumentContent: Sendable {
    public var format: DocumentFormat
    public var bytes: [UInt8]
    public var sha256: String
}

/// The documents of meetings, working bodies and applications: added by whoever records their owner (a meeting's
/// recorders; for a body, an administrator or a delegate of this year's Chair or of the participant chairing the
/// body today; for an application, an administrator or a delegate of the candidate), each version (English, French)
/// stored with its SHA-256 in the same transaction as the public `document.version` leaf of a public document.
/// Public documents are read by anyone, the others by the deliberation, and an observer organisation's account reads
/// those of a body only if its organisation sits on it today (``DocumentRules/visible(_:to:sitsOnConcernedBody:)``).
extension GovernanceStore {
    /// Adds a document to a meeting, a body or an application, with the versions given (none through the API, which
    /// sends them apart; those of the page's upload form), all in one transaction: every version is checked before
    /// anything is written.
    public func addDocument(
        to owner: DocumentOwner, _ draft: DocumentDraft, versions: [DocumentUpload] = [], by principal: Principal
    ) async throws
        -> GovernanceDocument
    {
        try principal.require(.administrator, .delegate)
        let valid = try DocumentRules.validate(draft)
        let checked = try versions.map { ($0, try DocumentRules.format(of: $0.bytes, mediaType: $0.mediaType)) }
        let createdAt = Timestamp.string(now)
        let today = CalendarDate(utcDayOf: now)
        return try await transaction { db in
            let owned = try await Self.authorizeDocument(of: owner, by: principal, today: today, in: db)
            let row = try await db.raw(
                """
                INSERT INTO meeting_documents (meeting_id, body_id, application_id, title_en, title_fr, public,\
                 created_at, created_by) VALUES (\(bind: owned.meeting), \(bind: owned.body),\
                 \(bind: owned.application), \(bind: valid.titleEn), \(bind: valid.titleFr),\
                 \(bind: valid.isPublic ? 1 : 0), \(bind: createdAt), \(bind: principal.accountId)) RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            let document = try await Self.document(id, in: db)
            for (upload, format) in checked {
                try await Self.storeVersion(
                    upload.bytes, format: format, language: upload.language, of: document, at: createdAt,
                    by: principal, in: db)
            }
            return try await Self.document(id, in: db)
        }
    }

    /// Stores (or replaces) a document's version in a language.
    public func putVersion(
        of documentId: Int64, language: Language, mediaType: String, bytes: [UInt8], by principal: Principal
    ) async throws -> GovernanceDocument {
        try principal.require(.administrator, .delegate)
        let format = try DocumentRules.format(of: bytes, mediaType: mediaType)
        let recordedAt = Timestamp.string(now)
        let today = CalendarDate(utcDayOf: now)
        return try await transaction { db in
            let document = try await Self.document(documentId, in: db)
            _ = try await Self.authorizeDocument(
                of: document.owner, by: principal, today: today, in: db)
            try await Self.storeVersion(
                bytes, format: format, language: language, of: document, at: recordedAt, by: principal, in: db)
            return try await Self.document(documentId, in: db)
        }
    }

    /// Writes a checked version in place of the one in its language, and for a public document its
    /// `document.version` leaf.
    static func storeVersion(
        _ bytes: [UInt8], format: DocumentFormat, language: Language, of document: GovernanceDocument,
        at recordedAt: String, by principal: Principal, in db: BusinessTransaction
    ) async throws {
        let digest = Hex.encode(Array(SHA256.hash(data: bytes)))
        try await db.raw(
            """
            DELETE FROM document_versions WHERE document_id = \(bind: document.id) AND\
             language = \(bind: language.rawValue)
            """
        ).run()
        try await db.raw(
            """
            INSERT INTO document_versions (document_id, language, format, content, size, sha256, recorded_at,\
             recorded_by) VALUES (\(bind: document.id), \(bind: language.rawValue), \(bind: format.rawValue),\
             \(bind: Data(bytes)), \(bind: bytes.count), \(bind: digest), \(bind: recordedAt),\
             \(bind: principal.accountId))
            """
        ).run()
        if document.isPublic {
            _ = try await db.appendToLog(
                .governance(
                    "document.version", at: recordedAt,
                    details: [
                        "document": .integer(document.id), document.owner.kind: Self.ownerValue(document.owner),
                        "language": .string(language.rawValue), "sha256": .string(digest),
                        "size": .integer(Int64(bytes.count)),
                    ]))
        }
    }

    /// The documents of a meeting, a body or an application the principal may see, in the order they were added
    /// (at most 200; an owner that does not exist has none).
    public func documents(of owner: DocumentOwner, for principal: Principal?) async throws -> [GovernanceDocument] {
        let today = CalendarDate(utcDayOf: now)
        return try await database.read { db in
            let filter: SQLQueryString =
                switch owner {
                case .meeting(let id): "meeting_id = \(bind: id)"
                case .body(let code): "body_id IN (SELECT id FROM working_bodies WHERE code = \(bind: code))"
                case .application(let id): "application_id = \(bind: id)"
                }
            let ids = try await db.raw(
                "SELECT id FROM meeting_documents WHERE \(filter) ORDER BY id LIMIT 200"
            ).all().map { try $0.int("id") }
            var documents: [GovernanceDocument] = []
            for id in ids { documents.append(try await Self.document(id, in: db)) }
            return DocumentRules.visible(
                documents, to: principal,
                sitsOnConcernedBody: try await Self.sitsOnConcernedBody(
                    owner, principal: principal, today: today, in: db))
        }
    }

    /// The bytes of a version; a document the principal may not see is unknown to it.
    public func documentContent(
        _ id: Int64, language: Language, for principal: Principal?
    ) async throws
        -> DocumentContent
    {
        let today = CalendarDate(utcDayOf: now)
        return try await database.read { db in
            let document = try await Self.document(id, in: db)
            let sits = try await Self.sitsOnConcernedBody(
                document.owner, principal: principal, today: today, in: db)
            guard !DocumentRules.visible([document], to: principal, sitsOnConcernedBody: sits).isEmpty else {
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

    /// Whether the principal may add documents to the owner (the pages show the upload form by it; the rules
    /// decide again when it is sent).
    public func mayAddDocument(to owner: DocumentOwner, by principal: Principal?) async throws -> Bool {
        let today = CalendarDate(utcDayOf: now)
        return try await permits(principal) { principal, db in
            _ = try await Self.authorizeDocument(of: owner, by: principal, today: today, in: db)
        }
    }

    /// Refuses anyone who may not record the owner's documents (an owner that does not exist is a 404), and
    /// gives the owner's row ids for the document's columns.
    static func authorizeDocument(
        of owner: DocumentOwner, by principal: Principal, today: CalendarDate, in db: any SQLDatabase
    ) async throws -> (meeting: Int64?, body: Int64?, application: Int64?) {
        switch owner {
        case .meeting(let id):
            try await authorizeRecord(on: try await meeting(id, in: db), by: principal, in: db)
            return (id, nil, nil)
        case .body(let code):
            let body = try await workingBody(code, in: db)
            try MeetingRules.authorizeRecord(
                principal, chair: try await chair(of: today.year, in: db), year: today.year, body: body,
                startsOn: today)
            return (nil, body.id, nil)
        case .application(let id):
            guard
                let row = try await db.raw("SELECT participant_code FROM applications WHERE id = \(bind: id)").first()
            else {
                throw KPCSError.notFound(ParticipationMessage.applicationUnknown(id: String(id)))
            }
            try DocumentRules.authorizeAnnex(principal, candidate: try row.string("participant_code"))
            return (nil, nil, id)
        }
    }

    /// Whether an observer organisation's account sits, through its organisation, on the body a document concerns
    /// (true for anyone else, and where no body is concerned).
    static func sitsOnConcernedBody(
        _ owner: DocumentOwner, principal: Principal?, today: CalendarDate, in db: any SQLDatabase
    ) async throws -> Bool {
        guard let principal, principal.isObserverOrganisation, let organisation = principal.organisation else {
            return true
        }
        var meeting: Meeting?
        if case .meeting(let id) = owner { meeting = try await Self.meeting(id, in: db) }
        guard let code = DocumentRules.concernedBody(of: owner, meeting: meeting) else { return true }
        guard let body = try await workingBodies(named: code, in: db)[code] else { return false }
        return body.seats(on: today).contains { $0.holder == .organisation(organisation) }
    }

    /// The owner as the `document.version` leaf names it: a meeting's or an application's id, a body's code.
    static func ownerValue(_ owner: DocumentOwner) -> JSONValue {
        switch owner {
        case .meeting(let id), .application(let id): return .integer(id)
        case .body(let code): return .string(code)
        }
    }

    static func document(_ id: Int64, in db: any SQLDatabase) async throws -> GovernanceDocument {
        guard
            let row = try await db.raw(
                """
                SELECT d.*, b.code AS body_code FROM meeting_documents d LEFT JOIN working_bodies b ON b.id = d.body_id\
                 WHERE d.id = \(bind: id)
                """
            ).first()
        else {
            throw KPCSError.notFound(DocumentMessage.documentUnknown(id: String(id)))
        }
        let owner: DocumentOwner
        if let meeting = try row.optionalInt("meeting_id") {
            owner = .meeting(meeting)
        } else if let application = try row.optionalInt("application_id") {
            owner = .application(application)
        } else if let body = try row.optionalString("body_code") {
            owner = .body(body)
        } else {
            throw StoreCorruption.badValue("meeting_documents", "document \(id) has no owner")
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
        return GovernanceDocument(
            id: id, owner: owner, titleEn: try row.string("title_en"),
            titleFr: try row.string("title_fr"), isPublic: try row.bool("public"), versions: versions,
            createdAt: try row.string("created_at"))
    }
}
