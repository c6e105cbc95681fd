import Foundation
import KPCSCore

/// An account's notifications as an Atom feed (RFC 4287): one entry per notification, newest first, each linking
/// to its decision's page under the public address.
enum AtomFeed {
    static func render(
        _ items: [AccountNotification], username: String, accountId: Int64, publicURL: String, language: Language
    ) -> String {
        let updated = items.first?.createdAt ?? "2003-01-01T00:00:00.000Z"
        let title = language == .fr ? "Notifications kpcs de \(username)" : "kpcs notifications of \(username)"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.rawValue)">
            <id>tag:kpcs,2026:notifications:\(accountId)</id>
            <title>\(escaped(title))</title>
            <updated>\(updated)</updated>
            <author><name>kpcs</name></author>
            <link rel="self" href="\(escaped(publicURL + NotificationsURL.feed.path))"/>

            """
        for item in items {
            let link = publicURL + GovernanceURL.decision(.value(String(item.decisionId))).path
            let text = item.text(in: language)
            xml += """
                <entry><id>tag:kpcs,2026:notification:\(item.id)</id><title>\(escaped(text))</title>\
                <updated>\(item.createdAt)</updated><link href="\(escaped(link))"/>\
                <summary>\(escaped(text))</summary></entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// XML character data and attribute values: `&`, `<`, `>` and quotes escaped; characters XML 1.0 forbids
    /// (controls other than tab and line ends) dropped.
    static func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
