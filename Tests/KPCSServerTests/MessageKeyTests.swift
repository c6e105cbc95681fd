import KPCSCore
import KPCSSeal
import Testing

@testable import KPCSServer

/// Every key of every capability (Core's, the seal's, the server's HTTP and web keys) has an English and a French
/// text with the same placeholders, and no two keys share a code (a problem's `type`).
@Suite struct MessageKeyTests {
    static func keys<Key: MessageKey & CaseIterable>(_: Key.Type) -> [any MessageKey] { Key.allCases.map { $0 } }

    static let everyKey: [any MessageKey] =
        keys(RequestMessage.self) + keys(ServiceMessage.self) + keys(RegistryMessage.self)
        + keys(CertificateMessage.self)
        + keys(StatisticsMessage.self) + keys(AccountMessage.self) + keys(KeyMessage.self) + keys(LogMessage.self)
        + keys(VerdictMessage.self) + keys(HTTPMessage.self) + keys(WebMessage.self)

    @Test func everyKeyOfEveryCapabilityHasBothTexts() {
        let placeholder = /\{[0-9]\}/
        for key in Self.everyKey {
            let (en, fr) = key.texts
            #expect(!en.isEmpty && !fr.isEmpty && en != fr, "\(key.code)")
            let enPlaceholders = Set(en.matches(of: placeholder).map { String(en[$0.range]) })
            let frPlaceholders = Set(fr.matches(of: placeholder).map { String(fr[$0.range]) })
            #expect(enPlaceholders == frPlaceholders, "\(key.code)")
        }
        let codes = Self.everyKey.map(\.code)
        #expect(Set(codes).count == codes.count, "two keys share a code")
    }
}
