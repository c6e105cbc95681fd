// libFuzzer target: `MediaType(_:)`, the reader of every request's Content-Type header, and `isUTF8`.
// Checks: no trap; an accepted type has a lowercased `type/subtype` essence and lowercased parameter names; `isUTF8`
// is true only for that essence with no parameter but `charset=utf-8`; and the type written back as a header
// (every value quoted) reads back the same.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let header = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let type = MediaType(header) else { return 0 }

    require(header.utf8.count <= MediaType.maximumLength, "accepted a header of \(header.utf8.count) bytes")
    require(type.essence == type.essence.lowercased(), "essence \(type.essence.debugDescription) is not lowercased")
    let pieces = type.essence.split(separator: "/", omittingEmptySubsequences: false)
    require(pieces.count == 2 && pieces.allSatisfy { !$0.isEmpty }, "essence \(type.essence.debugDescription) is not type/subtype")
    for name in type.parameters.keys {
        require(!name.isEmpty && name == name.lowercased(), "parameter name \(name.debugDescription) not lowercased")
    }

    for essence in [MediaType.json, MediaType.form, MediaType.csv, MediaType.text, type.essence] {
        let utf8 = type.isUTF8(essence)
        let expected = type.essence == essence
            && type.parameters.allSatisfy { $0.key == "charset" && $0.value.lowercased() == "utf-8" }
        require(utf8 == expected, "isUTF8(\(essence)) is \(utf8) for \(header.debugDescription)")
    }

    let written = ([type.essence] + type.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" })
        .joined(separator: "; ")
    if written.utf8.count <= MediaType.maximumLength {
        let again = MediaType(written)
        require(again == type, "\(written.debugDescription), written from \(header.debugDescription), reads back as \(String(describing: again))")
    }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("MediaType: " + message()) }
}
