// libFuzzer target: `FormURLEncoded.parse`, the reader of every form the web pages post
// (`application/x-www-form-urlencoded`, through the server's FormBody). Checks: no trap ("Never traps"); and the
// fields written back as a form (every byte but the unreserved ones percent-encoded, spaces as `+`) read back the same.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let fields = FormURLEncoded.parse(text)
    let written = fields.sorted { $0.key < $1.key }.map { encode($0.key) + "=" + encode($0.value) }.joined(separator: "&")
    let again = FormURLEncoded.parse(written)
    if again != fields {
        fatalError("FormURLEncoded: \(fields) written as \(written.debugDescription) reads back as \(again)")
    }
    return 0
}

private let hex = Array("0123456789ABCDEF".utf8)

private func encode(_ text: String) -> String {
    var bytes: [UInt8] = []
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
            bytes.append(byte)
        case UInt8(ascii: " "): bytes.append(UInt8(ascii: "+"))
        default: bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
