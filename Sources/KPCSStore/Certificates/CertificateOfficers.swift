import KPCSCore
import SQLKit

/// Who issued a certificate, as its record names them. The officer comes with the record
/// (``CertificateRecord/issuedBy``), so it reaches only a reader whom the certificate's own read rule admits.
extension CertificateStore {
    /// The accounts issuing certificates, by id, in one statement whatever their number.
    static func issuingOfficers(
        _ accountIds: Set<Int64>, in db: any SQLDatabase
    ) async throws -> [Int64: IssuingOfficer] {
        guard !accountIds.isEmpty else { return [:] }
        var officers: [Int64: IssuingOfficer] = [:]
        for row in try await db.raw(
            """
            SELECT id, username AS officer_username, display_name AS officer_display_name,
            official_function AS officer_function FROM accounts WHERE id IN (\(binds: accountIds.sorted()))
            """
        ).all() {
            officers[try row.int("id")] = try issuingOfficer(from: row)
        }
        return officers
    }

    /// The officer of a row with `officer_username`, `officer_display_name` and `officer_function`; nil when the
    /// row has no account (a left join that found none).
    static func issuingOfficer(from row: any SQLRow) throws -> IssuingOfficer? {
        guard let username = try row.optionalString("officer_username") else { return nil }
        return IssuingOfficer(
            username: username,
            profile: AccountProfile(
                displayName: try row.optionalString("officer_display_name"),
                function: try row.optionalString("officer_function")))
    }
}
