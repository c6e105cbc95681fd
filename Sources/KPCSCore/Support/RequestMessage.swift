/// The messages of any request: required, mistyped, too long or empty fields, dates, pages, and the count of
/// problems.
public enum RequestMessage: MessageKey {
    case validationFailed(count: String)
    case fieldRequired(field: String)
    case fieldWrongType(field: String, expected: String)
    case fieldValueInvalid(field: String, value: String, allowed: String)
    case textTooLong(field: String, maximum: String)
    case textEmpty(field: String)
    case textTooManyLines(field: String, maximum: String)
    case dateInvalid(field: String)
    case pageInvalid(field: String, minimum: String, maximum: String)
    case moreProblems(count: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .validationFailed(let count):
            return ("The request has \(count) problem(s).", "La requête comporte \(count) problème(s).")
        case .fieldRequired(let field):
            return ("\(field) is required.", "\(field) est obligatoire.")
        case .fieldWrongType(let field, let expected):
            return (
                "\(field) has the wrong type: expected \(expected).",
                "\(field) n'a pas le bon type : \(expected) attendu."
            )
        case .fieldValueInvalid(let field, let value, let allowed):
            return (
                "\(field) cannot be \(value); allowed values: \(allowed).",
                "\(field) ne peut pas valoir \(value) ; valeurs admises : \(allowed)."
            )
        case .textTooLong(let field, let maximum):
            return (
                "\(field) is too long: at most \(maximum) characters.",
                "\(field) est trop long : \(maximum) caractères au plus."
            )
        case .textEmpty(let field):
            return ("\(field) must not be empty.", "\(field) ne doit pas être vide.")
        case .textTooManyLines(let field, let maximum):
            return (
                "\(field) has too many lines: at most \(maximum).",
                "\(field) compte trop de lignes : \(maximum) au plus."
            )
        case .dateInvalid(let field):
            return ("\(field) must be a date written YYYY-MM-DD.", "\(field) doit être une date au format AAAA-MM-JJ.")
        case .pageInvalid(let field, let minimum, let maximum):
            return (
                "\(field) must be a whole number from \(minimum) to \(maximum).",
                "\(field) doit être un nombre entier de \(minimum) à \(maximum)."
            )
        case .moreProblems(let count):
            return (
                "… and \(count) more problem(s) not listed; correct these first.",
                "… et \(count) autre(s) problème(s) non listé(s) ; corrigez d'abord ceux-ci."
            )
        }
    }
}

extension RequestMessage {
    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case validationFailed = "validation-failed"
        case fieldRequired = "field-required"
        case fieldWrongType = "field-wrong-type"
        case fieldValueInvalid = "field-value-invalid"
        case textTooLong = "text-too-long"
        case textEmpty = "text-empty"
        case textTooManyLines = "text-too-many-lines"
        case dateInvalid = "date-invalid"
        case pageInvalid = "page-invalid"
        case moreProblems = "more-problems"
    }

    public var stableCode: Code {
        switch self {
        case .validationFailed: .validationFailed
        case .fieldRequired: .fieldRequired
        case .fieldWrongType: .fieldWrongType
        case .fieldValueInvalid: .fieldValueInvalid
        case .textTooLong: .textTooLong
        case .textEmpty: .textEmpty
        case .textTooManyLines: .textTooManyLines
        case .dateInvalid: .dateInvalid
        case .pageInvalid: .pageInvalid
        case .moreProblems: .moreProblems
        }
    }
}
