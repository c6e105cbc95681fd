import KPCSCore

/// The web forms' messages: a form posted without its token, numbers typed that cannot be read or are negative.
enum WebMessage: MessageKey {
    case formTokenInvalid
    case decimalInvalid(field: String, example: String)
    case wholeNumberInvalid(field: String)
    case numberNegative(field: String, example: String)

    var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .formTokenInvalid:
            return (
                "This form was refused: it did not carry this session's security token. Reload the page and try again.",
                """
                Ce formulaire a été refusé : il ne portait pas le jeton de sécurité de cette session. Rechargez la\
                 page et réessayez.
                """
            )
        case .decimalInvalid(let field, let example):
            return (
                "\(field): write a number with at most two decimals, for example \(example).",
                "\(field) : écrivez un nombre d'au plus deux décimales, par exemple \(example)."
            )
        case .wholeNumberInvalid(let field):
            return (
                "\(field): write a whole number, for example 3.", "\(field) : écrivez un nombre entier, par exemple 3."
            )
        case .numberNegative(let field, let example):
            return (
                "\(field): the number is negative; write zero or more, for example \(example).",
                "\(field) : le nombre est négatif ; écrivez zéro ou plus, par exemple \(example)."
            )
        }
    }
}

extension WebMessage {
    /// The stable code of each message, whatever its values.
    enum Code: String, CaseIterable, Sendable {
        case formTokenInvalid = "form-token-invalid"
        case decimalInvalid = "decimal-invalid"
        case wholeNumberInvalid = "whole-number-invalid"
        case numberNegative = "number-negative"
    }

    var stableCode: Code {
        switch self {
        case .formTokenInvalid: .formTokenInvalid
        case .decimalInvalid: .decimalInvalid
        case .wholeNumberInvalid: .wholeNumberInvalid
        case .numberNegative: .numberNegative
        }
    }
}
