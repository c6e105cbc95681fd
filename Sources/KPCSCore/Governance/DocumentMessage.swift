/// The messages of meetings' documents.
public enum DocumentMessage: MessageKey {
    case documentUnknown(id: String)
    case versionUnknown(document: String, language: String)
    case formatUnsupported(mediaType: String)
    case versionEmpty
    case notAPDF
    case notUTF8Text
    case uploadMalformed
    case uploadTooManyParts(maximum: String)
    case fileRequired

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .documentUnknown(let id):
            return ("No document has the id \(id).", "Aucun document n'a l'identifiant \(id).")
        case .versionUnknown(let document, let language):
            return (
                "Document \(document) has no version in \(language) (en or fr).",
                "Le document \(document) n'a pas de version en \(language) (en ou fr)."
            )
        case .formatUnsupported(let mediaType):
            return (
                "A document is sent as application/pdf or text/plain (UTF-8), not \(mediaType).",
                "Un document est envoyé en application/pdf ou text/plain (UTF-8), pas en \(mediaType)."
            )
        case .versionEmpty:
            return ("The document is empty.", "Le document est vide.")
        case .notAPDF:
            return (
                "These bytes are not a PDF: a PDF starts with %PDF-.",
                "Ces octets ne sont pas un PDF : un PDF commence par %PDF-."
            )
        case .notUTF8Text:
            return (
                "This text is not valid UTF-8, or it holds a NUL byte.",
                "Ce texte n'est pas de l'UTF-8 valide, ou il contient un octet NUL."
            )
        case .uploadMalformed:
            return (
                "The uploaded form could not be read (multipart/form-data with a boundary, each part named).",
                """
                Le formulaire envoyé n'a pas pu être lu (multipart/form-data avec une frontière, chaque partie\
                 nommée).
                """
            )
        case .uploadTooManyParts(let maximum):
            return (
                "An uploaded form has at most \(maximum) parts.",
                "Un formulaire envoyé compte au plus \(maximum) parties."
            )
        case .fileRequired:
            return (
                "Choose a file for at least one language (English or French).",
                "Choisissez un fichier pour au moins une langue (anglais ou français)."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case documentUnknown = "document-unknown"
        case versionUnknown = "document-version-unknown"
        case formatUnsupported = "document-format-unsupported"
        case versionEmpty = "document-empty"
        case notAPDF = "document-not-pdf"
        case notUTF8Text = "document-not-utf8-text"
        case uploadMalformed = "upload-malformed"
        case uploadTooManyParts = "upload-too-many-parts"
        case fileRequired = "document-file-required"
    }

    public var stableCode: Code {
        switch self {
        case .documentUnknown: .documentUnknown
        case .versionUnknown: .versionUnknown
        case .formatUnsupported: .formatUnsupported
        case .versionEmpty: .versionEmpty
        case .notAPDF: .notAPDF
        case .notUTF8Text: .notUTF8Text
        case .uploadMalformed: .uploadMalformed
        case .uploadTooManyParts: .uploadTooManyParts
        case .fileRequired: .fileRequired
        }
    }
}
