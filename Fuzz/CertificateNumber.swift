// libFuzzer target: `CertificateNumber.parse`, which splits a certificate number (`BW-2026-000042`) into its parts.
// Checks: no trap; the parts are an upper-case two-letter code, a year that fits four digits and a positive sequence;
// and every number `make` writes parses back to its parts.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let parts = CertificateNumber.parse(text) else { return 0 }
    require(parts.participant.count == 2 && parts.participant.allSatisfy { $0.isASCII && $0.isUppercase }, "participant \(parts.participant.debugDescription)")
    require((0...9999).contains(parts.year), "year \(parts.year)")
    require(parts.sequence > 0, "sequence \(parts.sequence)")
    let made = CertificateNumber.make(participant: parts.participant, year: parts.year, sequence: parts.sequence)
    let again = CertificateNumber.parse(made)
    require(again.map { $0 == parts } ?? false, "\(made.debugDescription), made from the parts of \(text.debugDescription), does not parse back")
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("CertificateNumber: " + message()) }
}
