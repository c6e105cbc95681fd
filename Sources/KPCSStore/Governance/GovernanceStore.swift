import Foundation
import KPCSCore
import SQLKit

/// Governance: observer organisations, the chair table, decisions with their stances, and the effects of adoption.
public struct GovernanceStore: CapabilityStore {
    let context: StoreContext
}

extension GovernanceStore {
    /// The observer organisations the scheme has had since 2003 (`shared/reference/scheme.md`).
    static let observers: [(code: String, name: String, kind: ObserverKind, admittedOn: String?)] = [
        ("WDC", "World Diamond Council", .industry, nil),
        ("CSC", "Kimberley Process Civil Society Coalition", .civilSociety, nil),
        ("ADPA", "African Diamond Producers Association", .independent, nil),
    ]

    /// Loads the chair table of 2003–2025 and the observer organisations into empty tables, once.
    func loadHistory() async throws {
        let recordedAt = Timestamp.string(now)
        try await transaction { db in
            if try await db.raw("SELECT COUNT(*) AS n FROM chairmanships").first()?.int("n") == 0 {
                let rows: [SQLQueryString] = ChairHistory.rows.map { row in
                    "(\(bind: row.year), \(bind: row.chair), \(bind: row.viceChair), \(bind: recordedAt))"
                }
                try await db.raw(
                    """
                    INSERT INTO chairmanships (year, chair, vice_chair, recorded_at) VALUES\
                     \(rows.joined(separator: ", "))
                    """
                ).run()
            }
            if try await db.raw("SELECT COUNT(*) AS n FROM observer_organisations").first()?.int("n") == 0 {
                for observer in Self.observers {
                    try await db.raw(
                        """
                        INSERT INTO observer_organisations (code, name, kind, admitted_on, created_at)
                        VALUES (\(bind: observer.code), \(bind: observer.name), \(bind: observer.kind.rawValue),\
                         \(bind: observer.admittedOn), \(bind: recordedAt))
                        """
                    ).run()
                }
            }
        }
    }

    // MARK: the chair table

    /// Every row of the chair table, by year.
    public func chairTable() async throws -> [Chairmanship] {
        try await database.read { db in try await Self.chairTable(in: db) }
    }

    static func chairTable(in db: any SQLDatabase) async throws -> [Chairmanship] {
        try await db.raw("SELECT * FROM chairmanships ORDER BY year").all().map { row in
            Chairmanship(
                year: Int(try row.int("year")), chair: try row.optionalString("chair"),
                viceChair: try row.optionalString("vice_chair"), decisionId: try row.optionalInt("decision_id"))
        }
    }

    /// The Chair of a year, as ``ChairRule`` computes it from the rows of that year and the year before.
    static func chair(of year: Int, in db: any SQLDatabase) async throws -> String? {
        let rows = try await db.raw(
            "SELECT * FROM chairmanships WHERE year IN (\(bind: year), \(bind: year - 1))"
        ).all().map { row in
            Chairmanship(
                year: Int(try row.int("year")), chair: try row.optionalString("chair"),
                viceChair: try row.optionalString("vice_chair"))
        }
        return ChairRule.chair(of: year, in: rows)
    }

    // MARK: observer organisations

    /// Every observer organisation, by code.
    public func observerOrganisations() async throws -> [ObserverOrganisation] {
        try await database.read { db in
            try await db.raw("SELECT * FROM observer_organisations ORDER BY code").all().map(Self.organisation(from:))
        }
    }

    /// Records an observer organisation. Administrators only.
    public func createObserverOrganisation(
        _ draft: ObserverOrganisationDraft, by principal: Principal
    ) async throws
        -> ObserverOrganisation
    {
        try principal.require(.administrator)
        let valid = try ObserverRules.validate(draft)
        let createdAt = Timestamp.string(now)
        return try await transaction { db in
            if try await db.raw("SELECT id FROM observer_organisations WHERE code = \(bind: valid.code)").first() != nil
            {
                throw KPCSError.conflict(GovernanceMessage.organisationCodeTaken(code: valid.code))
            }
            let row = try await db.raw(
                """
                INSERT INTO observer_organisations (code, name, kind, admitted_on, created_at)
                VALUES (\(bind: valid.code), \(bind: valid.name), \(bind: valid.kind.rawValue),\
                 \(bind: valid.admittedOn?.description), \(bind: createdAt))
                RETURNING id
                """
            ).first()
            guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
            return ObserverOrganisation(
                id: id, code: valid.code, name: valid.name, kind: valid.kind, admittedOn: valid.admittedOn)
        }
    }

    static func organisation(from row: any SQLRow) throws -> ObserverOrganisation {
        let kind = try row.string("kind")
        guard let parsed = ObserverKind(rawValue: kind) else { throw StoreCorruption.badValue("kind", kind) }
        return ObserverOrganisation(
            id: try row.int("id"), code: try row.string("code"), name: try row.string("name"), kind: parsed,
            admittedOn: try row.optionalString("admitted_on").flatMap(CalendarDate.init(iso:)))
    }
}
