import KPCSCore
import KPCSStore

extension Store {
    /// Every certificate, read back page by page through the certificate reads as an administrator: what the tests'
    /// independent sums are made from.
    public func allCertificatesForTests() async throws -> [CertificateRecord] {
        let admin = Principal(accountId: 0, username: "admin", role: .administrator, authority: nil)
        var all: [CertificateRecord] = []
        var page = 1
        while true {
            let result = try await certificates.list(
                CertificateFilter(), page: try PageRequest(page: page, perPage: 200), for: admin)
            all += result.items
            if result.items.count < 200 { return all }
            page += 1
        }
    }
}
