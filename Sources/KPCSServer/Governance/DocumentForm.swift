import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The form that adds a document with its files, on the pages of a meeting, a working body and an application:
/// titles, whether it is public, and a file (PDF or text) for English, French or both, uploaded as
/// `multipart/form-data` and stored with the document in one transaction (what `POST …/documents` and
/// `PUT /api/v1/documents/{id}/{language}` store). Shown to those who may add documents to the owner.
enum DocumentForm {
    /// Two versions at their largest, and the form's other fields.
    static let maximumUpload = 2 * DocumentRules.maximumBytes + 64 * 1024

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation.page(.post, GovernanceURL.meetingDocuments(.key), recorders) { request, context in
                let id = try MeetingAPI.meetingId(context)
                return try await submit(store, owner: .meeting(id), request: request, context: context) {
                    try await MeetingPages.detailPage(
                        store, id: id, request: request, context: context, errors: $0, form: $1)
                }
            },
            Operation.page(.post, GovernanceURL.bodyDocuments(.key), recorders) { request, context in
                let code = try WorkingBodyAPI.bodyCode(context)
                return try await submit(store, owner: .body(code), request: request, context: context) {
                    try await WorkingBodyPages.detail(
                        store, code: code, request: request, context: context, errors: $0, form: $1)
                }
            },
            Operation.page(.post, GovernanceURL.applicationDocuments(.key), recorders) { request, context in
                let id = try ApplicationAPI.applicationId(context)
                return try await submit(store, owner: .application(id), request: request, context: context) {
                    try await ApplicationPages.detail(
                        store, id: id, request: request, context: context, errors: $0, form: $1)
                }
            },
        ]
    }

    /// The owner's page, where the form is and where it leads back.
    static func page(of owner: DocumentOwner) -> GovernanceURL {
        switch owner {
        case .meeting(let id): GovernanceURL.meeting(.value(String(id)))
        case .body(let code): GovernanceURL.body(.value(code))
        case .application(let id): GovernanceURL.application(.value(String(id)))
        }
    }

    static func action(of owner: DocumentOwner) -> GovernanceURL {
        switch owner {
        case .meeting(let id): GovernanceURL.meetingDocuments(.value(String(id)))
        case .body(let code): GovernanceURL.bodyDocuments(.value(code))
        case .application(let id): GovernanceURL.applicationDocuments(.value(String(id)))
        }
    }

    /// Reads the upload, checks each file beside its field, stores the document with its versions, and goes back
    /// to the owner's page; a refusal shows that page again with the messages.
    static func submit(
        _ store: Store, owner: DocumentOwner, request: Request, context: KPCSRequestContext,
        again: (WebParts.FieldErrors, [String: String]) async throws -> Response
    ) async throws -> Response {
        let upload = try await WebUpload.read(request, context, upTo: maximumUpload)
        var fields = upload.fields
        fields["form"] = "document"
        let language = WebLanguage.resolve(request, context: context)
        var errors = WebParts.FieldErrors()
        var versions: [DocumentUpload] = []
        for version in Language.allCases {
            let field = "file\(version.rawValue.uppercased())"
            guard let part = upload.part(field), !part.bytes.isEmpty || !(part.filename ?? "").isEmpty else {
                continue
            }
            let file = DocumentUpload(language: version, mediaType: part.contentType ?? "", bytes: part.bytes)
            do {
                _ = try DocumentRules.format(of: file.bytes, mediaType: file.mediaType)
                versions.append(file)
            } catch let error as KPCSError {
                errors.add(error, language: language) { _ in "document-\(field)" }
            }
        }
        if versions.isEmpty && errors.isEmpty {
            errors.add("document-fileEN", LocalizedMessage(DocumentMessage.fileRequired).text(in: language))
        }
        if errors.isEmpty {
            let draft = DocumentDraft(
                titleEn: fields.filled("titleEn"), titleFr: fields.filled("titleFr"), public: fields["public"] != nil)
            do {
                _ = try await store.governance.addDocument(
                    to: owner, draft, versions: versions, by: try context.principal())
                return WebChrome.redirect(page(of: owner).path(query: [("saved", "1")]))
            } catch let error as KPCSError where error.isShownOnForm {
                errors.add(error, language: language) { pointer in
                    pointer == "/titleEn" || pointer == "/titleFr" ? "document-\(pointer.dropFirst())" : "document"
                }
            }
        }
        return try await again(errors, fields)
    }

    /// The form; `form` is what a refused upload sent (its files are not kept: the browser asks for them again).
    static func html(
        owner: DocumentOwner, errors: WebParts.FieldErrors, form: [String: String]?, chrome: WebChrome
    ) -> HTML {
        let sent = form?["form"] == "document" ? form : nil
        func input(_ name: String, _ label: DocumentFormText) -> HTML {
            let id = "document-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" size="40"\
                 value="\(sent?[name] ?? "")"\(errors.attributes(id))>\(errors.message(id))</p>
                """
        }
        func file(_ name: String, _ label: DocumentFormText) -> HTML {
            let id = "document-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" type="file"\
                 accept=".pdf,.txt,application/pdf,text/plain"\(errors.attributes(id))>\(errors.message(id))</p>
                """
        }
        let isPublic = sent.map { $0["public"] != nil } ?? true
        return """
            <section aria-labelledby="document-title"><h2 id="document-title">\(chrome.t(DocumentFormText.title))</h2>
            <form method="post" action="\(action(of: owner))" enctype="multipart/form-data" id="document-form">\
            \(chrome.csrfField)\(errors.message("document"))<p class="hint">\(chrome.t(DocumentFormText.hint))</p>
            \(input("titleEn", .titleEn))\(input("titleFr", .titleFr))
            <p><label class="choice"><input type="checkbox" name="public" id="document-public"\
            \(isPublic ? " checked" : "")> \(chrome.t(DocumentFormText.isPublic))</label></p>
            \(file("fileEN", .fileEn))\(file("fileFR", .fileFr))
            <p><button type="submit" id="document-submit">\(chrome.t(DocumentFormText.button))</button></p></form>\
            </section>
            """
    }
}

/// The texts of the document form, in English and French.
enum DocumentFormText: CaseIterable, LocalizedText {
    case title, hint, titleEn, titleFr, isPublic, fileEn, fileFr, button

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Add a document", "Ajouter un document")
        case .hint:
            (en, fr) = (
                """
                A PDF or a text file (UTF-8) for English, French or both, at most 4 MiB each; kpcs keeps each with its\
                 SHA-256, and a public document's versions are entries of the transparency log.
                """,
                """
                Un PDF ou un fichier texte (UTF-8) pour l'anglais, le français ou les deux, 4 Mio au plus chacun ;\
                 kpcs garde chacun avec son SHA-256, et les versions d'un document public sont des entrées du journal\
                 de transparence.
                """
            )
        case .titleEn: (en, fr) = ("Title in English", "Titre en anglais")
        case .titleFr: (en, fr) = ("Title in French", "Titre en français")
        case .isPublic:
            (en, fr) = (
                "Public (otherwise for delegates and observers only)",
                "Public (sinon pour les seuls délégués et observateurs)"
            )
        case .fileEn: (en, fr) = ("English version", "Version anglaise")
        case .fileFr: (en, fr) = ("French version", "Version française")
        case .button: (en, fr) = ("Add the document", "Ajouter le document")
        }
        return language == .fr ? fr : en
    }
}
