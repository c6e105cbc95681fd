// libFuzzer target: `Timestamp.date`, the reader of ISO 8601 instants (`2026-11-23T14:05:09.120Z`) that come from
// outside: `kpcs verify --at`, `kpcs keys revoke --effective-at`, and the trust list's `kpcs_created_at` and
// `kpcs_revoked_at`. It "parses exactly what `string(_:)` writes", so each instant read is written back with
// `Timestamp.string` (as the key store writes a revocation time) and must give the very text read; its UTC day
// (what `SealVerifier.verify` takes of `--at`) must be the date the text starts with.
// fuzz-modules: KPCSCore
import Foundation
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let date = Timestamp.date(text) else { return 0 }
    let written = Timestamp.string(date)
    if written != text {
        fatalError("Timestamp: \(text.debugDescription) reads as \(date.timeIntervalSince1970), written back as \(written.debugDescription)")
    }
    let day = CalendarDate(utcDayOf: date)
    if day != CalendarDate(iso: String(text.prefix(10))) {
        fatalError("Timestamp: \(text.debugDescription) falls on \(day)")
    }
    return 0
}
