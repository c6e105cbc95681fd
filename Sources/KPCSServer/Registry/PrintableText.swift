import KPCSCore
import KPCSPDF

/// What the certificate prints must print as written: a company's name and address in a script that needs shaping
/// or right-to-left layout (Arabic, Hebrew, Devanagari…), or with characters no bundled font has, are refused when
/// they are registered, with a message asking for the Latin form, rather than printed broken.
enum PrintableText {
    /// Throws one validation error naming each field that cannot print, or returns.
    static func check(_ draft: CompanyDraft) throws {
        var violations: [Violation] = []
        for (pointer, field, text) in [("/name", "name", draft.name), ("/address", "address", draft.address)] {
            guard let text, let characters = unprintable(text) else { continue }
            violations.append(
                Violation(pointer, RegistryMessage.textNotPrintable(field: field, characters: characters)))
        }
        if !violations.isEmpty { throw KPCSError.validation(violations) }
    }

    /// The characters of `text` the certificate cannot print, as shown in a message (at most ten), or nil.
    static func unprintable(_ text: String) -> String? {
        guard let fonts = CertificateFonts.regular else { return nil }
        let scalars = PDFText.unprintable(text, fonts: fonts).filter { $0 != "\n" && $0 != "\r" }
        guard !scalars.isEmpty else { return nil }
        return scalars.prefix(10).map { String(Character($0)) }.joined(separator: " ")
    }
}
