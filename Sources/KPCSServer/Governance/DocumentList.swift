import Foundation
import KPCSCore

/// The documents of a meeting, a working body or an application on its page: each title (marked when not public)
/// and each version a link to `/documents/{id}/{language}` with its format, size and the start of its SHA-256.
enum DocumentList {
    /// The documents the caller may see, each version a link with its size and SHA-256.
    static func html(_ documents: [GovernanceDocument], chrome: WebChrome) -> HTML {
        var html: HTML = "<h2>\(chrome.t(MeetingText.documents))</h2>"
        guard !documents.isEmpty else { return html + "<p id=\"documents\">\(chrome.t(MeetingText.noDocuments))</p>" }
        html += "<ul id=\"documents\">"
        for document in documents {
            html += "<li>\(document.title(in: chrome.language))"
            if !document.isPublic { html += " <span class=\"hint\">(\(chrome.t(MeetingText.notPublic)))</span>" }
            for version in document.versions {
                let link = GovernanceURL.document(.value(String(document.id)), .value(version.language.rawValue))
                html += """
                     · <a href="\(link)" hreflang="\(version.language.rawValue)">\
                    \(version.language.rawValue.uppercased()), \(version.format.rawValue.uppercased()),\
                     \(String(version.size)) \(chrome.t(MeetingText.bytes))</a> <code class="hint">\
                    SHA-256 \(String(version.sha256.prefix(16)))…</code>
                    """
            }
            html += "</li>"
        }
        return html + "</ul>"
    }
}
