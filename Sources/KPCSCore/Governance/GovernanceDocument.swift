/// The formats a document may have: PDF, or plain text in UTF-8.
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    case pdf, text

    /// The media type it is served with.
    public var mediaType: String {
        switch self {
        case .pdf: return "application/pdf"
        case .text: return "text/plain; charset=utf-8"
        }
    }
}

/// One language's version of a document: its format, size and SHA-256 (the bytes are served apart).
public struct DocumentVersion: Sendable, Equatable {
    public var language: Language
    public var format: DocumentFormat
    public var size: Int
    /// Lowercase hex.
    public var sha256: String

    public init(language: Language, format: DocumentFormat, size: Int, sha256: String) {
        self.language = language
        self.format = format
        self.size = size
        self.sha256 = sha256
    }
}

/// What a document belongs to: a meeting, a working body (by code) or a participation application.
public enum DocumentOwner: Sendable, Hashable {
    case meeting(Int64)
    case body(String)
    case application(Int64)

    /// The member that names the owner in the API's JSON and in the `document.version` leaf: `meeting`, `body`
    /// or `application`.
    public var kind: String {
        switch self {
        case .meeting: return "meeting"
        case .body: return "body"
        case .application: return "application"
        }
    }
}

/// A document of the scheme (a meeting's agenda or report, a working body's working paper, an application's annex)
/// with its English and French versions; public, or for the deliberation (delegates, observers, administrators)
/// only.
public struct GovernanceDocument: Sendable, Equatable {
    public var id: Int64
    public var owner: DocumentOwner
    public var titleEn: String
    public var titleFr: String
    public var isPublic: Bool
    public var versions: [DocumentVersion]
    public var createdAt: String

    public init(
        id: Int64, owner: DocumentOwner, titleEn: String, titleFr: String, isPublic: Bool,
        versions: [DocumentVersion], createdAt: String
    ) {
        self.id = id
        self.owner = owner
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.isPublic = isPublic
        self.versions = versions
        self.createdAt = createdAt
    }

    /// The title in a language.
    public func title(in language: Language) -> String { language == .fr ? titleFr : titleEn }
}

/// A request to add a document to a meeting, a body or an application, every field optional. `public` defaults to
/// true.
public struct DocumentDraft: Codable, Sendable, Equatable {
    public var titleEn: String?
    public var titleFr: String?
    public var `public`: Bool?

    public init(titleEn: String? = nil, titleFr: String? = nil, public isPublic: Bool? = nil) {
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.public = isPublic
    }
}
