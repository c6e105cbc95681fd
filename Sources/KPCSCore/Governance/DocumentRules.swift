/// The rules of documents (of meetings, bodies and applications): titles in both languages; each version a PDF (it
/// starts `%PDF-`) or UTF-8 text without NUL, at most ``maximumBytes``; non-public documents for the deliberation
/// only. Who adds them is who records their owner: ``MeetingRules`` for a meeting or a body, and for an
/// application ``authorizeAnnex(_:candidate:)``.
public enum DocumentRules {
    /// The largest version, in bytes.
    public static let maximumBytes = 4 << 20

    public static func validate(_ draft: DocumentDraft) throws -> (titleEn: String, titleFr: String, isPublic: Bool) {
        var violations: [Violation] = []
        let en = RegistryRules.checkName(draft.titleEn, pointer: "/titleEn", into: &violations)
        let fr = RegistryRules.checkName(draft.titleFr, pointer: "/titleFr", into: &violations)
        guard violations.isEmpty, let en, let fr else { throw KPCSError.validation(violations) }
        return (en, fr, draft.public ?? true)
    }

    /// The format a version's bytes have, from the media type they were sent with (`application/pdf`,
    /// `text/plain` in UTF-8) and checked against the bytes themselves.
    public static func format(of bytes: [UInt8], mediaType essence: String) throws -> DocumentFormat {
        let format: DocumentFormat
        switch essence {
        case "application/pdf": format = .pdf
        case "text/plain": format = .text
        default:
            throw KPCSError.invalid(DocumentMessage.formatUnsupported(mediaType: String(essence.prefix(60))))
        }
        guard !bytes.isEmpty else { throw KPCSError.invalid(DocumentMessage.versionEmpty) }
        switch format {
        case .pdf:
            guard bytes.starts(with: Array("%PDF-".utf8)) else { throw KPCSError.invalid(DocumentMessage.notAPDF) }
        case .text:
            guard String(validating: bytes, as: UTF8.self) != nil, !bytes.contains(0) else {
                throw KPCSError.invalid(DocumentMessage.notUTF8Text)
            }
        }
        return format
    }

    /// An application's documents are added by an administrator or a delegate of the candidate, whatever the
    /// application's state (an annex may follow the decision).
    public static func authorizeAnnex(_ principal: Principal, candidate: String) throws {
        try principal.require(.administrator, .delegate)
        if principal.role == .delegate, principal.delegation != candidate {
            throw KPCSError.forbidden(ParticipationMessage.onlyCandidateApplies(candidate: candidate))
        }
    }

    /// The language of a path segment: `en` or `fr`.
    public static func language(_ text: String, document: String) throws -> Language {
        guard let language = Language(rawValue: text) else {
            throw KPCSError.notFound(
                DocumentMessage.versionUnknown(document: document, language: String(text.prefix(8))))
        }
        return language
    }

    /// The body whose seats decide who of the observer organisations reads a document that is not public: the
    /// body itself for its own documents, the body that met for a working body's meeting, the CPC for an
    /// application's; none for a Plenary's or an Intersessional's, where every observer organisation sits.
    public static func concernedBody(of owner: DocumentOwner, meeting: Meeting?) -> String? {
        switch owner {
        case .body(let code): return code
        case .meeting: return meeting?.body
        case .application: return ParticipationRules.committee
        }
    }

    /// The documents the principal may see: public ones; all of them for the deliberation (delegates,
    /// administrators, scheme-wide readers); for an observer organisation's account, those that are not public only
    /// where its organisation sits (`sitsOnConcernedBody`: it holds a seat today on the concerned body, or none is
    /// concerned).
    public static func visible(
        _ documents: [GovernanceDocument], to principal: Principal?, sitsOnConcernedBody: Bool = true
    ) -> [GovernanceDocument] {
        guard GovernanceAccess.seesDeliberation(principal) else { return documents.filter(\.isPublic) }
        guard principal?.isObserverOrganisation == true, !sitsOnConcernedBody else { return documents }
        return documents.filter(\.isPublic)
    }
}
