// libFuzzer target: `MultipartFormData.parse`, the reader of the page forms that upload files (a document's versions,
// through the server's WebUpload). The input is the body, its boundary fixed; a second run takes the boundary from the
// input's first line. Checks: nothing traps; every part read lies inside the body, at most `maximumParts` of them;
// and the parts written back as a form with the same boundary read back the same.
// fuzz-modules: KPCSCore
import Foundation
import KPCSCore

let boundary = "kpcsFuzzBoundary"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    if let form = try? MultipartFormData.parse(body, boundary: boundary) {
        require(form.parts.count <= MultipartFormData.maximumParts, "more parts than the maximum")
        require(form.parts.allSatisfy { $0.bytes.count <= body.count }, "a part larger than the body")
        let rewritten = write(form)
        guard let again = try? MultipartFormData.parse(rewritten, boundary: boundary) else {
            fatalError("MultipartFormData: \(form.parts.count) parts written back cannot be read")
        }
        require(again.parts.map(\.bytes) == form.parts.map(\.bytes), "the parts read back differ")
        require(again.parts.map(\.name) == form.parts.map { written(name: $0.name) }, "the names read back differ")
    }
    if let newline = body.firstIndex(of: 10) {
        let own = String(decoding: body[..<newline], as: UTF8.self)
        _ = try? MultipartFormData.parse(Array(body[(newline + 1)...]), boundary: own)
    }
    return 0
}

/// The parts as a browser would send them: a name without a quote, CR or LF is written as it is; others are skipped
/// by the round trip (their content would not survive a quoted header).
private func write(_ form: MultipartFormData) -> [UInt8] {
    var out: [UInt8] = []
    for part in form.parts {
        let name = written(name: part.name)
        out += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8)
        out += part.bytes + Array("\r\n".utf8)
    }
    return out + Array("--\(boundary)--".utf8)
}

/// A name as `write` writes it: without quotes, CR, LF or semicolons, and trimmed as the reader trims it.
private func written(name: String) -> String {
    String(name.filter { $0 != "\"" && $0 != "\r" && $0 != "\n" && $0 != ";" && $0 != "\r\n" })
        .trimmingCharacters(in: .whitespaces)
}

private func require(_ condition: Bool, _ message: String) {
    if !condition { fatalError("MultipartFormData: \(message)") }
}
