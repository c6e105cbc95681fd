import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSStore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// The document upload form on the pages of a meeting, a body and an application: shown to whoever may add
/// documents there, it stores the document and its files in one transaction; a refusal comes back beside its field
/// with nothing written.
@Suite struct DocumentFormTests {
    typealias Web = WebPagesTests
    static let boundary = "----kpcsTestBoundary42"

    @Test func textsExistInBothLanguages() {
        for text in DocumentFormText.allCases { #expect(!text.text(.en).isEmpty && !text.text(.fr).isEmpty) }
    }

    /// A form as a browser encodes it: fields, then files with their names and types.
    static func upload(_ fields: [(String, String)], files: [(String, String, String, [UInt8])]) -> ByteBuffer {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, type, bytes) in files {
            body +=
                Array(
                    """
                    --\(boundary)\r\nContent-Disposition: form-data; name="\(name)"; filename="\(filename)"\r\n\
                    Content-Type: \(type)\r\n\r\n
                    """.utf8) + bytes + Array("\r\n".utf8)
        }
        return ByteBuffer(bytes: body + Array("--\(boundary)--\r\n".utf8))
    }

    static func post(
        _ client: any TestClientProtocol, _ uri: String, _ body: ByteBuffer, cookie: String, language: String = "en"
    ) async throws -> Web.Page {
        try await client.execute(
            uri: uri, method: .post,
            headers: [
                .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: cookie, .acceptLanguage: language,
            ],
            body: body
        ) { Web.Page(status: $0.status, headers: $0.headers, html: String(buffer: $0.body)) }
    }

    @Test(arguments: TestEngine.all)
    func theChairUploadsAMeetingsDocumentWithBothVersionsAndRefusalsWriteNothing(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let today = CalendarDate(utcDayOf: clock.now).description
            let meeting = try await g.store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary", titleFr: "Plénière", startsOn: today, endsOn: today,
                    format: "online"),
                by: g.bwDelegate)
            let path = "/meetings/\(meeting.id)"
            let chair = try await Web.logIn(client, "bw-delegate")
            let page = try await Web.get(client, path, cookie: chair)
            #expect(page.html.contains("enctype=\"multipart/form-data\" id=\"document-form\""))
            let other = try await Web.logIn(client, "eu-delegate")
            #expect(!(try await Web.get(client, path, cookie: other)).html.contains("document-form"))
            let csrf = try #require(page.hidden("csrf"))
            let titles = [("csrf", csrf), ("titleEn", "Report"), ("titleFr", "Rapport"), ("public", "on")]
            let pdf = Array("%PDF-1.4\r\n--a line\r\nend".utf8)
            let text = Array("Le rapport.".utf8)

            let noFile = try await Self.post(
                client, "\(path)/documents",
                Self.upload(titles, files: [("fileEN", "", "application/octet-stream", [])]), cookie: chair,
                language: "fr")
            #expect(noFile.status == .unprocessableContent && noFile.html.contains("id=\"document-fileEN-error\""))
            #expect(noFile.html.contains("Choisissez un fichier"))
            let notPDF = try await Self.post(
                client, "\(path)/documents",
                Self.upload(
                    titles,
                    files: [("fileEN", "r.pdf", "application/pdf", text), ("fileFR", "r.txt", "text/plain", text)]),
                cookie: chair)
            #expect(notPDF.status == .unprocessableContent && notPDF.html.contains("id=\"document-fileEN-error\""))
            #expect(notPDF.html.contains("value=\"Report\""), "the titles typed are kept")
            let untitled = try await Self.post(
                client, "\(path)/documents",
                Self.upload(
                    [("csrf", csrf), ("titleEn", "Report")], files: [("fileEN", "r.pdf", "application/pdf", pdf)]),
                cookie: chair)
            #expect(untitled.status == .unprocessableContent && untitled.html.contains("id=\"document-titleFr-error\""))
            let forged = try await Self.post(
                client, "\(path)/documents",
                Self.upload(
                    [("csrf", "forged")] + titles.dropFirst(), files: [("fileEN", "r.pdf", "application/pdf", pdf)]),
                cookie: chair)
            #expect(forged.status == .forbidden)
            let otherCsrf = try #require(try await Web.get(client, "/meetings", cookie: other).hidden("csrf"))
            let refused = try await Self.post(
                client, "\(path)/documents",
                Self.upload(
                    [("csrf", otherCsrf)] + titles.dropFirst(), files: [("fileEN", "r.pdf", "application/pdf", pdf)]),
                cookie: other)
            #expect(refused.status == .unprocessableContent && refused.html.contains("error-summary"))
            let malformed = try await client.execute(
                uri: "\(path)/documents", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)", .cookie: chair],
                body: ByteBuffer(string: "not a form")
            ) { $0.status }
            #expect(malformed == .unprocessableContent)
            #expect(try await g.store.governance.documents(of: .meeting(meeting.id), for: g.wdcObserver).isEmpty)

            let done = try await Self.post(
                client, "\(path)/documents",
                Self.upload(
                    titles,
                    files: [("fileEN", "r.pdf", "application/pdf", pdf), ("fileFR", "r.txt", "text/plain", text)]),
                cookie: chair)
            #expect(done.status == .seeOther && done.headers[.location] == "\(path)?saved=1")
            let document = try #require(
                try await g.store.governance.documents(of: .meeting(meeting.id), for: nil).first)
            #expect(document.versions.map(\.language) == [.en, .fr] && document.isPublic)
            #expect(try await g.store.governance.documentContent(document.id, language: .en, for: nil).bytes == pdf)
            #expect(try await g.store.governance.documentContent(document.id, language: .fr, for: nil).bytes == text)
            let leaves = try await g.store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            #expect(leaves.filter { $0.contains("\"event\":\"document.version\"") }.count == 2, "one leaf a version")
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodysChairAndACandidateUploadOnTheirPages(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, world in
            let g = try await GovernanceFixture.make(on: world)
            let year = CalendarDate(utcDayOf: clock.now).year
            _ = try await g.store.governance.addSeat(
                to: "WGS", SeatDraft(holderKind: "participant", code: "EU", role: "chair", startsOn: "\(year)-01-01"),
                by: world.admin)
            let eu = try await Web.logIn(client, "eu-delegate")
            let body = try await Web.get(client, "/bodies/WGS", cookie: eu)
            #expect(body.html.contains("id=\"document-form\""))
            #expect(!(try await Web.get(client, "/bodies/WGM", cookie: eu)).html.contains("document-form"))
            let csrf = try #require(body.hidden("csrf"))
            let text = Array("Working paper".utf8)
            let paper = try await Self.post(
                client, "/bodies/WGS/documents",
                Self.upload(
                    [("csrf", csrf), ("titleEn", "Paper"), ("titleFr", "Document")],
                    files: [("fileEN", "p.txt", "text/plain", text)]),
                cookie: eu)
            #expect(paper.status == .seeOther && paper.headers[.location] == "/bodies/WGS?saved=1")
            let papers = try await g.store.governance.documents(of: .body("WGS"), for: g.euDelegate)
            #expect(papers.count == 1 && papers.first?.isPublic == false, "left unticked: not public")

            _ = try await g.store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies again", effectiveOn: nil, by: world.admin)
            let application = try await g.store.governance.submitApplication(
                ApplicationDraft(candidate: "AE", letterEn: "We apply.", contacts: [ContactDraft(name: "A. Contact")]),
                by: g.aeDelegate
            ).application.id
            let ae = try await Web.logIn(client, "ae-delegate")
            let own = try await Web.get(client, "/applications/\(application)", cookie: ae)
            #expect(own.html.contains("id=\"document-form\""))
            #expect(
                !(try await Web.get(client, "/applications/\(application)", cookie: eu)).html.contains("document-form"))
            let annex = try await Self.post(
                client, "/applications/\(application)/documents",
                Self.upload(
                    [("csrf", try #require(own.hidden("csrf"))), ("titleEn", "Law"), ("titleFr", "Loi")],
                    files: [("fileFR", "loi.txt", "text/plain", Array("La loi.".utf8))]),
                cookie: ae)
            #expect(annex.status == .seeOther)
            #expect(
                try await g.store.governance.documents(of: .application(application), for: g.bwDelegate).count == 1)
        }
    }
}
