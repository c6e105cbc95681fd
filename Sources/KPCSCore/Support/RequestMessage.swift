/// The messages of any request: required, mistyped, too long or empty fields, dates, pages, and the count of
/// problems.
public enum RequestMessage: String, MessageKey, CaseIterable {
    case validationFailed = "validation-failed"
    case fieldRequired = "field-required"
    case fieldWrongType = "field-wrong-type"
    case fieldValueInvalid = "field-value-invalid"
    case textTooLong = "text-too-long"
    case textEmpty = "text-empty"
    case dateInvalid = "date-invalid"
    case pageInvalid = "page-invalid"
    case moreProblems = "more-problems"

    public var code: String { rawValue }

    public var texts: (en: String, fr: String) {
        switch self {
        case .validationFailed:
            return ("The request has {0} problem(s).", "La requête comporte {0} problème(s).")
        case .fieldRequired:
            return ("{0} is required.", "{0} est obligatoire.")
        case .fieldWrongType:
            return ("{0} has the wrong type: expected {1}.", "{0} n'a pas le bon type : {1} attendu.")
        case .fieldValueInvalid:
            return ("{0} cannot be {1}; allowed values: {2}.", "{0} ne peut pas valoir {1} ; valeurs admises : {2}.")
        case .textTooLong:
            return ("{0} is too long: at most {1} characters.", "{0} est trop long : {1} caractères au plus.")
        case .textEmpty:
            return ("{0} must not be empty.", "{0} ne doit pas être vide.")
        case .dateInvalid:
            return ("{0} must be a date written YYYY-MM-DD.", "{0} doit être une date au format AAAA-MM-JJ.")
        case .pageInvalid:
            return ("{0} must be a whole number from {1} to {2}.", "{0} doit être un nombre entier de {1} à {2}.")
        case .moreProblems:
            return (
                "… and {0} more problem(s) not listed; correct these first.",
                "… et {0} autre(s) problème(s) non listé(s) ; corrigez d'abord ceux-ci."
            )
        }
    }
}
