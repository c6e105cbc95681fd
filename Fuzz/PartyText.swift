// libFuzzer target: the free texts a request gives about a party and the number search: `RegistryRules.checkCompany`
// with the input as the address, `RegistryRules.checkProfile` with it as display name and function, and
// `CertificateNumber.searchPrefix`.
// Checks: no trap; an accepted address has one to four lines and at most 300 characters; an accepted profile text
// is one line of at most 100 characters; an accepted search is upper case, letters, digits and '-', at most 20;
// every refusal names a field and reads in both languages.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let draft = CompanyDraft(name: "Fuzz Co", licenceNumber: "F-1", address: text, canExport: true, canImport: false)
    do {
        let valid = try RegistryRules.checkCompany(draft)
        let address = valid.address ?? ""
        let lines = address.split(separator: "\n", omittingEmptySubsequences: false)
        require((1...4).contains(lines.count) && address.count <= 300, "address \(address.debugDescription)")
    } catch { refused(error) }
    do {
        let profile = try RegistryRules.checkProfile(AccountProfile(displayName: text, function: text))
        for value in [profile.displayName, profile.function].compactMap({ $0 }) {
            require(value.count <= 100 && !value.contains(where: \.isNewline), "profile \(value.debugDescription)")
        }
    } catch { refused(error) }
    do {
        if let prefix = try CertificateNumber.searchPrefix(text, field: "number") {
            require(
                prefix.count <= 20
                    && prefix.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
                "search \(prefix.debugDescription)")
        }
    } catch { refused(error) }
    return 0
}

private func refused(_ error: any Error) {
    guard let error = error as? KPCSError else { fatalError("PartyText: not a KPCSError: \(error)") }
    require(error.kind == .invalid, "kind \(error.kind)")
    require(!error.violations.isEmpty, "a refusal names no field")
    for language in Language.allCases { require(!error.detail(in: language).isEmpty, "empty detail") }
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("PartyText: " + message()) }
}
