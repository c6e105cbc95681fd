// libFuzzer target: `Language.preferred(acceptLanguage:)`, which every request's Accept-Language header goes
// through (and `Language.fromLocale` on the same text as a POSIX locale).
// Checks: no trap; French only when the header names fr at all.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let header = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let language = Language.preferred(acceptLanguage: header)
    if language == .fr && !header.lowercased().contains("fr") {
        fatalError("AcceptLanguage: French for \(header.debugDescription), which does not name it")
    }
    _ = Language.fromLocale(["LANG": header])
    return 0
}
