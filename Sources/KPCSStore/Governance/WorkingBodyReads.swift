import Foundation
import KPCSCore
import SQLKit

/// Reading the bodies of the scheme with their seats. Bodies and the seats of participants and organisations are
/// public; the seats of persons only administrators see (``WorkingBodyRules/visible(_:to:)``).
extension GovernanceStore {
    /// A page of bodies, by code.
    public func workingBodies(page: PageRequest, for principal: Principal?) async throws -> PageResult<WorkingBody> {
        try await database.read { db in
            let total = try await db.raw("SELECT COUNT(*) AS n FROM working_bodies").first()?.int("n") ?? 0
            let codes = try await db.raw(
                "SELECT code FROM working_bodies ORDER BY code LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)"
            ).all().map { try $0.string("code") }
            var items: [WorkingBody] = []
            for code in codes {
                items.append(WorkingBodyRules.visible(try await Self.workingBody(code, in: db), to: principal))
            }
            return PageResult(items: items, page: page, total: total)
        }
    }

    /// One body as the principal may see it; an unknown code is a 404.
    public func workingBody(_ code: String, for principal: Principal?) async throws -> WorkingBody {
        try await database.read { db in
            WorkingBodyRules.visible(try await Self.workingBody(code, in: db), to: principal)
        }
    }

    /// The body of that code, by code, when it exists: what a body effect is checked and applied against (no other
    /// body is read).
    static func workingBodies(named code: String?, in db: any SQLDatabase) async throws -> [String: WorkingBody] {
        guard let code,
            try await db.raw("SELECT id FROM working_bodies WHERE code = \(bind: code)").first() != nil
        else { return [:] }
        return [code: try await workingBody(code, in: db)]
    }

    /// The codes of the observer organisations.
    static func organisationCodes(in db: any SQLDatabase) async throws -> Set<String> {
        Set(try await db.raw("SELECT code FROM observer_organisations").all().map { try $0.string("code") })
    }

    static func workingBody(_ code: String, in db: any SQLDatabase) async throws -> WorkingBody {
        guard let row = try await db.raw("SELECT * FROM working_bodies WHERE code = \(bind: code)").first() else {
            throw KPCSError.notFound(WorkingBodyMessage.bodyUnknown(code: String(code.prefix(40))))
        }
        let id = try row.int("id")
        let seats = try await db.raw(
            """
            SELECT s.*, o.code AS organisation_code, a.username FROM body_seats s
            LEFT JOIN observer_organisations o ON o.id = s.organisation_id LEFT JOIN accounts a ON a.id = s.account_id
            WHERE s.body_id = \(bind: id) ORDER BY s.starts_on, s.id
            """
        ).all().map(seat(from:))
        var terms: TermsOfReference?
        if let en = try row.optionalString("terms_en") {
            terms = TermsOfReference(
                textEn: en, textFr: try row.string("terms_fr"), adoptedOn: try day(row, "terms_adopted_on"),
                decisionId: try row.optionalInt("terms_by"))
        }
        let kindText = try row.string("kind")
        guard let kind = WorkingBodyKind(rawValue: kindText) else { throw StoreCorruption.badValue("kind", kindText) }
        return WorkingBody(
            id: id, code: try row.string("code"), kind: kind, nameEn: try row.string("name_en"),
            nameFr: try row.string("name_fr"), establishedOn: try optionalDay(row, "established_on"),
            establishedBy: try row.optionalInt("established_by"), dissolvedOn: try optionalDay(row, "dissolved_on"),
            dissolvedBy: try row.optionalInt("dissolved_by"), termsOfReference: terms, seats: seats)
    }

    private static func seat(from row: any SQLRow) throws -> BodySeat {
        let kindText = try row.string("holder_kind")
        let roleText = try row.string("role")
        guard let kind = SeatHolderKind(rawValue: kindText) else {
            throw StoreCorruption.badValue("holder_kind", kindText)
        }
        guard let role = SeatRole(rawValue: roleText) else { throw StoreCorruption.badValue("role", roleText) }
        let code: String
        switch kind {
        case .participant: code = try row.string("participant_code")
        case .organisation: code = try row.string("organisation_code")
        case .person: code = try row.string("username")
        }
        return BodySeat(
            id: try row.int("id"), holder: SeatHolder(kind: kind, code: code), role: role,
            startsOn: try day(row, "starts_on"), endsOn: try optionalDay(row, "ends_on"),
            decisionId: try row.optionalInt("decision_id"))
    }

    static func day(_ row: any SQLRow, _ column: String) throws -> CalendarDate {
        let text = try row.string(column)
        guard let date = CalendarDate(iso: text) else { throw StoreCorruption.badValue(column, text) }
        return date
    }

    static func optionalDay(_ row: any SQLRow, _ column: String) throws -> CalendarDate? {
        guard try row.optionalString(column) != nil else { return nil }
        return try day(row, column)
    }

    /// The column `seat_body` of an account row (`a`): the code of the Chair's office or the WGS when the account
    /// holds a seat there on that day. Statistics detail follows it (``SchemeBody/init(bodyCode:)``).
    static func seatBodyColumn(on day: CalendarDate) -> SQLQueryString {
        let codes = SchemeBody.allCases.map(\.bodyCode)
        return """
            (SELECT MIN(b.code) FROM body_seats s JOIN working_bodies b ON b.id = s.body_id WHERE s.account_id = a.id\
             AND b.code IN (\(binds: codes)) AND s.starts_on <= \(bind: day.description) AND (s.ends_on IS NULL OR\
             s.ends_on > \(bind: day.description))) AS seat_body
            """
    }
}
