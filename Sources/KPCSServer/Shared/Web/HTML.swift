import HTTPTypes
import Hummingbird
import KPCSCore
import NIOCore

/// A piece of HTML, safe by construction: the literal text written in the source is markup, and every value
/// interpolated into it is escaped for an element or a double-quoted attribute, unless it is itself ``HTML``.
/// Markup built by other means enters only through ``init(markup:)``, which says so at the call.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, ready to send.
    private(set) var markup: String

    init(stringLiteral literal: String) { markup = literal }

    init(stringInterpolation interpolation: Interpolation) { markup = interpolation.markup }

    /// Markup that trusted code put together itself (no outside text in it unescaped).
    init(markup: String) { self.markup = markup }

    static let empty: HTML = ""

    var description: String { markup }

    static func + (left: HTML, right: HTML) -> HTML { HTML(markup: left.markup + right.markup) }
    static func += (left: inout HTML, right: HTML) { left.markup += right.markup }

    /// Escapes text for an element or a double-quoted attribute.
    static func escaped(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Builds an ``HTML`` value: literals as they are, values escaped, ``HTML`` values as they are.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate(set) var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { markup += literal }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ text: some StringProtocol) { markup += HTML.escaped(text) }
        /// Any other value (a number, a date, a period) as its description, escaped.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTML.escaped(value.description)
        }
    }
}

extension Sequence where Element == HTML {
    /// The pieces one after another, with `separator` between them.
    func joined(separator: HTML = .empty) -> HTML {
        HTML(markup: map(\.markup).joined(separator: separator.markup))
    }
}

/// The page frame every HTML page of kpcs shares.
enum HTMLPage {
    /// What a page may load and where its forms may go: no script at all, the inline stylesheet and inline SVG only,
    /// forms
    /// to this site only, never inside another site's frame (clickjacking).
    static let contentSecurityPolicy =
        """
        default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors\
         'none'; base-uri 'none'
        """

    /// A whole page: language, title, the small inline stylesheet, a link to the same page in the other language.
    static func page(
        title: String, language: Language, otherLanguageLink: String, body: HTML, navigation: HTML = .empty,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let other = language == .en ? "Français" : "English"
        let html: HTML = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:90rem;margin:0\
             auto;padding:1rem;color:#1a1a1a;line-height:1.45}p,li,dd,fieldset{max-width:46rem}\
            .nw{white-space:nowrap}.tag{display:inline-block;padding:0 .45rem;border-radius:.8rem;font-size:.9em;\
            white-space:nowrap;border:1px solid}.s-issued{background:#e8f0fb;border-color:#0b4f9c}\
            .s-confirmed{background:#e9f6ee;border-color:#1b7f3b}\
            .s-discrepancy{background:#fff4d6;border-color:#8a6d00}\
            .s-refused{background:#fdf0e3;border-color:#a34700}.s-voided{background:#fdecea;border-color:#b3261e}\
            .s-expired{background:#eee;border-color:#555}caption{text-align:left}\
            .d-proposed{background:#eee;border-color:#555}.d-open{background:#e8f0fb;border-color:#0b4f9c}\
            .d-adopted{background:#e9f6ee;border-color:#1b7f3b}.d-not-adopted{background:#fdecea;border-color:#b3261e}\
            .scroll caption{position:sticky;left:0}
            a{color:#0b4f9c}a:focus,textarea:focus,button:focus,input:focus,select:focus{outline:3px solid\
             #f0a000;outline-offset:2px}
            textarea{width:100%;font-family:monospace;font-size:.85rem}button{font-size:1rem;padding:.4rem 1rem}
            .verdict{padding:.75rem 1rem;border-left:.4rem solid;margin:1rem\
             0}.ok{border-color:#1b7f3b;background:#e9f6ee}
            .bad{border-color:#b3261e;background:#fdecea}table{border-collapse:collapse}\
            .v-used{border-color:#0b4f9c;background:#e8f0fb}.v-refused{border-color:#a34700;background:#fdf0e3}\
            .v-voided{border-color:#6b21a8;background:#f3e8fb}.v-expired{border-color:#555;background:#eee}\
            .v-sync-first{border-color:#8a6d00;background:#fff4d6}\
            th,td{text-align:left;padding:.2rem .6rem .2rem 0;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}header nav\
             ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
            form.inline{display:inline}.choices{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}\
            .choice{font-weight:normal}.skip{position:absolute;left:-999px}\
            .skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
            label{font-weight:600}.error{color:#b3261e}input:not([type=hidden]){padding:.2rem}.scroll{overflow-x:auto}\
            th.sub{padding-left:1.2rem;font-weight:normal}
            tr.total{border-top:2px solid #1a1a1a}tr.flag{background:#fff4d6}input,select{font-size:1rem}
            .report-text,.comment{white-space:pre-wrap}tr.edited{background:#fff4d6}
            @media print{form,a[hreflang]{display:none}body{max-width:none}}
            </style></head>
            <body><a class="skip" href="#main">\(WebText.skipToContent.text(language))</a>
            <header><p><a id="language-link" href="\(otherLanguageLink)" hreflang="\(language == .en ? "fr" : "en")"\
             lang="\(language == .en ? "fr" : "en")">\(other)</a></p>\(navigation)</header>
            <main id="main">\(body)</main></body></html>
            """
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue,
                .contentSecurityPolicy: contentSecurityPolicy,
                .xFrameOptions: "DENY", .xContentTypeOptions: "nosniff", .referrerPolicy: "same-origin",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html.markup)))
    }
}

extension HTTPField.Name {
    /// Whether another site may show the page in a frame (older browsers; `frame-ancestors` for the others).
    static let xFrameOptions = Self("X-Frame-Options")!
    /// How much of the page's address a link sends on.
    static let referrerPolicy = Self("Referrer-Policy")!
}
