import Foundation
import KPCSCore
import Testing

/// `multipart/form-data` as a browser sends it: fields and files read byte for byte; anything malformed refused,
/// with the limits on parts and headers held.
@Suite struct MultipartFormDataTests {
    static let boundary = "----WebKitFormBoundaryx7Yq"

    static func body(_ parts: [String], end: String = "--\r\n") -> [UInt8] {
        Array(parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined().utf8) + Array("--\(boundary)\(end)".utf8)
    }

    @Test func aBrowsersFormIsReadFieldByFieldAndFileByFile() throws {
        let pdf = "%PDF-1.4\r\n--not the boundary\r\n\u{0}binary"
        let form = try MultipartFormData.parse(
            Self.body([
                "Content-Disposition: form-data; name=\"csrf\"\r\n\r\nabc",
                "Content-Disposition: form-data; name=\"titleEn\"\r\n\r\nReport; \"final\"",
                "content-disposition: form-data; name=\"fileEN\"; filename=\"r%22 1.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n\(pdf)",
                "Content-Disposition: form-data; name=\"fileFR\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n",
            ]),
            boundary: Self.boundary)
        #expect(form.fields == ["csrf": "abc", "titleEn": "Report; \"final\""])
        let file = try #require(form.part("fileEN"))
        #expect(file.filename == "r%22 1.pdf" && file.contentType == "application/pdf")
        #expect(file.bytes == Array(pdf.utf8), "a line that looks like a delimiter but is not one stays in the file")
        let empty = try #require(form.part("fileFR"))
        #expect(empty.filename == "" && empty.bytes.isEmpty)
    }

    @Test func whatIsMalformedIsRefusedNeverTrappedOn() throws {
        let field = "Content-Disposition: form-data; name=\"a\"\r\n\r\nx"
        let bad: [(String, [UInt8], String)] = [
            ("no opening delimiter", Array("hello".utf8), Self.boundary),
            ("not terminated", Array("--\(Self.boundary)\r\n\(field)".utf8), Self.boundary),
            ("no name", Self.body(["Content-Disposition: form-data\r\n\r\nx"]), Self.boundary),
            ("not form-data", Self.body(["Content-Disposition: attachment; name=\"a\"\r\n\r\nx"]), Self.boundary),
            ("a header without a colon", Self.body(["Content-Disposition form-data\r\n\r\nx"]), Self.boundary),
            ("no blank line", Self.body(["Content-Disposition: form-data; name=\"a\""]), Self.boundary),
            ("an empty boundary", Self.body([field]), ""),
            ("a long boundary", Self.body([field]), String(repeating: "b", count: 71)),
            ("garbage after a delimiter", Self.body([field], end: "xx"), Self.boundary),
            (
                "headers too long",
                Self.body([
                    "Content-Disposition: form-data; name=\"a\"\r\nX: \(String(repeating: "y", count: 5000))\r\n\r\n"
                ]),
                Self.boundary
            ),
            ("empty", [], Self.boundary),
        ]
        for (what, body, boundary) in bad {
            #expect(throws: KPCSError.self, "\(what)") { try MultipartFormData.parse(body, boundary: boundary) }
        }
        let many = Self.body(Array(repeating: field, count: MultipartFormData.maximumParts + 1))
        do {
            _ = try MultipartFormData.parse(many, boundary: Self.boundary)
            Issue.record("too many parts were read")
        } catch let error as KPCSError {
            #expect(error.detail(in: .en).contains("32"))
        } catch { Issue.record("\(error)") }
        #expect(
            try MultipartFormData.parse(
                Self.body(Array(repeating: field, count: MultipartFormData.maximumParts)), boundary: Self.boundary
            ).parts.count == MultipartFormData.maximumParts)
        #expect(try MultipartFormData.parse(Array("--\(Self.boundary)--".utf8), boundary: Self.boundary).parts.isEmpty)
    }
}
