import KPCSCore
import SQLKit

/// Reading certificates: one with its history, or a filtered page, always within what the caller may see.
extension CertificateStore {
    /// One certificate, if the principal may read it.
    public func certificate(_ number: String, for principal: Principal) async throws -> CertificateRecord {
        let stored = CertificateNumber.normalized(number)
        let record = try await database.read { db in
            try await Self.records(where: "c.number = \(bind: stored)", in: db).first
        }
        guard let record else { throw KPCSError.notFound(CertificateMessage.certificateUnknown(number: number)) }
        try Self.checkReadable(
            number, exporting: record.certificate.exportingParticipant,
            importing: record.certificate.importingParticipant, by: principal)
        return record
    }

    /// A certificate's events, oldest first, if the principal may read the certificate: one statement reads the
    /// participants the rule needs and the events.
    public func events(of number: String, for principal: Principal) async throws -> [CertificateEvent] {
        let stored = CertificateNumber.normalized(number)
        let rows = try await database.read { db in
            try await db.raw(
                """
                SELECT c.exporting_participant, c.importing_participant, e.* FROM certificates c
                LEFT JOIN certificate_events e ON e.certificate_number = c.number
                WHERE c.number = \(bind: stored) ORDER BY e.id
                """
            ).all()
        }
        guard let first = rows.first else {
            throw KPCSError.notFound(CertificateMessage.certificateUnknown(number: number))
        }
        try Self.checkReadable(
            number, exporting: try first.string("exporting_participant"),
            importing: try first.string("importing_participant"), by: principal)
        return try rows.filter { try $0.optionalString("type") != nil }.map(Self.event(from:))
    }

    /// Refuses a reader who is neither of the certificate's participants nor a scheme-wide reader.
    static func checkReadable(_ number: String, exporting: String, importing: String, by principal: Principal) throws {
        guard principal.canRead(exportingParticipant: exporting, importingParticipant: importing) else {
            throw KPCSError.forbidden(CertificateMessage.certificateNotVisible(number: number))
        }
    }

    /// The latest events of the certificates the principal may see, newest first.
    public func recentEvents(for principal: Principal, limit: Int) async throws -> [CertificateEvent] {
        try await database.read { db in
            let visible: SQLQueryString
            switch principal.certificateScope {
            case .participant(let own):
                visible =
                    """
                    JOIN certificates c ON c.number = e.certificate_number WHERE c.exporting_participant =\
                     \(bind: own) OR c.importing_participant = \(bind: own)
                    """
            case .none: visible = "WHERE 1 = 0"
            case .all: visible = ""
            }
            return try await db.raw(
                "SELECT e.* FROM certificate_events e \(visible) ORDER BY e.id DESC LIMIT \(literal: limit)"
            ).all()
                .map(Self.event(from:))
        }
    }

    static func event(from row: any SQLRow) throws -> CertificateEvent {
        let type = try row.string("type")
        guard let parsed = CertificateEventType(rawValue: type) else { throw StoreCorruption.badValue("type", type) }
        return CertificateEvent(
            id: try row.int("id"), certificateNumber: try row.string("certificate_number"), type: parsed,
            at: try row.string("at"), actor: try row.string("actor"),
            authorityId: try row.optionalInt("authority_id"), detail: try row.optionalString("detail"),
            leafIndex: try row.optionalInt("leaf_index"))
    }

    /// A page of the certificates the principal may see, newest first.
    public func list(
        _ filter: CertificateFilter, page: PageRequest, for principal: Principal
    ) async throws -> PageResult<CertificateRecord> {
        var conditions: [SQLQueryString] = []
        switch principal.certificateScope {
        case .participant(let own):
            conditions.append("(c.exporting_participant = \(bind: own) OR c.importing_participant = \(bind: own))")
        case .none: conditions.append("1 = 0")
        case .all: break
        }
        if let state = filter.state { conditions.append("c.state = \(bind: state.rawValue)") }
        if let code = filter.exportingParticipant { conditions.append("c.exporting_participant = \(bind: code)") }
        if let code = filter.importingParticipant { conditions.append("c.importing_participant = \(bind: code)") }
        if let code = filter.participant {
            conditions.append("(c.exporting_participant = \(bind: code) OR c.importing_participant = \(bind: code))")
        }
        if let from = filter.issuedFrom { conditions.append("c.issued_on >= \(bind: from.description)") }
        if let to = filter.issuedTo { conditions.append("c.issued_on <= \(bind: to.description)") }
        if let prefix = filter.numberPrefix {
            // Letters, digits and '-' only (checked by the rule), so the pattern has no wildcard but its own.
            conditions.append("c.number LIKE \(bind: prefix + "%")")
        }
        let condition: SQLQueryString = conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
        return try await database.read { db in
            let total =
                try await db.raw("SELECT COUNT(*) AS n FROM certificates c WHERE \(condition)").first()?.int("n") ?? 0
            let records = try await Self.records(
                where: condition,
                orderAndLimit:
                    """
                    ORDER BY c.issued_at DESC, c.number DESC LIMIT \(literal: page.perPage) OFFSET\
                     \(literal: page.offset)
                    """,
                in: db)
            return PageResult(items: records, page: page, total: total)
        }
    }

    /// Loads certificates with names, lines and confirmations in three queries, whatever the count.
    static func records(
        where condition: SQLQueryString, orderAndLimit: SQLQueryString = "", in db: any SQLDatabase
    ) async throws -> [CertificateRecord] {
        let rows = try await db.raw(
            """
            SELECT c.*, ep.name_en AS ep_name_en, ep.name_fr AS ep_name_fr, ip.name_en AS ip_name_en,
            ip.name_fr AS ip_name_fr, ex.name AS exporter_name, im.name AS importer_name, au.name AS authority_name,
            ex.licence_number AS exporter_licence, ex.address AS exporter_address,
            im.licence_number AS importer_licence, im.address AS importer_address,
            ob.username AS officer_username, ob.display_name AS officer_display_name,
            ob.official_function AS officer_function,
            (SELECT r.number FROM certificates r WHERE r.replaces = c.number) AS replaced_by
            FROM certificates c
            JOIN participants ep ON ep.code = c.exporting_participant
            JOIN participants ip ON ip.code = c.importing_participant
            JOIN companies ex ON ex.id = c.exporter_id
            JOIN companies im ON im.id = c.importer_id
            JOIN authorities au ON au.id = c.issuing_authority_id
            LEFT JOIN accounts ob ON ob.id = c.issued_by
            WHERE \(condition) \(orderAndLimit)
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let numbers = try rows.map { try $0.string("number") }
        let binds: [any Encodable & Sendable] = numbers
        var lines: [String: [CertificateLine]] = [:]
        for row in try await db.raw(
            """
            SELECT * FROM certificate_lines WHERE certificate_number IN (\(binds: binds)) ORDER BY certificate_number,\
             hs_code
            """
        ).all() {
            let code = try row.string("hs_code")
            guard let hsCode = HSCode(rawValue: code) else { throw StoreCorruption.badValue("hs_code", code) }
            lines[try row.string("certificate_number"), default: []].append(
                CertificateLine(
                    hsCode: hsCode, caratsX100: try row.int("carats_x100"),
                    valueUsdCents: try row.int("value_usd_cents"),
                    parcels: try row.int("parcels")))
        }
        let confirmations = try await Self.confirmations(of: binds, lines: lines, in: db)
        return try rows.map { row in
            let number = try row.string("number")
            let state = try row.string("state")
            let originKind = try row.string("origin_kind")
            let countries = try row.string("origin_countries").split(separator: ",").map(String.init)
            guard let parsedState = CertificateState(rawValue: state) else {
                throw StoreCorruption.badValue("state", state)
            }
            guard let origin = Origin(kind: originKind, countries: countries) else {
                throw StoreCorruption.badValue("origin", originKind)
            }
            let certificate = Certificate(
                number: number, exportingParticipant: try row.string("exporting_participant"),
                importingParticipant: try row.string("importing_participant"),
                issuingAuthorityId: try row.int("issuing_authority_id"), exporterId: try row.int("exporter_id"),
                importerId: try row.int("importer_id"), origin: origin, lines: lines[number] ?? [],
                totals: CertificateTotals(
                    caratsX100: try row.int("total_carats_x100"), valueUsdCents: try row.int("total_value_usd_cents"),
                    parcels: try row.int("total_parcels")),
                issuedAt: try row.string("issued_at"), issuedOn: try row.date("issued_on"),
                expiresOn: try row.date("expires_on"), state: parsedState, replaces: try row.optionalString("replaces"),
                replacedBy: try row.optionalString("replaced_by"), voidReason: try row.optionalString("void_reason"),
                confirmation: confirmations[number], originZone: try row.optionalString("origin_zone"))
            return CertificateRecord(
                certificate: certificate,
                exportingParticipant: NamedParticipant(
                    code: certificate.exportingParticipant, nameEn: try row.string("ep_name_en"),
                    nameFr: try row.string("ep_name_fr")),
                importingParticipant: NamedParticipant(
                    code: certificate.importingParticipant, nameEn: try row.string("ip_name_en"),
                    nameFr: try row.string("ip_name_fr")),
                exporter: NamedParty(
                    id: certificate.exporterId, name: try row.string("exporter_name"),
                    licenceNumber: try row.string("exporter_licence"),
                    address: try row.optionalString("exporter_address")),
                importer: NamedParty(
                    id: certificate.importerId, name: try row.string("importer_name"),
                    licenceNumber: try row.string("importer_licence"),
                    address: try row.optionalString("importer_address")),
                issuingAuthority: NamedParty(
                    id: certificate.issuingAuthorityId, name: try row.string("authority_name")),
                seal: try row.optionalString("seal"), issuedBy: try Self.issuingOfficer(from: row))
        }
    }

    static func confirmations(
        of numbers: [any Encodable & Sendable], lines certified: [String: [CertificateLine]], in db: any SQLDatabase
    ) async throws -> [String: Confirmation] {
        let rows = try await db.raw("SELECT * FROM confirmations WHERE certificate_number IN (\(binds: numbers))").all()
        guard !rows.isEmpty else { return [:] }
        var received: [String: [ReceivedLine]] = [:]
        for row in try await db.raw(
            """
            SELECT * FROM confirmation_lines WHERE certificate_number IN (\(binds: numbers)) ORDER BY\
             certificate_number, hs_code
            """
        ).all() {
            let code = try row.string("hs_code")
            guard let hsCode = HSCode(rawValue: code) else { throw StoreCorruption.badValue("hs_code", code) }
            received[try row.string("certificate_number"), default: []].append(
                ReceivedLine(hsCode: hsCode, caratsX100: try row.int("carats_x100"), parcels: try row.int("parcels")))
        }
        var result: [String: Confirmation] = [:]
        for row in rows {
            let number = try row.string("certificate_number")
            let outcome = try row.string("outcome")
            guard let parsed = CertificateState(rawValue: outcome) else {
                throw StoreCorruption.badValue("outcome", outcome)
            }
            let lines = received[number] ?? []
            result[number] = Confirmation(
                outcome: parsed, receivedOn: try row.optionalString("received_on").flatMap(CalendarDate.init(iso:)),
                reason: try row.optionalString("reason"), lines: lines,
                differences: ConfirmationRules.differences(certified: certified[number] ?? [], received: lines),
                recordedAt: try row.string("recorded_at"), authorityId: try row.int("authority_id"))
        }
        return result
    }
}
