// libFuzzer target: `EmailAddress.checked`, the reader of an account's e-mail address from the API, the
// administrator's form and `kpcs admin create-user --email`, which then goes into an SMTP command (`RCPT TO:<…>`)
// and a mail header (`To:`). Whatever it accepts must be trimmed, at most 254 bytes, printable ASCII with one `@`
// and none of the characters that end a header or a command; refusals must be a KPCSError naming `/email`.
// fuzz-modules: KPCSCore
import Foundation
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        guard let address = try EmailAddress.checked(text) else { return 0 }
        let bytes = Array(address.utf8)
        let breaking = Set("<>,\\\"() \r\n\t".utf8)
        let unsafe = bytes.contains { breaking.contains($0) || $0 < 32 || $0 > 126 }
        if bytes.count > EmailAddress.maximumLength || unsafe
            || bytes.filter({ $0 == UInt8(ascii: "@") }).count != 1 || !EmailAddress.isValid(address)
        {
            fatalError("EmailAddress accepted \(text.debugDescription) as \(address.debugDescription)")
        }
    } catch let error as KPCSError {
        if error.violations.first?.pointer != "/email" { fatalError("EmailAddress refused without naming /email") }
    } catch {
        fatalError("EmailAddress threw \(error)")
    }
    return 0
}
