import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import KPCSToolSupport
import Testing

@testable import KPCSServer

/// The notifications page, its mark-read form, the JSON API and the Atom feed, which feedparser (PyPI) reads.
@Suite struct NotificationPagesTests {
    typealias Web = WebPagesTests

    @Test func textsExistInBothLanguages() {
        for text in NotificationText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
        #expect(AtomFeed.escaped("a<b>&\"'\u{1}c") == "a&lt;b&gt;&amp;&quot;&apos;c")
    }

    @Test(arguments: TestEngine.all)
    func theDelegateReadsItsNotificationsAndMarksThemRead(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let id = try await g.openProcedure("Budget <2027> & more")
            let eu = try await Web.logIn(client, "eu-delegate")
            let page = try await Web.get(client, "/notifications?lang=fr", cookie: eu)
            #expect(page.status == .ok && page.html.contains("<a href=\"/decisions/\(id)\">Procédure écrite ouverte"))
            #expect(page.html.contains("Budget &lt;2027&gt; &amp; more (fr)"))
            #expect(page.html.contains("Tout marquer comme lu (1)"))
            let token = try #require(page.hidden("csrf"))
            let read = try await Web.post(client, "/notifications/read", form: "csrf=\(token)", cookie: eu)
            #expect(read.status == .seeOther)
            #expect(!(try await Web.get(client, "/notifications", cookie: eu).html.contains("id=\"mark-read\"")))
            let api = try await client.call(.get, "/api/v1/notifications", token: try await client.token("ae-delegate"))
            #expect(api["unread"] as? Int == 1 && api["total"] as? Int == 1)
            let item = try #require((api["items"] as? [[String: Any]])?.first)
            #expect(item["kind"] as? String == "procedure-opened" && item["read"] as? Bool == false)
            #expect((item["textFr"] as? String)?.hasPrefix("Procédure écrite ouverte") == true)
            let officer = try await client.call(
                .get, "/api/v1/notifications", token: try await client.token("bw-officer"))
            #expect(officer["total"] as? Int == 0)
            #expect(try await client.call(.get, "/api/v1/notifications").status == .unauthorized)
        }
    }

    @Test(.enabled(if: ExternalTool.available("python3")), arguments: TestEngine.all)
    func feedparserReadsTheAtomFeed(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let hostile = HostileTextTests.hostile
            let first = try await g.openProcedure(hostile)
            let second = try await g.openProcedure("Budget 2027")
            let token = try await client.token("eu-delegate")
            let feed = try await client.execute(
                uri: "/notifications/feed.atom?lang=en", method: .get, headers: [.authorization: "Bearer \(token)"]
            ) { ($0.status, $0.headers[.contentType], String(buffer: $0.body)) }
            #expect(feed.0 == .ok && feed.1 == "application/atom+xml; charset=utf-8")
            #expect(!feed.2.contains("<script"))
            try ExternalTool.withWorkDirectory { folder in
                let probe = try ExternalTool.run("python3", ["-c", "import feedparser"], in: folder)
                if probe.status != 0 && !ExternalTool.toolsRequired { return }
                let file = folder.appendingPathComponent("feed.xml")
                try Data(feed.2.utf8).write(to: file)
                let script = InteropTests.repository.appendingPathComponent("scripts/interop/check_atom.py").path
                let result = try ExternalTool.run("python3", [script, file.path], in: folder)
                #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
                let lines = result.standardOutput.split(separator: "\n").map(String.init)
                #expect(lines.contains("entries: 2"))
                #expect(
                    lines.contains {
                        $0.hasPrefix("Written procedure opened: Budget 2027.") && $0.contains("/decisions/\(second) |")
                    })
                // The hostile title comes back as the very text: escaped in the XML, never markup.
                #expect(
                    lines.contains {
                        $0.hasPrefix("Written procedure opened: \(hostile). Deadline")
                            && $0.contains("/decisions/\(first) |")
                    })
                try Data("<feed><entry>".utf8).write(to: file)
                #expect(
                    try ExternalTool.run("python3", [script, file.path], in: folder).status == 1, "the checker can fail"
                )
            }
        }
    }
}
