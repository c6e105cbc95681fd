import HTTPTypes
import Hummingbird
import KPCSCore
import NIOCore

/// The few HTML helpers kpcs's server-rendered pages need: escaping and the page frame.
enum HTML {
    /// Escapes text for an element or a double-quoted attribute.
    static func escape(_ text: String) -> String {
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

    /// What a page may load and where its forms may go: no script at all, the inline stylesheet and inline SVG only, forms
    /// to this site only, never inside another site's frame (clickjacking).
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// A whole page: language, title, the small inline stylesheet, a link to the same page in the other language.
    static func page(
        title: String, language: Language, otherLanguageLink: String, body: String, navigation: String = "",
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let other = language == .en ? "Français" : "English"
        let html = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.45}
            a{color:#0b4f9c}a:focus,textarea:focus,button:focus,input:focus,select:focus{outline:3px solid #f0a000;outline-offset:2px}
            textarea{width:100%;font-family:monospace;font-size:.85rem}button{font-size:1rem;padding:.4rem 1rem}
            .verdict{padding:.75rem 1rem;border-left:.4rem solid;margin:1rem 0}.ok{border-color:#1b7f3b;background:#e9f6ee}
            .bad{border-color:#b3261e;background:#fdecea}table{border-collapse:collapse}th,td{text-align:left;padding:.2rem .6rem .2rem 0;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}header nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
            form.inline{display:inline}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
            label{font-weight:600}.error{color:#b3261e}input:not([type=hidden]){padding:.2rem}.scroll{overflow-x:auto}th.sub{padding-left:1.2rem;font-weight:normal}
            tr.total{border-top:2px solid #1a1a1a}tr.flag{background:#fff4d6}input,select{font-size:1rem}
            @media print{form,a[hreflang]{display:none}body{max-width:none}}
            </style></head>
            <body><a class="skip" href="#main">\(escape(WebText.skipToContent.text(language)))</a>
            <header><p><a id="language-link" href="\(escape(otherLanguageLink))" hreflang="\(language == .en ? "fr" : "en")" lang="\(language == .en ? "fr" : "en")">\(other)</a></p>\(navigation)</header>
            <main id="main">\(body)</main></body></html>
            """
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue, .contentSecurityPolicy: contentSecurityPolicy,
                .xFrameOptions: "DENY", .xContentTypeOptions: "nosniff", .referrerPolicy: "same-origin",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

extension HTTPField.Name {
    /// Whether another site may show the page in a frame (older browsers; `frame-ancestors` for the others).
    static let xFrameOptions = Self("X-Frame-Options")!
    /// How much of the page's address a link sends on.
    static let referrerPolicy = Self("Referrer-Policy")!
}
