import KPCSCore

/// The web forms' messages: a form posted without its token, numbers typed that cannot be read.
enum WebMessage: String, MessageKey, CaseIterable {
    case formTokenInvalid = "form-token-invalid"
    case decimalInvalid = "decimal-invalid"
    case wholeNumberInvalid = "whole-number-invalid"

    var code: String { rawValue }

    var texts: (en: String, fr: String) {
        switch self {
        case .formTokenInvalid:
            return (
                "This form was refused: it did not carry this session's security token. Reload the page and try again.",
                """
                Ce formulaire a été refusé : il ne portait pas le jeton de sécurité de cette session. Rechargez la\
                 page et réessayez.
                """
            )
        case .decimalInvalid:
            return (
                "{0}: write a number with at most two decimals, for example {1}.",
                "{0} : écrivez un nombre d'au plus deux décimales, par exemple {1}."
            )
        case .wholeNumberInvalid:
            return ("{0}: write a whole number, for example 3.", "{0} : écrivez un nombre entier, par exemple 3.")
        }
    }
}
